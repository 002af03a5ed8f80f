package io.tributary.connector.jdbc.postgres;

import static io.tributary.connector.jdbc.Batches.batch;
import static io.tributary.connector.jdbc.Batches.row;
import static io.tributary.connector.jdbc.Batches.table;
import static io.tributary.connector.jdbc.Batches.upserts;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.connector.jdbc.RecordingRejectedRows;
import io.tributary.connector.jdbc.TestPosition;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PostgresSinkSchemaIT {
  private final PostgresTarget target = new PostgresTarget();
  private final RecordingRejectedRows rejected = new RecordingRejectedRows();

  static final TableSchema V1 = table("shop", "items", List.of("id"),
      new Column("id", DataType.int32(), false),
      new Column("legacy", DataType.string(10), false),
      new Column("price", DataType.decimal(10, 2), true));
  static final TableSchema V2 = new TableSchema(V1.id(), List.of(
      new Column("id", DataType.int32(), false),
      new Column("price", DataType.decimal(10, 2), true),
      new Column("added", DataType.timestampTz(6), false)), List.of("id"), 2);

  @AfterEach
  void close() {
    target.close();
  }

  private List<List<Object>> columns() {
    return target.query("SELECT column_name, is_nullable, data_type FROM information_schema.columns"
        + " WHERE table_schema = 'shop' AND table_name = 'items' ORDER BY ordinal_position");
  }

  @Test
  void alterAddsNewColumnsAndLetsDroppedOnesAcceptNullAndReplaysHarmlessly() {
    Sink sink = target.sink("pg", rejected);
    sink.applySchemaChange(new SchemaChange(SchemaChange.Kind.CREATE_TABLE, V1.id(), null, V1,
        TestPosition.at(1), null));
    target.writer(sink, 0).write(batch(0, 2, upserts(V1, row(1, "old", null))));
    SchemaChange alter = new SchemaChange(SchemaChange.Kind.ALTER_TABLE, V1.id(), V1, V2,
        TestPosition.at(3), "ALTER TABLE items DROP legacy, ADD added timestamp(6) NOT NULL");
    sink.applySchemaChange(alter);
    sink.applySchemaChange(alter);
    target.writer(sink, 0).write(batch(0, 4, upserts(V2, row(2, null, java.time.Instant.EPOCH))));

    assertThat(columns()).containsExactly(List.of("id", "NO", "integer"),
        List.of("legacy", "YES", "character varying"), List.of("price", "YES", "numeric"),
        List.of("added", "YES", "timestamp with time zone"));
    assertThat(target.query("SELECT id, legacy FROM shop.items ORDER BY id"))
        .containsExactly(List.of(1, "old"), Arrays.asList(2, null));
  }

  @Test
  void ensureTableAddsMissingColumnsToAnExistingTableAndKeepsItsOwn() {
    target.server.execute(target.database, "CREATE SCHEMA shop",
        "CREATE TABLE shop.items (id integer PRIMARY KEY, extra text DEFAULT 'kept')");
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(V1);
    sink.ensureTable(V1);
    target.writer(sink, 0).write(batch(0, 1, upserts(V1, row(1, "x", new java.math.BigDecimal("9.99")))));

    assertThat(columns()).extracting(c -> c.get(0)).containsExactly("id", "extra", "legacy", "price");
    assertThat(columns()).extracting(c -> c.get(1)).containsExactly("NO", "YES", "YES", "YES");
    assertThat(target.query("SELECT extra, legacy, price::text FROM shop.items"))
        .containsExactly(List.of("kept", "x", "9.99"));
  }

  @Test
  void truncateEmptiesTheTableOnceEvenWhenReplayedAfterARestart() {
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(V1);
    target.writer(sink, 0).write(batch(0, 1, upserts(V1, row(1, "a", null), row(2, "b", null))));
    SchemaChange truncate = new SchemaChange(SchemaChange.Kind.TRUNCATE_TABLE, V1.id(), V1, V1,
        TestPosition.at(2), "TRUNCATE items");
    sink.applySchemaChange(truncate);
    assertThat(target.value("SELECT count(*) FROM shop.items")).isEqualTo(0L);
    target.writer(sink, 0).write(batch(0, 3, upserts(V1, row(3, "c", null))));

    Sink restarted = target.sink("pg", rejected);
    restarted.applySchemaChange(truncate);
    assertThat(target.value("SELECT count(*) FROM shop.items")).isEqualTo(1L);
    Sink otherSink = target.sink("pg-copy", rejected);
    otherSink.applySchemaChange(truncate);
    assertThat(target.value("SELECT count(*) FROM shop.items")).isEqualTo(0L);
  }

  @Test
  void dropKeepsTheTargetTable() {
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(V1);
    target.writer(sink, 0).write(batch(0, 1, upserts(V1, row(1, "a", null))));
    sink.applySchemaChange(new SchemaChange(SchemaChange.Kind.DROP_TABLE, V1.id(), V1, null,
        TestPosition.at(2), "DROP TABLE items"));
    assertThat(target.value("SELECT count(*) FROM shop.items")).isEqualTo(1L);
    sink.ensureTable(V2);
    assertThat(columns()).hasSize(4);
  }

  @Test
  void theOffsetsStoreHasTheDocumentedShape() {
    target.sink("pg", rejected);
    assertThat(target.query("SELECT column_name, is_nullable FROM information_schema.columns"
        + " WHERE table_schema = 'tributary' AND table_name = 'offsets' ORDER BY ordinal_position"))
        .containsExactly(List.of("pipeline", "NO"), List.of("sink", "NO"), List.of("lane", "NO"),
            List.of("position", "NO"), List.of("updated_at", "NO"));
  }
}
