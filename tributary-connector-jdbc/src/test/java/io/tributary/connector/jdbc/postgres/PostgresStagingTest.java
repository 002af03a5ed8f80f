package io.tributary.connector.jdbc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresStagingTest {
  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void mergesOnTheKeyAndUpdatesEveryOtherColumn() {
    TableSchema schema = new TableSchema(new TableId("shop", "order"), List.of(
        new Column("id", DataType.int64(), false),
        new Column("na\"me", DataType.string(10), true),
        new Column("total", DataType.decimal(10, 2), true)), List.of("id"), 1);
    PostgresStaging s = new PostgresStaging(dialect, schema, 3);
    assertThat(s.createUpsertTableSql).isEqualTo("CREATE TEMP TABLE \"tributary_upsert_3\" ON COMMIT"
        + " DELETE ROWS AS SELECT \"id\", \"na\"\"me\", \"total\" FROM \"shop\".\"order\" WITH NO DATA");
    assertThat(s.createDeleteTableSql).isEqualTo("CREATE TEMP TABLE \"tributary_delete_3\" ON COMMIT"
        + " DELETE ROWS AS SELECT \"id\" FROM \"shop\".\"order\" WITH NO DATA");
    assertThat(s.copyUpsertsSql)
        .isEqualTo("COPY pg_temp.\"tributary_upsert_3\" (\"id\", \"na\"\"me\", \"total\") FROM STDIN");
    assertThat(s.mergeSql).isEqualTo("INSERT INTO \"shop\".\"order\" (\"id\", \"na\"\"me\", \"total\")"
        + " SELECT \"id\", \"na\"\"me\", \"total\" FROM pg_temp.\"tributary_upsert_3\" ON CONFLICT"
        + " (\"id\") DO UPDATE SET \"na\"\"me\" = EXCLUDED.\"na\"\"me\", \"total\" = EXCLUDED.\"total\"");
    assertThat(s.deleteSql).isEqualTo("DELETE FROM \"shop\".\"order\" AS t USING"
        + " pg_temp.\"tributary_delete_3\" AS d WHERE t.\"id\" = d.\"id\"");
  }

  @Test
  void keyOnlyTablesIgnoreConflictsAndCompositeKeysMatchEveryPart() {
    TableSchema schema = new TableSchema(new TableId("s", "link"), List.of(
        new Column("a", DataType.int32(), false),
        new Column("b", DataType.string(5), false)), List.of("b", "a"), 1);
    PostgresStaging s = new PostgresStaging(dialect, schema, 1);
    assertThat(s.mergeSql).endsWith("ON CONFLICT (\"b\", \"a\") DO NOTHING");
    assertThat(s.deleteSql).endsWith("WHERE t.\"b\" = d.\"b\" AND t.\"a\" = d.\"a\"");
    assertThat(s.copyDeletesSql).isEqualTo("COPY pg_temp.\"tributary_delete_1\" (\"b\", \"a\") FROM STDIN");
  }

  @Test
  void encodesKeyColumnsOfDeletesInKeyOrder() {
    TableSchema schema = new TableSchema(new TableId("s", "t"), List.of(
        new Column("a", DataType.int32(), false),
        new Column("note", DataType.string(-1), true),
        new Column("b", DataType.string(5), false)), List.of("b", "a"), 1);
    PostgresStaging s = new PostgresStaging(dialect, schema, 1);
    CopyTextBuffer buffer = new CopyTextBuffer(16);
    s.deleteEncoder.row(buffer, new Object[] {7, "stale", "x\ty"});
    s.upsertEncoder.row(buffer, new Object[] {8, null, "k"});
    assertThat(new String(buffer.array(), 0, buffer.size(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("x\\ty\t7\n8\t\\N\tk\n");
  }
}
