package io.tributary.connector.jdbc.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlTypesTest {

  private static List<String> types(List<String> key, Column... columns) {
    return MySqlTypes.of(new TableSchema(new TableId("d", "t"), List.of(columns), key, 1));
  }

  @Test
  void mapsEveryKindWithoutASourceType() {
    assertThat(types(List.of(),
        new Column("a", DataType.bool(), true),
        new Column("b", DataType.int8(), true),
        new Column("c", DataType.int16(), true),
        new Column("d", DataType.int32(), true),
        new Column("e", DataType.int64(), true),
        new Column("f", DataType.decimal(20, 0), true),
        new Column("g", DataType.float32(), true),
        new Column("h", DataType.float64(), true),
        new Column("i", DataType.string(100), true),
        new Column("j", DataType.string(-1), true),
        new Column("k", DataType.bytes(16), true),
        new Column("l", DataType.bytes(-1), true),
        new Column("m", DataType.bits(64), true),
        new Column("n", DataType.date(), true),
        new Column("o", DataType.time(6), true),
        new Column("p", DataType.timestamp(3), true),
        new Column("q", DataType.timestampTz(6), true),
        new Column("r", DataType.json(), true),
        new Column("s", DataType.uuid(), true),
        new Column("t", DataType.enumOf(List.of("x", "it's")), true),
        new Column("u", DataType.setOf(List.of("a", "b\\c")), true),
        new Column("v", DataType.arrayOf(DataType.int32()), true)))
        .containsExactly("tinyint(1)", "tinyint", "smallint", "int", "bigint", "decimal(20,0)",
            "float", "double", "varchar(100)", "longtext", "varbinary(16)", "longblob", "bit(64)",
            "date", "time(6)", "datetime(3)", "timestamp(6)", "json", "char(36)",
            "enum('x','it''s')", "set('a','b\\\\c')", "json");
  }

  @Test
  void keepsMySqlSourceTypesThatFitTheLogicalType() {
    assertThat(types(List.of("id"),
        new Column("id", DataType.decimal(20, 0), false, "bigint(20) unsigned"),
        new Column("flags", DataType.bits(64), true, "bit(64)"),
        new Column("amount", DataType.decimal(65, 30), true, "decimal(65,30)"),
        new Column("mood", DataType.enumOf(List.of("Happy", "sad")), true, "enum('Happy','sad')"),
        new Column("at", DataType.timestampTz(6), true, "timestamp(6)"),
        new Column("doc", DataType.json(), true, "longtext"),
        new Column("body", DataType.string(-1), true, "text"),
        new Column("small", DataType.int16(), true, "tinyint(3) unsigned"),
        new Column("y", DataType.int16(), true, "year(4)"),
        new Column("changed", DataType.string(-1), true, "int(11)")))
        .containsExactly("bigint(20) unsigned", "bit(64)", "decimal(65,30)", "enum('Happy','sad')",
            "timestamp(6)", "json", "longtext", "tinyint(3) unsigned", "year(4)", "longtext");
  }

  @Test
  void ignoresPostgresTypeNames() {
    assertThat(types(List.of(),
        new Column("a", DataType.timestamp(6), true, "timestamp(6) without time zone"),
        new Column("b", DataType.string(10), true, "character varying(10)"),
        new Column("c", DataType.float64(), true, "double precision"),
        new Column("d", DataType.decimal(10, 2), true, "numeric(10,2)")))
        .containsExactly("datetime(6)", "varchar(10)", "double", "decimal(10,2)");
  }

  @Test
  void keyColumnsGetBoundedTypes() {
    assertThat(types(List.of("k", "b", "t"),
        new Column("k", DataType.string(-1), false),
        new Column("b", DataType.bytes(-1), false),
        new Column("t", DataType.string(-1), false, "longtext")))
        .containsExactly("varchar(256)", "varbinary(1024)", "varchar(256)");
    assertThat(types(List.of("k"), new Column("k", DataType.string(-1), false)))
        .containsExactly("varchar(768)");
    assertThat(types(List.of("k"), new Column("k", DataType.bytes(-1), false)))
        .containsExactly("varbinary(3072)");
    assertThat(types(List.of("k"), new Column("k", DataType.string(5000), false, "varchar(5000)")))
        .containsExactly("varchar(768)");
    assertThat(types(List.of("tenant", "name", "code"),
        new Column("tenant", DataType.int64(), false),
        new Column("name", DataType.string(-1), false),
        new Column("code", DataType.bytes(-1), false),
        new Column("other", DataType.string(-1), true)))
        .containsExactly("bigint", "varchar(383)", "varbinary(1532)", "longtext");
  }

  @Test
  void stringsThatOverflowTheRowLimitBecomeLongtext() {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      columns.add(new Column("c" + i, DataType.string(4000), true));
    }
    assertThat(types(List.of(), columns.toArray(Column[]::new)))
        .containsExactly("varchar(4000)", "varchar(4000)", "varchar(4000)", "varchar(4000)",
            "longtext", "longtext");
  }

  @Test
  void decimalsBeyondMySqlLimitsStayExactAsText() {
    assertThat(MySqlTypes.mapped(DataType.decimal(80, 10), false)).isEqualTo("varchar(82)");
    assertThat(MySqlTypes.mapped(DataType.decimal(40, 35), false)).isEqualTo("varchar(42)");
    assertThat(MySqlTypes.mapped(DataType.decimal(0, 0), false)).isEqualTo("decimal(65,30)");
    assertThat(MySqlTypes.mapped(DataType.bits(100), false)).isEqualTo("varbinary(13)");
  }

  @Test
  void createTableSpellsOutNullabilityKeyAndCharset() {
    TableSchema schema = new TableSchema(new TableId("shop", "or`der"), List.of(
        new Column("tenant", DataType.int32(), false),
        new Column("Id", DataType.int64(), false),
        new Column("at", DataType.timestampTz(6), true)), List.of("tenant", "Id"), 1);
    assertThat(new MySqlDialect().createTableSql(schema)).isEqualTo(
        "CREATE TABLE IF NOT EXISTS `shop`.`or``der` (`tenant` int NOT NULL, `Id` bigint NOT NULL,"
            + " `at` timestamp(6) NULL, PRIMARY KEY (`tenant`, `Id`))"
            + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
    assertThat(new MySqlDialect().addColumnsSql(schema, List.of(schema.columns().get(2))))
        .isEqualTo("ALTER TABLE `shop`.`or``der` ADD COLUMN `at` timestamp(6) NULL");
  }

  @Test
  void jdbcMysqlUrlsGoThroughTheMariaDbDriver() {
    assertThat(MySqlDialect.driverUrl("jdbc:mysql://h:3306/db?x=1")).isEqualTo("jdbc:mariadb://h:3306/db?x=1");
    assertThat(MySqlDialect.driverUrl("jdbc:mariadb://h/")).isEqualTo("jdbc:mariadb://h/");
  }
}
