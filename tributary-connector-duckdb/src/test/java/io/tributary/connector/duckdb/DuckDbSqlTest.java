package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DuckDbSqlTest {
  private static final DuckDbTypeMapping TYPES = new DuckDbTypeMapping(true);
  private static final DuckDbSql SQL = new DuckDbSql("lake");
  private static final TableSchema HOSTILE = new TableSchema(new TableId("my \"shop\"", "order items"), List.of(
      new Column("select", DataType.int64(), false),
      new Column("a\"b", DataType.bits(3), true),
      new Column("😀", DataType.json(), false)), List.of("select"), 1);

  @Property
  void quotingRoundTripsAnyIdentifier(@ForAll String identifier) {
    String quoted = DuckDbSql.quote(identifier);
    assertThat(quoted).startsWith("\"").endsWith("\"");
    String inner = quoted.substring(1, quoted.length() - 1);
    assertThat(inner.replace("\"\"", "")).doesNotContain("\"");
    assertThat(inner.replace("\"\"", "\"")).isEqualTo(identifier);
  }

  @Property
  void literalsRoundTripAnyText(@ForAll String text) {
    String literal = DuckDbSql.literal(text);
    String inner = literal.substring(1, literal.length() - 1);
    assertThat(inner.replace("''", "")).doesNotContain("'");
    assertThat(inner.replace("''", "'")).isEqualTo(text);
  }

  @Test
  void createTableQuotesNamesAndKeepsNotNullAndKey() {
    assertThat(SQL.createTable(HOSTILE, TYPES)).isEqualTo(
        "CREATE TABLE IF NOT EXISTS \"lake\".\"my \"\"shop\"\"\".\"order items\" (\"select\" BIGINT NOT NULL, \"a\"\"b\" BIT,"
            + " \"😀\" JSON NOT NULL, PRIMARY KEY (\"select\"))");
  }

  @Test
  void mergeUpdatesEveryNonKeyColumnAndCastsTextStagedTypes() {
    assertThat(SQL.merge(HOSTILE, "st", TYPES)).isEqualTo(
        "INSERT INTO \"lake\".\"my \"\"shop\"\"\".\"order items\" (\"select\", \"a\"\"b\", \"😀\") SELECT c0, CAST(c1 AS BIT), CAST(c2 AS JSON)"
            + " FROM \"temp\".\"main\".\"st\" ON CONFLICT (\"select\") DO UPDATE SET \"a\"\"b\" = EXCLUDED.\"a\"\"b\", \"😀\" = EXCLUDED.\"😀\"");
  }

  @Test
  void mergeDoesNothingOnConflictWhenEveryColumnIsKey() {
    TableSchema allKey = new TableSchema(new TableId("s", "t"), List.of(
        new Column("a", DataType.int32(), false), new Column("b", DataType.string(5), false)), List.of("a", "b"), 1);
    assertThat(SQL.merge(allKey, "st", TYPES)).isEqualTo(
        "INSERT INTO \"lake\".\"s\".\"t\" (\"a\", \"b\") SELECT c0, c1 FROM \"temp\".\"main\".\"st\" ON CONFLICT (\"a\", \"b\") DO NOTHING");
  }

  @Test
  void mergeIntoAKeylessTableIsAPlainInsert() {
    TableSchema keyless = new TableSchema(new TableId("s", "log"), List.of(new Column("line", DataType.string(-1), true)), List.of(), 1);
    assertThat(SQL.merge(keyless, "st", TYPES)).isEqualTo("INSERT INTO \"lake\".\"s\".\"log\" (\"line\") SELECT c0 FROM \"temp\".\"main\".\"st\"");
  }

  @Test
  void deleteMatchesTheKeyOrEveryColumnNullSafely() {
    assertThat(SQL.delete(HOSTILE, "del", TYPES)).isEqualTo(
        "DELETE FROM \"lake\".\"my \"\"shop\"\"\".\"order items\" AS t USING \"temp\".\"main\".\"del\" AS s WHERE t.\"select\" = s.c0");
    assertThat(DuckDbSql.deleteColumns(HOSTILE)).containsExactly(0);
    TableSchema keyless = new TableSchema(new TableId("s", "log"), List.of(
        new Column("line", DataType.string(-1), true), new Column("flags", DataType.bits(2), true)), List.of(), 1);
    assertThat(SQL.delete(keyless, "del", TYPES)).isEqualTo(
        "DELETE FROM \"lake\".\"s\".\"log\" AS t USING \"temp\".\"main\".\"del\" AS s"
            + " WHERE t.\"line\" IS NOT DISTINCT FROM s.c0 AND t.\"flags\" IS NOT DISTINCT FROM CAST(s.c1 AS BIT)");
    assertThat(DuckDbSql.deleteColumns(keyless)).containsExactly(0, 1);
  }

  @Test
  void stagingAndAlterStatements() {
    assertThat(DuckDbSql.createStaging("st", List.of("BIGINT", "VARCHAR[]")))
        .isEqualTo("CREATE TEMP TABLE IF NOT EXISTS \"temp\".\"main\".\"st\" (c0 BIGINT, c1 VARCHAR[])");
    assertThat(DuckDbSql.emptyStaging("st")).isEqualTo("DELETE FROM \"temp\".\"main\".\"st\"");
    TableId id = new TableId("s", "t\"x");
    assertThat(SQL.addColumn(id, new Column("new col", DataType.decimal(70, 2), false), TYPES))
        .isEqualTo("ALTER TABLE \"lake\".\"s\".\"t\"\"x\" ADD COLUMN \"new col\" VARCHAR");
    assertThat(SQL.dropNotNull(id, "c")).isEqualTo("ALTER TABLE \"lake\".\"s\".\"t\"\"x\" ALTER COLUMN \"c\" DROP NOT NULL");
    assertThat(SQL.changeType(id, new Column("c", DataType.int64(), true), TYPES))
        .isEqualTo("ALTER TABLE \"lake\".\"s\".\"t\"\"x\" ALTER COLUMN \"c\" SET DATA TYPE BIGINT");
    assertThat(SQL.deleteAll(id)).isEqualTo("DELETE FROM \"lake\".\"s\".\"t\"\"x\"");
    assertThat(SQL.createSchema("a'b\"c")).isEqualTo("CREATE SCHEMA IF NOT EXISTS \"lake\".\"a'b\"\"c\"");
  }

  @Test
  void targetNamesCarryTheCatalogQuotedStagingNamesDoNot() {
    DuckDbSql shop = new DuckDbSql("shop");
    assertThat(shop.table(new TableId("shop", "customers"))).isEqualTo("\"shop\".\"shop\".\"customers\"");
    assertThat(shop.table(new TableId("temp", "main"))).isEqualTo("\"shop\".\"temp\".\"main\"");
    assertThat(shop.createSchema("tributary")).isEqualTo("CREATE SCHEMA IF NOT EXISTS \"shop\".\"tributary\"");
    DuckDbSql hostile = new DuckDbSql("my \"lake\" é");
    assertThat(hostile.catalog()).isEqualTo("my \"lake\" é");
    assertThat(hostile.table(new TableId("s", "t"))).isEqualTo("\"my \"\"lake\"\" é\".\"s\".\"t\"");
    assertThat(hostile.merge(new TableSchema(new TableId("s", "t"), List.of(new Column("k", DataType.int32(), false)), List.of("k"), 1), "st", TYPES))
        .isEqualTo("INSERT INTO \"my \"\"lake\"\" é\".\"s\".\"t\" (\"k\") SELECT c0 FROM \"temp\".\"main\".\"st\" ON CONFLICT (\"k\") DO NOTHING");
  }

  @Test
  void rowsWithColumnsLeftUnchangedUpdateOnlyPresentColumnsOfExistingRows() {
    TableSchema docs = new TableSchema(new TableId("shop", "docs"), List.of(
        new Column("id", DataType.int64(), false), new Column("ti\"tle", DataType.string(-1), true),
        new Column("body", DataType.json(), true)), List.of("id"), 1);
    assertThat(SQL.updatePresent(docs, "tributary_stage_0_partial", TYPES, new int[] {0, 2}))
        .isEqualTo("UPDATE \"lake\".\"shop\".\"docs\" AS t SET \"body\" = CAST(s.c2 AS JSON)"
            + " FROM \"temp\".\"main\".\"tributary_stage_0_partial\" AS s WHERE t.\"id\" = s.c0");
    assertThat(SQL.updatePresent(docs, "p", TYPES, new int[] {0})).isNull();
    assertThat(SQL.missingKeys(docs, "tributary_stage_0_partial", TYPES, "c3"))
        .isEqualTo("SELECT s.c3 FROM \"temp\".\"main\".\"tributary_stage_0_partial\" AS s WHERE NOT EXISTS"
            + " (SELECT 1 FROM \"lake\".\"shop\".\"docs\" AS t WHERE t.\"id\" = s.c0)");
  }
}
