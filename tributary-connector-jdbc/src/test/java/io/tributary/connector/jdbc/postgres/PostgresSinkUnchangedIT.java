package io.tributary.connector.jdbc.postgres;

import static io.tributary.connector.jdbc.Batches.batch;
import static io.tributary.connector.jdbc.Batches.changes;
import static io.tributary.connector.jdbc.Batches.row;
import static io.tributary.connector.jdbc.Batches.rows;
import static io.tributary.connector.jdbc.Batches.table;
import static io.tributary.connector.jdbc.Batches.upserts;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkWriter;
import io.tributary.connector.jdbc.RecordingRejectedRows;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Upserted rows holding {@link Unchanged#VALUE}: the target keeps those columns. */
class PostgresSinkUnchangedIT {
  private static final Object KEEP = Unchanged.VALUE;
  static final TableSchema DOCS = table("shop", "docs", List.of("id"),
      new Column("id", DataType.int64(), false), new Column("status", DataType.string(10), false),
      new Column("body", DataType.string(-1), true), new Column("v", DataType.int32(), true));

  private final PostgresTarget target = new PostgresTarget();
  private final RecordingRejectedRows rejected = new RecordingRejectedRows();

  @AfterEach
  void close() {
    target.close();
  }

  private List<List<Object>> docs() {
    return target.query("SELECT id, status, body, v FROM shop.docs ORDER BY id");
  }

  private SinkWriter writerWithThreeDocs() {
    target.server.execute(target.database, "CREATE SCHEMA shop", "CREATE TABLE shop.docs (id bigint PRIMARY KEY,"
        + " status varchar(4) NOT NULL, body text DEFAULT 'default!', v integer)");
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(DOCS);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 1, upserts(DOCS, row(1L, "a", "big1", 1), row(2L, "b", "big2", 2), row(3L, "c", "big3", 3))));
    return writer;
  }

  @Test
  void existingRowsKeepAbsentColumnsMissingRowsAreRejectedAndCompleteRowsAreUnaffected() {
    SinkWriter writer = writerWithThreeDocs();
    writer.write(batch(0, 2, changes(DOCS,
        rows(row(1L, "a2", KEEP, 10), row(2L, "b2", "new2", 20), row(4L, "d", KEEP, 40), row(3L, KEEP, KEEP, 30),
            row(5L, "e", "full5", 50)),
        rows())));

    assertThat(docs()).containsExactly(Arrays.asList(1L, "a2", "big1", 10), Arrays.asList(2L, "b2", "new2", 20),
        Arrays.asList(3L, "c", "big3", 30), Arrays.asList(5L, "e", "full5", 50));
    assertThat(rejected.all()).singleElement().satisfies(r -> {
      assertThat(r.row()[0]).isEqualTo(4L);
      assertThat(r.delete()).isFalse();
      assertThat(r.reason()).contains("column(s) body of table shop.docs").contains("re-snapshot the table");
    });
    assertThat(writer.committedPosition()).isEqualTo("test:2");
  }

  @Test
  void aRefusedValueInTheSameBatchRejectsEachRowOnce() {
    SinkWriter writer = writerWithThreeDocs();
    writer.write(batch(0, 3, upserts(DOCS, row(1L, "too long", "x", 1), row(2L, "ok", KEEP, 21),
        row(6L, "f", KEEP, 60), row(3L, "ok3", "big3b", 31))));

    assertThat(rejected.all()).extracting(r -> r.row()[0]).containsExactlyInAnyOrder(1L, 6L);
    assertThat(rejected.all()).filteredOn(r -> r.row()[0].equals(1L)).singleElement()
        .satisfies(r -> assertThat(r.reason()).startsWith("SQL state 22001"));
    assertThat(docs()).containsExactly(Arrays.asList(1L, "a", "big1", 1), Arrays.asList(2L, "ok", "big2", 21),
        Arrays.asList(3L, "ok3", "big3b", 31));
    assertThat(writer.committedPosition()).isEqualTo("test:3");
  }
}
