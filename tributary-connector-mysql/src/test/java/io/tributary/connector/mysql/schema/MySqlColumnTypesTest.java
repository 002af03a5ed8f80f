package io.tributary.connector.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.DataType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MySqlColumnTypesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tinyint(4)|INT8",
        "tinyint(1)|INT8",
        "tinyint(3) unsigned|INT16",
        "smallint(6)|INT16",
        "smallint(5) unsigned|INT32",
        "mediumint(9)|INT32",
        "mediumint(8) unsigned|INT32",
        "int(11)|INT32",
        "int|INT32",
        "int(10) unsigned|INT64",
        "int unsigned zerofill|INT64",
        "bigint(20)|INT64",
        "bigint(20) unsigned|DECIMAL(20,0)",
        "decimal(65,30)|DECIMAL(65,30)",
        "decimal(10,0)|DECIMAL(10,0)",
        "decimal(12,4) unsigned|DECIMAL(12,4)",
        "float|FLOAT32",
        "float unsigned|FLOAT32",
        "double|FLOAT64",
        "char(36)|STRING(36)",
        "varchar(255)|STRING(255)",
        "tinytext|STRING",
        "text|STRING",
        "mediumtext|STRING",
        "longtext|STRING",
        "binary(16)|BYTES(16)",
        "varbinary(300)|BYTES(300)",
        "tinyblob|BYTES",
        "blob|BYTES",
        "longblob|BYTES",
        "date|DATE",
        "time|TIME(0)",
        "time(6)|TIME(6)",
        "datetime|TIMESTAMP(0)",
        "datetime(6)|TIMESTAMP(6)",
        "timestamp|TIMESTAMP_TZ(0)",
        "timestamp(3)|TIMESTAMP_TZ(3)",
        "year(4)|INT16",
        "year|INT16",
        "bit(1)|BITS(1)",
        "bit(64)|BITS(64)",
        "json|JSON",
      })
  void mapsColumnTypes(String columnType, String expected) {
    assertThat(MySqlColumnTypes.map(columnType, false).toString()).isEqualTo(expected);
  }

  @Test
  void mariaDbJsonIsLongtextWithACheck() {
    assertThat(MySqlColumnTypes.map("longtext", true)).isEqualTo(DataType.json());
  }

  @Test
  void enumAndSetSymbolsAreUnquoted() {
    DataType e = MySqlColumnTypes.map("enum('a','it''s','x,y','back\\\\slash','é')", false);
    assertThat(e.kind()).isEqualTo(DataType.Kind.ENUM);
    assertThat(e.symbols()).containsExactly("a", "it's", "x,y", "back\\slash", "é");
    DataType s = MySqlColumnTypes.map("set('read','write','')", false);
    assertThat(s.kind()).isEqualTo(DataType.Kind.SET);
    assertThat(s.symbols()).containsExactly("read", "write", "");
  }

  @Test
  void unknownTypesAreRefusedByName() {
    for (String type : List.of("geometry", "point", "inet6", "uuid", "vector(3)")) {
      assertThatThrownBy(() -> MySqlColumnTypes.map(type, false))
          .isInstanceOf(UnsupportedColumnTypeException.class)
          .hasMessageContaining(type);
    }
  }

  @Test
  void baseNameAndSignedness() {
    assertThat(MySqlColumnTypes.baseName("int(10) unsigned")).isEqualTo("int");
    assertThat(MySqlColumnTypes.baseName("DOUBLE PRECISION")).isEqualTo("double precision");
    assertThat(MySqlColumnTypes.isUnsigned("bigint(20) unsigned")).isTrue();
    assertThat(MySqlColumnTypes.isUnsigned("bigint(20)")).isFalse();
  }
}
