package io.tributary.connector.jdbc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresTypesTest {

  @Test
  void mapsEveryKind() {
    assertThat(PostgresTypes.of(DataType.bool())).isEqualTo("boolean");
    assertThat(PostgresTypes.of(DataType.int8())).isEqualTo("smallint");
    assertThat(PostgresTypes.of(DataType.int16())).isEqualTo("smallint");
    assertThat(PostgresTypes.of(DataType.int32())).isEqualTo("integer");
    assertThat(PostgresTypes.of(DataType.int64())).isEqualTo("bigint");
    assertThat(PostgresTypes.of(DataType.decimal(65, 30))).isEqualTo("numeric(65,30)");
    assertThat(PostgresTypes.of(DataType.decimal(20, 0))).isEqualTo("numeric(20,0)");
    assertThat(PostgresTypes.of(DataType.float32())).isEqualTo("real");
    assertThat(PostgresTypes.of(DataType.float64())).isEqualTo("double precision");
    assertThat(PostgresTypes.of(DataType.string(255))).isEqualTo("varchar(255)");
    assertThat(PostgresTypes.of(DataType.string(-1))).isEqualTo("text");
    assertThat(PostgresTypes.of(DataType.bytes(16))).isEqualTo("bytea");
    assertThat(PostgresTypes.of(DataType.bits(64))).isEqualTo("bit varying(64)");
    assertThat(PostgresTypes.of(DataType.date())).isEqualTo("date");
    assertThat(PostgresTypes.of(DataType.time(6))).isEqualTo("time(6)");
    assertThat(PostgresTypes.of(DataType.timestamp(3))).isEqualTo("timestamp(3)");
    assertThat(PostgresTypes.of(DataType.timestampTz(6))).isEqualTo("timestamptz(6)");
    assertThat(PostgresTypes.of(DataType.json())).isEqualTo("json");
    assertThat(PostgresTypes.of(DataType.uuid())).isEqualTo("uuid");
    assertThat(PostgresTypes.of(DataType.enumOf(List.of("a", "b")))).isEqualTo("text");
    assertThat(PostgresTypes.of(DataType.setOf(List.of("a", "b")))).isEqualTo("text");
    assertThat(PostgresTypes.of(DataType.arrayOf(DataType.int32()))).isEqualTo("integer[]");
    assertThat(PostgresTypes.of(DataType.arrayOf(DataType.arrayOf(DataType.string(-1)))))
        .isEqualTo("text[][]");
  }

  @Test
  void outOfRangeDeclarationsFallBackToUnconstrainedTypes() {
    assertThat(PostgresTypes.of(DataType.decimal(1001, 2))).isEqualTo("numeric");
    assertThat(PostgresTypes.of(DataType.decimal(0, 0))).isEqualTo("numeric");
    assertThat(PostgresTypes.of(DataType.decimal(5, 7))).isEqualTo("numeric");
    assertThat(PostgresTypes.of(DataType.string(20_000_000))).isEqualTo("text");
    assertThat(PostgresTypes.of(DataType.string(0))).isEqualTo("text");
    assertThat(PostgresTypes.of(DataType.time(9))).isEqualTo("time(6)");
  }

  @Test
  void createTableKeepsNamesNotNullAndCompositeKey() {
    TableSchema schema = new TableSchema(new TableId("sh op", "Order\"s"), List.of(
        new Column("tenant", DataType.int32(), false),
        new Column("id", DataType.int64(), false),
        new Column("select", DataType.string(-1), true)), List.of("tenant", "id"), 1);
    assertThat(new PostgresDialect().createTableSql(schema)).isEqualTo(
        "CREATE TABLE IF NOT EXISTS \"sh op\".\"Order\"\"s\" (\"tenant\" integer NOT NULL,"
            + " \"id\" bigint NOT NULL, \"select\" text, PRIMARY KEY (\"tenant\", \"id\"))");
    assertThat(new PostgresDialect().addColumnsSql(schema, List.of(schema.columns().get(2))))
        .isEqualTo("ALTER TABLE \"sh op\".\"Order\"\"s\" ADD COLUMN IF NOT EXISTS \"select\" text");
  }
}
