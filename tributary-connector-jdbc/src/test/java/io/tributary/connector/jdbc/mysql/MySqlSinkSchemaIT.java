package io.tributary.connector.jdbc.mysql;

import static io.tributary.connector.jdbc.Batches.batch;
import static io.tributary.connector.jdbc.Batches.row;
import static io.tributary.connector.jdbc.Batches.upserts;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.connector.jdbc.RecordingRejectedRows;
import io.tributary.connector.jdbc.TestPosition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MySqlSinkSchemaIT {
  private final MariaDbTarget target = new MariaDbTarget();
  private final RecordingRejectedRows rejected = new RecordingRejectedRows();
  private final TableSchema v1 = new TableSchema(new TableId(target.database, "items"), List.of(
      new Column("id", DataType.int32(), false, "int(11)"),
      new Column("legacy", DataType.string(10), false, "varchar(10)"),
      new Column("price", DataType.decimal(10, 2), true, "decimal(10,2)")), List.of("id"), 1);
  private final TableSchema v2 = new TableSchema(v1.id(), List.of(
      new Column("id", DataType.int32(), false, "int(11)"),
      new Column("price", DataType.decimal(10, 2), true, "decimal(10,2)"),
      new Column("added", DataType.timestampTz(6), false, "timestamp(6)")), List.of("id"), 2);

  @AfterEach
  void close() {
    target.close();
  }

  private List<List<Object>> columns() {
    return target.query("SELECT column_name, is_nullable, column_type FROM information_schema.columns"
        + " WHERE table_schema = ? AND table_name = 'items' ORDER BY ordinal_position", target.database);
  }

  @Test
  void alterAddsNewColumnsAndLetsDroppedOnesAcceptNullAndReplaysHarmlessly() {
    Sink sink = target.sink("my", rejected);
    sink.applySchemaChange(new SchemaChange(SchemaChange.Kind.CREATE_TABLE, v1.id(), null, v1,
        TestPosition.at(1), null));
    target.writer(sink, 0).write(batch(0, 2, upserts(v1, row(1, "old", null))));
    SchemaChange alter = new SchemaChange(SchemaChange.Kind.ALTER_TABLE, v1.id(), v1, v2,
        TestPosition.at(3), "ALTER TABLE items DROP legacy, ADD added timestamp(6) NOT NULL");
    sink.applySchemaChange(alter);
    sink.applySchemaChange(alter);
    target.writer(sink, 0).write(batch(0, 4, upserts(v2, row(2, null, Instant.EPOCH.plusSeconds(1)))));

    assertThat(columns()).containsExactly(List.of("id", "NO", "int(11)"),
        List.of("legacy", "YES", "varchar(10)"), List.of("price", "YES", "decimal(10,2)"),
        List.of("added", "YES", "timestamp(6)"));
    assertThat(target.query("SELECT id, legacy FROM items ORDER BY id"))
        .containsExactly(List.of(1, "old"), Arrays.asList(2, null));
  }

  @Test
  void ensureTableAddsMissingColumnsToAnExistingTableAndKeepsItsOwn() {
    target.server.execute(target.database,
        "CREATE TABLE items (ID int PRIMARY KEY, extra varchar(10) DEFAULT 'kept')");
    Sink sink = target.sink("my", rejected);
    sink.ensureTable(v1);
    sink.ensureTable(v1);
    target.writer(sink, 0).write(batch(0, 1, upserts(v1, row(1, "x", new BigDecimal("9.99")))));

    assertThat(columns()).extracting(c -> c.get(0)).containsExactly("ID", "extra", "legacy", "price");
    assertThat(target.query("SELECT extra, legacy, price FROM items"))
        .containsExactly(List.of("kept", "x", new BigDecimal("9.99")));
  }

  @Test
  void truncateEmptiesTheTableOnceEvenWhenReplayedAfterARestart() {
    Sink sink = target.sink("my", rejected);
    sink.ensureTable(v1);
    target.writer(sink, 0).write(batch(0, 1, upserts(v1, row(1, "a", null), row(2, "b", null))));
    SchemaChange truncate = new SchemaChange(SchemaChange.Kind.TRUNCATE_TABLE, v1.id(), v1, v1,
        TestPosition.at(2), "TRUNCATE items");
    sink.applySchemaChange(truncate);
    assertThat(target.value("SELECT count(*) FROM items")).isEqualTo(0L);
    target.writer(sink, 0).write(batch(0, 3, upserts(v1, row(3, "c", null))));

    target.sink("my", rejected).applySchemaChange(truncate);
    assertThat(target.value("SELECT count(*) FROM items")).isEqualTo(1L);
  }

  @Test
  void dropKeepsTheTargetTable() {
    Sink sink = target.sink("my", rejected);
    sink.ensureTable(v1);
    target.writer(sink, 0).write(batch(0, 1, upserts(v1, row(1, "a", null))));
    sink.applySchemaChange(new SchemaChange(SchemaChange.Kind.DROP_TABLE, v1.id(), v1, null,
        TestPosition.at(2), "DROP TABLE items"));
    assertThat(target.value("SELECT count(*) FROM items")).isEqualTo(1L);
  }
}
