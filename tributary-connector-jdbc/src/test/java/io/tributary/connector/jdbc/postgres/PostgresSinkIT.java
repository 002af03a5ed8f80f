package io.tributary.connector.jdbc.postgres;

import static io.tributary.connector.jdbc.Batches.batch;
import static io.tributary.connector.jdbc.Batches.changes;
import static io.tributary.connector.jdbc.Batches.deletes;
import static io.tributary.connector.jdbc.Batches.row;
import static io.tributary.connector.jdbc.Batches.rows;
import static io.tributary.connector.jdbc.Batches.table;
import static io.tributary.connector.jdbc.Batches.upserts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
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

class PostgresSinkIT {
  private final PostgresTarget target = new PostgresTarget();
  private final RecordingRejectedRows rejected = new RecordingRejectedRows();

  static final TableSchema ORDERS = table("shop", "orders", List.of("id"),
      new Column("id", DataType.int64(), false),
      new Column("status", DataType.string(10), false),
      new Column("note", DataType.string(-1), true));

  @AfterEach
  void close() {
    target.close();
  }

  private List<List<Object>> orders() {
    return target.query("SELECT id, status, note FROM shop.orders ORDER BY id");
  }

  @Test
  void upsertsReplaceRowsDeletesRemoveThemAndEachBatchCommitsItsPosition() {
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(ORDERS);
    SinkWriter writer = target.writer(sink, 0);
    assertThat(writer.committedPosition()).isNull();

    writer.write(batch(0, 10, upserts(ORDERS, row(1L, "new", null), row(2L, "new", "x"),
        row(3L, "new", null))));
    writer.write(batch(0, 20, changes(ORDERS, rows(row(2L, "paid", "y"), row(4L, "new", null)),
        rows(row(1L, null, null), row(99L, null, null)))));

    assertThat(orders()).containsExactly(Arrays.asList(2L, "paid", "y"), Arrays.asList(3L, "new", null) ,
        Arrays.asList(4L, "new", null));
    assertThat(writer.committedPosition()).isEqualTo("test:20");
    assertThat(sink.committedPositions()).isEqualTo(Map.of(0, "test:20"));
  }

  @Test
  void anEmptyBatchMovesOnlyThePositionAndLanesKeepTheirOwn() {
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(ORDERS);
    target.writer(sink, 0).write(batch(0, 5, upserts(ORDERS, row(1L, "a", null))));
    target.writer(sink, 1).write(batch(1, 6));
    target.writer(sink, 0).write(batch(0, 8));

    assertThat(sink.committedPositions()).isEqualTo(Map.of(0, "test:8", 1, "test:6"));
    assertThat(target.sink("other", rejected).committedPositions()).isEmpty();
    assertThat(orders()).hasSize(1);
  }

  @Test
  void aFailureBeforeCommitLeavesNeitherDataNorPosition() {
    target.server.execute(target.database, "CREATE SCHEMA shop",
        "CREATE TABLE shop.orders (id bigint PRIMARY KEY, status varchar(4) NOT NULL, note text)");
    Sink sink = target.sink("pg", RecordingRejectedRows.stopping());
    sink.ensureTable(ORDERS);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 1, upserts(ORDERS, row(1L, "new", null))));

    assertThatThrownBy(() -> writer.write(batch(0, 2, upserts(ORDERS, row(1L, "paid", null),
        row(2L, "too long", null)))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("stopping on rejected row");

    assertThat(orders()).containsExactly(Arrays.asList(1L, "new", null));
    assertThat(writer.committedPosition()).isEqualTo("test:1");
    writer.write(batch(0, 3, upserts(ORDERS, row(1L, "done", null))));
    assertThat(orders()).containsExactly(Arrays.asList(1L, "done", null));
  }

  @Test
  void refusedRowsGoToRejectedRowsAndTheRestCommitsWithThePosition() {
    target.server.execute(target.database, "CREATE SCHEMA shop",
        "CREATE TABLE shop.orders (id bigint PRIMARY KEY, status varchar(4) NOT NULL,"
            + " note text CHECK (note <> 'forbidden'))");
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(ORDERS);
    List<Object[]> rows = new ArrayList<>();
    for (long i = 0; i < 1000; i++) {
      rows.add(row(i, i == 17 ? "too long" : "ok", i == 512 ? "forbidden" : null));
    }
    rows.add(row(5000L, null, "status may not be null here"));
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 42, changes(ORDERS, rows, List.of())));

    assertThat(rejected.all()).extracting(r -> r.row()[0]).containsExactlyInAnyOrder(17L, 512L, 5000L);
    assertThat(rejected.all()).extracting(r -> r.reason().substring(0, 15))
        .containsExactlyInAnyOrder("SQL state 22001", "SQL state 23514", "SQL state 23502");
    assertThat(target.value("SELECT count(*) FROM shop.orders")).isEqualTo(998L);
    assertThat(writer.committedPosition()).isEqualTo("test:42");
  }

  @Test
  void aLostConnectionIsRetriableAndTheNewWriterSeesWhatCommitted() {
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(ORDERS);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 1, upserts(ORDERS, row(1L, "a", null))));
    target.terminateWriter("pg", 0);

    assertThatThrownBy(() -> writer.write(batch(0, 2, upserts(ORDERS, row(2L, "b", null)))))
        .isInstanceOf(RetriableException.class).hasMessageContaining("sink 'pg' lane 0");
    SinkWriter reopened = target.writer(sink, 0);
    assertThat(reopened.committedPosition()).isEqualTo("test:1");
    reopened.write(batch(0, 2, upserts(ORDERS, row(2L, "b", null))));
    assertThat(orders()).hasSize(2);
  }

  @Test
  void aMissingKeyConstraintStopsWithAHint() {
    target.server.execute(target.database, "CREATE SCHEMA shop",
        "CREATE TABLE shop.orders (id bigint, status text, note text)");
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(ORDERS);
    assertThatThrownBy(() -> target.writer(sink, 0).write(batch(0, 1, upserts(ORDERS, row(1L, "a", null)))))
        .isInstanceOf(TributaryException.class).isNotInstanceOf(RetriableException.class)
        .hasMessageContaining("42P10").hasMessageContaining("shop.orders")
        .hasMessageContaining("primary key or unique index");
  }

  @Test
  void compositeKeysAndKeyOnlyTables() {
    TableSchema links = table("shop", "links", List.of("a", "b"),
        new Column("b", DataType.string(-1), false), new Column("a", DataType.int32(), false));
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(links);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 1, upserts(links, row("x", 1), row("y", 1), row("x", 2))));
    writer.write(batch(0, 2, changes(links, rows(row("x", 1), row("z", 3)), rows(row("y", 1)))));

    assertThat(target.query("SELECT a, b FROM shop.links ORDER BY a, b"))
        .containsExactly(List.of(1, "x"), List.of(2, "x"), List.of(3, "z"));
    assertThat(target.query("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid ="
        + " i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'shop.links'::regclass"
        + " AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)"))
        .containsExactly(List.of("a"), List.of("b"));
    assertThat(target.query("SELECT column_name, is_nullable, data_type FROM information_schema.columns"
        + " WHERE table_schema = 'shop' AND table_name = 'links' ORDER BY ordinal_position"))
        .containsExactly(List.of("b", "NO", "text"), List.of("a", "NO", "integer"));
  }

  @Test
  void hostileIdentifiersAreQuotedEverywhere() {
    TableSchema hostile = table("we\"ird sch`ema", "select", List.of("order", "Mixed Case"),
        new Column("order", DataType.int32(), false),
        new Column("Mixed Case", DataType.string(5), false),
        new Column("a\"b", DataType.string(-1), true),
        new Column("ñandú_表", DataType.int64(), true),
        new Column("a`b'c", DataType.bool(), true));
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(hostile);
    sink.ensureTable(hostile);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 1, upserts(hostile, row(1, "K", "v", 7L, true), row(2, "K", null, null, null))));
    writer.write(batch(0, 2, changes(hostile, rows(row(1, "K", "w", 8L, false)), rows(row(2, "K", null, null, null)))));

    assertThat(target.query("SELECT \"order\", \"Mixed Case\", \"a\"\"b\", \"ñandú_表\", \"a`b'c\""
        + " FROM \"we\"\"ird sch`ema\".\"select\""))
        .containsExactly(List.of(1, "K", "w", 8L, false));
  }
}
