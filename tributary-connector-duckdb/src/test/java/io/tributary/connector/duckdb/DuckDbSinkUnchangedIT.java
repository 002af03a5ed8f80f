package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upserted rows holding {@link Unchanged#VALUE}: the target keeps those columns. */
class DuckDbSinkUnchangedIT {
  private static final Object KEEP = Unchanged.VALUE;
  private static final TableSchema DOCS = new TableSchema(new TableId("shop", "docs"), List.of(
      new Column("id", DataType.int64(), false), new Column("status", DataType.string(10), false),
      new Column("body", DataType.json(), true), new Column("v", DataType.int32(), true)), List.of("id"), 1);

  @TempDir Path dir;

  private static Object[] row(Object... values) {
    return values;
  }

  private static SinkBatch batch(long position, Object[]... upserts) {
    return new SinkBatch(0, List.of(new TableChanges(DOCS, Arrays.asList(upserts), List.of())), new TestPosition(position));
  }

  private static List<List<String>> docs(Path file) {
    return DuckDbTestDatabase.query(file, "SELECT id, status, CAST(body AS VARCHAR), v FROM shop.docs ORDER BY id");
  }

  private static SinkWriter writerWithThreeDocs(DuckDbSink sink) {
    sink.ensureTable(DOCS);
    SinkWriter writer = sink.openWriter(0);
    writer.write(batch(1, row(1L, "a", "[1]", 1), row(2L, "b", "[2]", 2), row(3L, "c", "[3]", 3)));
    return writer;
  }

  @Test
  void existingRowsKeepAbsentColumnsMissingRowsAreRejectedAndCompleteRowsAreUnaffected() {
    Path file = dir.resolve("unchanged.duckdb");
    RecordingRejections rejected = new RecordingRejections();
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, rejected);
        SinkWriter writer = writerWithThreeDocs(sink)) {
      writer.write(batch(2, row(1L, "a2", KEEP, 10), row(2L, "b2", "[22]", 20), row(4L, "d", KEEP, 40),
          row(3L, KEEP, KEEP, 30), row(5L, "e", "[5]", 50)));

      assertThat(docs(file)).containsExactly(List.of("1", "a2", "[1]", "10"), List.of("2", "b2", "[22]", "20"),
          List.of("3", "c", "[3]", "30"), List.of("5", "e", "[5]", "50"));
      assertThat(rejected.rows()).singleElement().satisfies(r -> {
        assertThat(r.row()[0]).isEqualTo(4L);
        assertThat(r.delete()).isFalse();
        assertThat(r.reason()).contains("column(s) body of table shop.docs").contains("re-snapshot the table");
      });
      assertThat(writer.committedPosition()).isEqualTo("test:2");
    }
  }

  @Test
  void aRefusedValueInTheSameBatchRejectsEachRowOnce() {
    Path file = dir.resolve("refused.duckdb");
    RecordingRejections rejected = new RecordingRejections();
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, rejected);
        SinkWriter writer = writerWithThreeDocs(sink)) {
      writer.write(batch(3, row(2L, "ok", KEEP, 21), row(6L, "f", KEEP, 60), row(1L, "bad", "{not json", 1),
          row(3L, "ok3", "[33]", 31)));

      assertThat(rejected.rows()).extracting(r -> r.row()[0]).containsExactlyInAnyOrder(1L, 6L);
      assertThat(rejected.rows()).filteredOn(r -> r.row()[0].equals(1L)).singleElement()
          .satisfies(r -> assertThat(r.reason()).startsWith("DuckDB refused the row"));
      assertThat(docs(file)).containsExactly(List.of("1", "a", "[1]", "1"), List.of("2", "ok", "[2]", "21"),
          List.of("3", "ok3", "[33]", "31"));
      assertThat(writer.committedPosition()).isEqualTo("test:3");
    }
  }
}
