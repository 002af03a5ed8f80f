package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write path: upserts, deletes, positions, exactly-once, rejected rows, hostile names. */
class DuckDbSinkWriteIT {
  private static final TableId ORDERS = new TableId("shop", "orders");
  private static final TableSchema SCHEMA = new TableSchema(ORDERS, List.of(
      new Column("id", DataType.int64(), false),
      new Column("qty", DataType.int32(), false),
      new Column("price", DataType.decimal(10, 2), true),
      new Column("doc", DataType.json(), true)), List.of("id"), 1);

  @TempDir Path dir;

  private static Object[] order(long id, int qty) {
    return new Object[] {id, qty, new BigDecimal("1.50"), "{\"id\": " + id + "}"};
  }

  private static List<Object[]> rows(Object[]... rows) {
    return List.of(rows);
  }

  private static SinkBatch batch(long position, List<Object[]> upserts, List<Object[]> deletes) {
    return new SinkBatch(0, List.of(new TableChanges(SCHEMA, upserts, deletes)), new TestPosition(position));
  }

  private List<List<String>> orders(Path file) {
    return DuckDbTestDatabase.query(file, "SELECT id, qty FROM shop.orders ORDER BY id");
  }

  @Test
  void upsertsReplaceRowsAndDeletesRemoveThem() {
    Path file = dir.resolve("upserts.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = openWriter(sink, SCHEMA)) {
      writer.write(batch(1, rows(order(1, 10), order(2, 20), order(3, 30)), List.of()));
      writer.write(batch(2, rows(order(2, 21), order(4, 40)), rows(order(3, 0), order(99, 0))));

      assertThat(orders(file)).containsExactly(List.of("1", "10"), List.of("2", "21"), List.of("4", "40"));
      assertThat(writer.committedPosition()).isEqualTo("test:2");
      assertThat(sink.committedPositions()).isEqualTo(Map.of(0, "test:2"));
    }
  }

  @Test
  void aTableWhoseColumnsAreAllKeyIgnoresRepeatedUpserts() {
    Path file = dir.resolve("allkey.duckdb");
    TableSchema tags = new TableSchema(new TableId("shop", "tags"), List.of(
        new Column("item", DataType.int64(), false), new Column("tag", DataType.string(20), false)), List.of("item", "tag"), 1);
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = openWriter(sink, tags)) {
      List<Object[]> rows = rows(new Object[] {1L, "red"}, new Object[] {1L, "blue"});
      writer.write(new SinkBatch(0, List.of(new TableChanges(tags, rows, List.of())), new TestPosition(1)));
      writer.write(new SinkBatch(0, List.of(new TableChanges(tags, rows, rows(new Object[] {1L, "red"}))), new TestPosition(2)));
      assertThat(DuckDbTestDatabase.query(file, "SELECT item, tag FROM shop.tags")).containsExactly(List.of("1", "blue"));
    }
  }

  @Test
  void aBatchWithoutChangesStillMovesThePosition() {
    Path file = dir.resolve("empty.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = sink.openWriter(0)) {
      writer.write(new SinkBatch(0, List.of(), new TestPosition(7)));
      assertThat(writer.committedPosition()).isEqualTo("test:7");
    }
  }

  @Test
  void aFailureBeforeCommitLeavesNeitherDataNorPosition() {
    Path file = dir.resolve("exactly-once.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = openWriter(sink, SCHEMA)) {
      writer.write(batch(1, rows(order(1, 10)), List.of()));
      SourcePosition broken = new SourcePosition() {
        @Override
        public String encode() {
          throw new IllegalStateException("position cannot be encoded");
        }

        @Override
        public boolean isSnapshot() {
          return false;
        }

        @Override
        public int compareTo(SourcePosition o) {
          return 0;
        }
      };
      SinkBatch failing = new SinkBatch(0, List.of(new TableChanges(SCHEMA, rows(order(1, 11), order(2, 20)), List.of())), broken);
      assertThatThrownBy(() -> writer.write(failing)).hasMessageContaining("position cannot be encoded");

      assertThat(orders(file)).containsExactly(List.of("1", "10"));
      assertThat(writer.committedPosition()).isEqualTo("test:1");
      writer.write(batch(3, rows(order(1, 12)), List.of()));
      assertThat(orders(file)).containsExactly(List.of("1", "12"));
    }
  }

  @Test
  void aStopOnRejectedRowPolicyRollsTheWholeBatchBack() {
    Path file = dir.resolve("stop.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = openWriter(sink, SCHEMA)) {
      Object[] bad = {5L, null, null, null};
      assertThatThrownBy(() -> writer.write(batch(1, rows(order(1, 10), bad), List.of()))).hasMessageContaining("stop on rejected row");
      assertThat(DuckDbTestDatabase.count(file, "shop.orders")).isZero();
      assertThat(writer.committedPosition()).isNull();
    }
  }

  @Test
  void refusedRowsAreRejectedAndTheRestCommits() {
    Path file = dir.resolve("rejects.duckdb");
    RecordingRejections rejections = new RecordingRejections();
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, rejections);
        SinkWriter writer = openWriter(sink, SCHEMA)) {
      List<Object[]> rows = new ArrayList<>();
      for (long id = 1; id <= 1000; id++) {
        rows.add(order(id, (int) id));
      }
      Object[] nullInNotNull = {100L, null, null, null};
      Object[] notJson = {500L, 5, null, "{not json"};
      Object[] tooManyDigits = {700L, 7, new BigDecimal("123456789.5"), null};
      Object[] wrongClass = {900L, "nine hundred", null, null};
      rows.set(99, nullInNotNull);
      rows.set(499, notJson);
      rows.set(699, tooManyDigits);
      rows.set(899, wrongClass);
      writer.write(batch(1, rows, List.of()));

      assertThat(DuckDbTestDatabase.count(file, "shop.orders")).isEqualTo(996);
      assertThat(DuckDbTestDatabase.query(file, "SELECT count(*) FROM shop.orders WHERE id IN (100, 500, 700, 900)")).containsExactly(List.of("0"));
      assertThat(writer.committedPosition()).isEqualTo("test:1");
      assertThat(rejections.rows()).extracting(r -> r.row()[0]).containsExactlyInAnyOrder(100L, 500L, 700L, 900L);
      assertThat(rejections.rows()).allSatisfy(r -> assertThat(r.table().id()).isEqualTo(ORDERS));
      assertThat(rejections.rows()).extracting(RecordingRejections.Rejected::reason).anySatisfy(m -> assertThat(m).contains("NOT NULL"))
          .anySatisfy(m -> assertThat(m).contains("JSON")).anySatisfy(m -> assertThat(m).contains("price").contains("10 digits"))
          .anySatisfy(m -> assertThat(m).contains("qty").contains("String"));
    }
  }

  @Test
  void aMissingTargetTableFailsNamingSinkAndTable() {
    Path file = dir.resolve("missing.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = sink.openWriter(0)) {
      assertThatThrownBy(() -> writer.write(batch(1, rows(order(1, 1)), List.of())))
          .isInstanceOf(TributaryException.class)
          .hasMessageContaining("'lake'").hasMessageContaining("shop.orders").hasMessageContaining("does not exist");
      assertThat(writer.committedPosition()).isNull();
    }
  }

  @Test
  void hostileIdentifiersAreQuotedEverywhere() {
    Path file = dir.resolve("hostile.duckdb");
    TableId id = new TableId("we\"ird schema", "select \"from\" 😀");
    TableSchema hostile = new TableSchema(id, List.of(
        new Column("order", DataType.int64(), false),
        new Column("a b", DataType.string(-1), true),
        new Column("quote\"d", DataType.int32(), true),
        new Column("ünï", DataType.bits(3), true),
        new Column("Mixed Case", DataType.json(), true)), List.of("order"), 1);
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = openWriter(sink, hostile)) {
      sink.ensureTable(hostile);
      List<Object[]> rows = rows(new Object[] {1L, "x", 1, new byte[] {5}, "{}"}, new Object[] {2L, "y", 2, null, null});
      writer.write(new SinkBatch(0, List.of(new TableChanges(hostile, rows, List.of())), new TestPosition(1)));
      writer.write(new SinkBatch(0, List.of(new TableChanges(hostile, List.of(), rows(rows.get(1)))), new TestPosition(2)));
      assertThat(DuckDbTestDatabase.query(file,
          "SELECT \"order\", \"a b\", \"quote\"\"d\", \"ünï\"::VARCHAR, \"Mixed Case\" FROM \"we\"\"ird schema\".\"select \"\"from\"\" 😀\""))
          .containsExactly(List.of("1", "x", "1", "101", "{}"));
    }
  }

  @Test
  void positionsSurviveReopeningTheFileAndArePerPipeline() {
    Path file = dir.resolve("reopen.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 3, new RecordingRejections(true))) {
      sink.ensureTable(SCHEMA);
      for (int lane = 0; lane < 3; lane++) {
        try (SinkWriter writer = sink.openWriter(lane)) {
          writer.write(new SinkBatch(lane, List.of(new TableChanges(SCHEMA, rows(order(lane, lane)), List.of())), new TestPosition(10 + lane)));
        }
      }
    }
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 3, new RecordingRejections(true));
        DuckDbSink other = DuckDbTestDatabase.openSink(file, "other", 3, new RecordingRejections(true))) {
      assertThat(sink.committedPositions()).isEqualTo(Map.of(0, "test:10", 1, "test:11", 2, "test:12"));
      assertThat(other.committedPositions()).isEmpty();
      try (SinkWriter writer = sink.openWriter(2)) {
        assertThat(writer.committedPosition()).isEqualTo("test:12");
      }
      assertThat(DuckDbTestDatabase.count(file, "shop.orders")).isEqualTo(3);
    }
  }

  private static SinkWriter openWriter(DuckDbSink sink, TableSchema schema) {
    sink.ensureTable(schema);
    return sink.openWriter(0);
  }
}
