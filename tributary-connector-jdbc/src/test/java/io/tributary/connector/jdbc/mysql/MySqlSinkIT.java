package io.tributary.connector.jdbc.mysql;

import static io.tributary.connector.jdbc.Batches.batch;
import static io.tributary.connector.jdbc.Batches.changes;
import static io.tributary.connector.jdbc.Batches.row;
import static io.tributary.connector.jdbc.Batches.rows;
import static io.tributary.connector.jdbc.Batches.upserts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.RetriableException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkWriter;
import io.tributary.connector.jdbc.RecordingRejectedRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MySqlSinkIT {
  private final MariaDbTarget target = new MariaDbTarget();
  private final RecordingRejectedRows rejected = new RecordingRejectedRows();
  private final TableSchema orders = new TableSchema(new TableId(target.database, "orders"), List.of(
      new Column("id", DataType.int64(), false),
      new Column("status", DataType.string(10), false),
      new Column("note", DataType.string(-1), true)), List.of("id"), 1);

  @AfterEach
  void close() {
    target.close();
  }

  private List<List<Object>> orders() {
    return target.query("SELECT id, status, note FROM orders ORDER BY id");
  }

  @Test
  void upsertsReplaceRowsDeletesRemoveThemAcrossStatementChunks() {
    Sink sink = target.sink("my", rejected, "rows-per-statement", "7");
    sink.ensureTable(orders);
    SinkWriter writer = target.writer(sink, 0);
    assertThat(writer.committedPosition()).isNull();
    List<Object[]> first = new ArrayList<>();
    for (long i = 0; i < 100; i++) {
      first.add(row(i, "new", i % 2 == 0 ? null : "n" + i));
    }
    writer.write(batch(0, 10, changes(orders, first, List.of())));
    List<Object[]> deletes = new ArrayList<>();
    for (long i = 0; i < 50; i++) {
      deletes.add(row(i, null, null));
    }
    writer.write(batch(0, 20, changes(orders, rows(row(60L, "paid", "x"), row(200L, "new", null)), deletes)));

    assertThat(target.value("SELECT count(*) FROM orders")).isEqualTo(51L);
    assertThat(target.query("SELECT status, note FROM orders WHERE id = 60")).containsExactly(List.of("paid", "x"));
    assertThat(writer.committedPosition()).isEqualTo("test:20");
    assertThat(sink.committedPositions()).isEqualTo(Map.of(0, "test:20"));
  }

  @Test
  void anEmptyBatchMovesOnlyThePositionAndLanesKeepTheirOwn() {
    Sink sink = target.sink("my", rejected);
    sink.ensureTable(orders);
    target.writer(sink, 0).write(batch(0, 5, upserts(orders, row(1L, "a", null))));
    target.writer(sink, 1).write(batch(1, 6));
    target.writer(sink, 0).write(batch(0, 8));
    assertThat(sink.committedPositions()).isEqualTo(Map.of(0, "test:8", 1, "test:6"));
    assertThat(orders()).hasSize(1);
  }

  @Test
  void aFailureBeforeCommitLeavesNeitherDataNorPosition() {
    target.server.execute(target.database,
        "CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(4) NOT NULL, note text)");
    Sink sink = target.sink("my", RecordingRejectedRows.stopping());
    sink.ensureTable(orders);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 1, upserts(orders, row(1L, "new", null))));

    assertThatThrownBy(() -> writer.write(batch(0, 2, upserts(orders, row(1L, "paid", null),
        row(2L, "too long", null))))).isInstanceOf(IllegalStateException.class);

    assertThat(orders()).containsExactly(Arrays.asList(1L, "new", null));
    assertThat(writer.committedPosition()).isEqualTo("test:1");
  }

  @Test
  void refusedRowsGoToRejectedRowsAndTheRestCommitsWithThePosition() {
    target.server.execute(target.database, "CREATE TABLE orders (id bigint PRIMARY KEY,"
        + " status varchar(4) NOT NULL, note text, qty tinyint, CHECK (note <> 'forbidden'))");
    TableSchema withQty = new TableSchema(orders.id(), List.of(orders.columns().get(0),
        orders.columns().get(1), orders.columns().get(2), new Column("qty", DataType.int32(), true),
        new Column("ratio", DataType.float64(), true)), List.of("id"), 2);
    Sink sink = target.sink("my", rejected, "rows-per-statement", "100");
    sink.ensureTable(withQty);
    List<Object[]> rows = new ArrayList<>();
    for (long i = 0; i < 1000; i++) {
      rows.add(row(i, i == 17 ? "too long" : "ok", i == 512 ? "forbidden" : null, i == 700 ? 1000 : 1,
          i == 900 ? Double.NaN : 0.5));
    }
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 42, changes(withQty, rows, List.of())));

    assertThat(rejected.all()).extracting(r -> r.row()[0]).containsExactlyInAnyOrder(17L, 512L, 700L, 900L);
    assertThat(rejected.all()).allSatisfy(r -> assertThat(r.reason()).startsWith("SQL state "));
    assertThat(target.value("SELECT count(*) FROM orders")).isEqualTo(996L);
    assertThat(writer.committedPosition()).isEqualTo("test:42");
  }

  @Test
  void aLostConnectionIsRetriableAndTheNewWriterSeesWhatCommitted() {
    Sink sink = target.sink("my", rejected);
    sink.ensureTable(orders);
    MariaDbTarget.WriterWithId lane = target.writerWithId(sink, 0);
    lane.writer().write(batch(0, 1, upserts(orders, row(1L, "a", null))));
    target.kill(lane.connectionId());

    assertThatThrownBy(() -> lane.writer().write(batch(0, 2, upserts(orders, row(2L, "b", null)))))
        .isInstanceOf(RetriableException.class).hasMessageContaining("sink 'my' lane 0");
    SinkWriter reopened = target.writer(sink, 0);
    assertThat(reopened.committedPosition()).isEqualTo("test:1");
    reopened.write(batch(0, 2, upserts(orders, row(2L, "b", null))));
    assertThat(orders()).hasSize(2);
  }

  @Test
  void compositeKeysAndKeyOnlyTables() {
    TableSchema links = new TableSchema(new TableId(target.database, "links"), List.of(
        new Column("b", DataType.string(-1), false), new Column("a", DataType.int32(), false)),
        List.of("a", "b"), 1);
    Sink sink = target.sink("my", rejected);
    sink.ensureTable(links);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 1, upserts(links, row("x", 1), row("y", 1), row("x", 2), row("X", 2))));
    writer.write(batch(0, 2, changes(links, rows(row("x", 1), row("z", 3)), rows(row("y", 1), row("X", 2)))));

    assertThat(target.query("SELECT a, b FROM links ORDER BY a, b"))
        .containsExactly(List.of(1, "x"), List.of(2, "x"), List.of(3, "z"));
    assertThat(target.query("SELECT column_name FROM information_schema.key_column_usage WHERE"
        + " table_schema = ? AND table_name = 'links' AND constraint_name = 'PRIMARY'"
        + " ORDER BY ordinal_position", target.database)).containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void hostileIdentifiersAreQuotedEverywhere() {
    String namespace = target.database + "`we\"ird";
    TableSchema hostile = new TableSchema(new TableId(namespace, "select"), List.of(
        new Column("order", DataType.int32(), false),
        new Column("Mixed Case", DataType.string(5), false),
        new Column("a`b", DataType.string(-1), true),
        new Column("ñandú_表", DataType.int64(), true),
        new Column("a\"b'c", DataType.bool(), true)), List.of("order", "Mixed Case"), 1);
    try {
      Sink sink = target.sink("my", rejected);
      sink.ensureTable(hostile);
      sink.ensureTable(hostile);
      SinkWriter writer = target.writer(sink, 0);
      writer.write(batch(0, 1, upserts(hostile, row(1, "K", "v", 7L, true), row(2, "K", null, null, null))));
      writer.write(batch(0, 2, changes(hostile, rows(row(1, "K", "w", 8L, false)),
          rows(row(2, "K", null, null, null)))));

      assertThat(target.query("SELECT `order`, `Mixed Case`, `a``b`, `ñandú_表`, `a\"b'c` FROM `"
          + namespace.replace("`", "``") + "`.`select`"))
          .containsExactly(List.of(1, "K", "w", 8L, false));
    } finally {
      target.server.dropDatabase(namespace);
    }
  }
}
