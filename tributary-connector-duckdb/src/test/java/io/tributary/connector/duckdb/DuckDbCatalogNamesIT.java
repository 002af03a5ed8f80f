package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.SchemaChange.Kind;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB names a file's database after the file ({@code shop.duckdb} is catalog {@code shop}), and
 * a two-part name {@code "shop"."customers"} is then ambiguous with schema {@code shop}; so is a
 * schema named like a built-in catalog ({@code temp}, {@code system}). The sink names everything
 * with the catalog, so these files and namespaces work like any other.
 */
class DuckDbCatalogNamesIT {
  private static final TableId CUSTOMERS = new TableId("shop", "customers");
  private static final TableSchema V1 = new TableSchema(CUSTOMERS, List.of(
      new Column("id", DataType.int64(), false), new Column("name", DataType.string(40), true)), List.of("id"), 1);
  private static final TableSchema V2 = new TableSchema(CUSTOMERS, List.of(
      new Column("id", DataType.int64(), false), new Column("name", DataType.string(40), true),
      new Column("email", DataType.string(-1), true)), List.of("id"), 2);

  @TempDir Path dir;

  private static SinkBatch batch(TableSchema schema, long position, List<Object[]> upserts, List<Object[]> deletes) {
    return new SinkBatch(0, List.of(new TableChanges(schema, upserts, deletes)), new TestPosition(position));
  }

  private static SchemaChange change(Kind kind, TableSchema before, TableSchema after, long position) {
    return new SchemaChange(kind, after == null ? before.id() : after.id(), before, after, new TestPosition(position), null);
  }

  private static List<Object[]> rows(Object[]... rows) {
    return List.of(rows);
  }

  @Test
  void aFileNamedLikeTheNamespaceTakesUpsertsDeletesSchemaChangesAndTruncations() {
    Path file = dir.resolve("shop.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = sink.openWriter(0)) {
      sink.ensureTable(V1);
      writer.write(batch(V1, 1, rows(new Object[] {1L, "Ann"}, new Object[] {2L, "Bob"}, new Object[] {3L, "Cy"}), List.of()));
      writer.write(batch(V1, 2, rows(new Object[] {2L, "Bea"}), rows(new Object[] {3L, null})));
      assertThat(DuckDbTestDatabase.query(file, "SELECT id, name FROM shop.shop.customers ORDER BY id"))
          .containsExactly(List.of("1", "Ann"), List.of("2", "Bea"));

      sink.applySchemaChange(change(Kind.ALTER_TABLE, V1, V2, 3));
      writer.write(batch(V2, 4, rows(new Object[] {4L, "Di", "di@example.com"}), List.of()));
      assertThat(DuckDbTestDatabase.query(file,
          "SELECT column_name FROM duckdb_columns() WHERE database_name = 'shop' AND schema_name = 'shop' AND table_name = 'customers' ORDER BY column_index"))
          .extracting(r -> r.get(0)).containsExactly("id", "name", "email");
      assertThat(DuckDbTestDatabase.query(file, "SELECT id, name, email FROM shop.shop.customers ORDER BY id")).containsExactly(
          Arrays.asList("1", "Ann", null), Arrays.asList("2", "Bea", null), List.of("4", "Di", "di@example.com"));

      sink.applySchemaChange(change(Kind.TRUNCATE_TABLE, V2, V2, 5));
      assertThat(DuckDbTestDatabase.count(file, "shop.shop.customers")).isZero();
      writer.write(batch(V2, 6, rows(new Object[] {5L, "Ed", null}), List.of()));
      sink.applySchemaChange(change(Kind.TRUNCATE_TABLE, V2, V2, 5));
      assertThat(DuckDbTestDatabase.count(file, "shop.shop.customers")).as("a replayed truncation keeps later rows").isEqualTo(1);
      assertThat(DuckDbTestDatabase.query(file, "SELECT target_schema, target_table, position FROM shop.tributary.truncations"))
          .containsExactly(List.of("shop", "customers", "test:5"));
    }
    try (DuckDbSink reopened = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = reopened.openWriter(0)) {
      assertThat(reopened.committedPositions()).containsExactly(Map.entry(0, "test:6"));
      assertThat(writer.committedPosition()).isEqualTo("test:6");
      reopened.ensureTable(V2);
      writer.write(batch(V2, 7, rows(new Object[] {5L, "Eve", "eve@example.com"}), List.of()));
      assertThat(DuckDbTestDatabase.query(file, "SELECT id, name, email FROM shop.shop.customers"))
          .containsExactly(List.of("5", "Eve", "eve@example.com"));
    }
  }

  @Test
  void aSameNamedTableInAnotherAttachedDatabaseIsNotMistakenForTheTarget() {
    Path file = dir.resolve("shop.duckdb");
    String other = dir.resolve("other.duckdb").toString().replace("'", "''");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = sink.openWriter(0)) {
      DuckDbTestDatabase.execute(file, "ATTACH '" + other + "' AS other", "CREATE SCHEMA other.shop",
          "CREATE TABLE other.shop.customers (\"ID\" BIGINT PRIMARY KEY, legacy VARCHAR NOT NULL)");
      sink.ensureTable(V1);
      writer.write(batch(V1, 1, rows(new Object[] {1L, "Ann"}), List.of()));
      sink.applySchemaChange(change(Kind.ALTER_TABLE, V1, V2, 2));
      assertThat(DuckDbTestDatabase.query(file, "SELECT id, name, email FROM shop.shop.customers"))
          .containsExactly(Arrays.asList("1", "Ann", null));
      assertThat(DuckDbTestDatabase.query(file,
          "SELECT column_name, is_nullable FROM duckdb_columns() WHERE database_name = 'other' AND table_name = 'customers' ORDER BY column_index"))
          .as("the other database's table is untouched").containsExactly(List.of("ID", "false"), List.of("legacy", "false"));
      DuckDbTestDatabase.execute(file, "DETACH other");
    }
  }

  @Test
  void aFileNamedTributaryKeepsItsOffsetsInItsOwnCatalog() {
    Path file = dir.resolve("tributary.duckdb");
    TableSchema items = new TableSchema(new TableId("tributary", "items"), List.of(
        new Column("id", DataType.int32(), false), new Column("qty", DataType.int32(), true)), List.of("id"), 1);
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 2, new RecordingRejections(true));
        SinkWriter lane0 = sink.openWriter(0);
        SinkWriter lane1 = sink.openWriter(1)) {
      sink.ensureTable(items);
      lane0.write(batch(items, 10, rows(new Object[] {1, 5}, new Object[] {2, 6}), List.of()));
      lane1.write(new SinkBatch(1, List.of(new TableChanges(items, rows(new Object[] {3, 7}), rows(new Object[] {1, null}))), new TestPosition(11)));
      sink.applySchemaChange(change(Kind.TRUNCATE_TABLE, items, items, 12));
      sink.applySchemaChange(change(Kind.TRUNCATE_TABLE, items, items, 12));
      lane0.write(batch(items, 13, rows(new Object[] {4, 8}), List.of()));
      assertThat(DuckDbTestDatabase.query(file, "SELECT id, qty FROM tributary.tributary.items")).containsExactly(List.of("4", "8"));
      assertThat(DuckDbTestDatabase.query(file, "SELECT lane, position FROM tributary.tributary.offsets ORDER BY lane"))
          .containsExactly(List.of("0", "test:13"), List.of("1", "test:11"));
      assertThat(DuckDbTestDatabase.count(file, "tributary.tributary.truncations")).isEqualTo(1);
    }
    try (DuckDbSink reopened = DuckDbTestDatabase.openSink(file, "p", 2, new RecordingRejections(true))) {
      assertThat(reopened.committedPositions()).containsExactly(Map.entry(0, "test:13"), Map.entry(1, "test:11"));
    }
  }

  @Test
  void namespacesNamedLikeBuiltInCatalogsAndSchemasLandInTheFilesCatalog() {
    Path file = dir.resolve("memory.duckdb");
    List<String> namespaces = List.of("temp", "main", "system", "memory");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = sink.openWriter(0)) {
      long position = 0;
      for (String namespace : namespaces) {
        // "temp"."main" is also where the writer stages: the target stays apart from the staging.
        TableSchema t = new TableSchema(new TableId(namespace, "main"), List.of(
            new Column("k", DataType.int32(), false), new Column("v", DataType.string(-1), true)), List.of("k"), 1);
        sink.ensureTable(t);
        writer.write(batch(t, ++position, rows(new Object[] {1, namespace}, new Object[] {2, "gone"}), List.of()));
        writer.write(batch(t, ++position, rows(new Object[] {1, namespace + "!"}), rows(new Object[] {2, null})));
        sink.applySchemaChange(change(Kind.ALTER_TABLE, t, new TableSchema(t.id(), List.of(
            new Column("k", DataType.int32(), false), new Column("v", DataType.string(-1), true), new Column("w", DataType.int64(), true)), List.of("k"), 2), ++position));
      }
      for (String namespace : namespaces) {
        assertThat(DuckDbTestDatabase.query(file, "SELECT k, v, w FROM memory." + DuckDbSql.quote(namespace) + ".main"))
            .containsExactly(Arrays.asList("1", namespace + "!", null));
      }
      sink.applySchemaChange(change(Kind.TRUNCATE_TABLE, null, new TableSchema(new TableId("temp", "main"), List.of(
          new Column("k", DataType.int32(), false)), List.of("k"), 3), ++position));
      assertThat(DuckDbTestDatabase.count(file, "memory.\"temp\".main")).isZero();
      assertThat(DuckDbTestDatabase.count(file, "memory.\"system\".main")).isEqualTo(1);
      assertThat(sink.committedPositions()).containsExactly(Map.entry(0, "test:" + (3 * namespaces.size() - 1)));
    }
  }

  @Test
  void filesNamedLikeBuiltInCatalogsWorkUnderTheNamesDuckDbGivesThem() {
    for (String name : List.of("temp", "system", "main")) {
      Path file = dir.resolve(name + ".duckdb");
      TableSchema t = new TableSchema(new TableId(name, "t"), List.of(new Column("k", DataType.int32(), false)), List.of("k"), 1);
      try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
          SinkWriter writer = sink.openWriter(0)) {
        sink.ensureTable(t);
        writer.write(batch(t, 1, rows(new Object[] {1}, new Object[] {2}), rows(new Object[] {1})));
        assertThat(DuckDbTestDatabase.query(file, "SELECT k FROM " + name + "_db." + DuckDbSql.quote(name) + ".t")).containsExactly(List.of("2"));
        assertThat(sink.committedPositions()).containsExactly(Map.entry(0, "test:1"));
      }
    }
  }

  @Test
  void aFileWhoseCatalogNameNeedsQuotingWorks() {
    Path file = dir.resolve("my \"lake\" é.duckdb");
    TableSchema kv = new TableSchema(new TableId("my \"lake\" é", "k v"), List.of(
        new Column("k", DataType.int32(), false), new Column("v", DataType.string(-1), true)), List.of("k"), 1);
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = sink.openWriter(0)) {
      sink.ensureTable(kv);
      writer.write(batch(kv, 1, rows(new Object[] {1, "a"}, new Object[] {2, "b"}), rows(new Object[] {2, null})));
      assertThat(DuckDbTestDatabase.query(file, "SELECT k, v FROM \"my \"\"lake\"\" é\".\"my \"\"lake\"\" é\".\"k v\""))
          .containsExactly(List.of("1", "a"));
      assertThat(sink.committedPositions()).containsExactly(Map.entry(0, "test:1"));
    }
  }

  @Test
  void aFileWhoseCatalogDuckDbCannotTellFromABuiltInOneIsRefusedNamingThePath() throws SQLException {
    Path file = dir.resolve("Temp.duckdb");
    assertThatThrownBy(() -> DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'Temp'").hasMessageContaining("built-in catalog 'temp'").hasMessageContaining("another name")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("path"));
    // The refused file was closed again: it is refused the same way, not reported as held, and opens
    // with plain JDBC, where DuckDB itself calls its catalog 'Temp'.
    assertThatThrownBy(() -> DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true)))
        .isInstanceOf(ConfigException.class).hasMessageContaining("built-in catalog 'temp'");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT current_database()")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("Temp");
    }
  }
}
