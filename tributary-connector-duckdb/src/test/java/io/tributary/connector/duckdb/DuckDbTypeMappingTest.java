package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuckDbTypeMappingTest {
  private final DuckDbTypeMapping types = new DuckDbTypeMapping(true);

  private void assertMapping(DataType type, String target, String staging) {
    assertThat(types.targetType(type)).as("target of %s", type).isEqualTo(target);
    assertThat(types.stagingType(type)).as("staging of %s", type).isEqualTo(staging);
  }

  @Test
  void everyKindHasATargetAndAStagingType() {
    assertMapping(DataType.bool(), "BOOLEAN", "BOOLEAN");
    assertMapping(DataType.int8(), "TINYINT", "TINYINT");
    assertMapping(DataType.int16(), "SMALLINT", "SMALLINT");
    assertMapping(DataType.int32(), "INTEGER", "INTEGER");
    assertMapping(DataType.int64(), "BIGINT", "BIGINT");
    assertMapping(DataType.decimal(10, 2), "DECIMAL(10,2)", "DECIMAL(10,2)");
    assertMapping(DataType.float32(), "FLOAT", "FLOAT");
    assertMapping(DataType.float64(), "DOUBLE", "DOUBLE");
    assertMapping(DataType.string(20), "VARCHAR", "VARCHAR");
    assertMapping(DataType.string(-1), "VARCHAR", "VARCHAR");
    assertMapping(DataType.bytes(16), "BLOB", "BLOB");
    assertMapping(DataType.bits(64), "BIT", "VARCHAR");
    assertMapping(DataType.date(), "DATE", "DATE");
    assertMapping(DataType.time(6), "TIME", "TIME");
    assertMapping(DataType.timestamp(3), "TIMESTAMP", "TIMESTAMP");
    assertMapping(DataType.timestampTz(6), "TIMESTAMPTZ", "TIMESTAMPTZ");
    assertMapping(DataType.json(), "JSON", "VARCHAR");
    assertMapping(DataType.uuid(), "UUID", "UUID");
    assertMapping(DataType.enumOf(List.of("a")), "VARCHAR", "VARCHAR");
    assertMapping(DataType.setOf(List.of("a")), "VARCHAR", "VARCHAR");
  }

  @Test
  void decimalsBeyondDuckDbsPrecisionBecomeExactText() {
    assertMapping(DataType.decimal(38, 10), "DECIMAL(38,10)", "DECIMAL(38,10)");
    assertMapping(DataType.decimal(39, 0), "VARCHAR", "VARCHAR");
    assertMapping(DataType.decimal(65, 30), "VARCHAR", "VARCHAR");
    assertMapping(DataType.decimal(0, 0), "VARCHAR", "VARCHAR");
    assertMapping(DataType.decimal(5, 6), "VARCHAR", "VARCHAR");
    assertThat(DuckDbTypeMapping.fitsDecimal(DataType.decimal(1, 0))).isTrue();
  }

  @Test
  void arraysMapTheirElementsAndStageWhatTheAppenderCannotWriteAsText() {
    assertMapping(DataType.arrayOf(DataType.int32()), "INTEGER[]", "INTEGER[]");
    assertMapping(DataType.arrayOf(DataType.bytes(-1)), "BLOB[]", "VARCHAR[]");
    assertMapping(DataType.arrayOf(DataType.bits(3)), "BIT[]", "VARCHAR[]");
    assertMapping(DataType.arrayOf(DataType.arrayOf(DataType.timestampTz(6))), "TIMESTAMPTZ[][]", "TIMESTAMPTZ[][]");
    assertMapping(DataType.arrayOf(DataType.json()), "JSON[]", "VARCHAR[]");
  }

  @Test
  void jsonIsVarcharWithoutTheJsonExtension() {
    DuckDbTypeMapping withoutJson = new DuckDbTypeMapping(false);
    assertThat(withoutJson.targetType(DataType.json())).isEqualTo("VARCHAR");
    assertThat(withoutJson.stagingType(DataType.json())).isEqualTo("VARCHAR");
    assertThat(withoutJson.jsonAvailable()).isFalse();
  }
}
