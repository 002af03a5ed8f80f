package io.tributary.formats.debezium;

import io.tributary.api.schema.DataType;
import io.tributary.formats.value.MySqlTypeText;
import java.util.List;

/**
 * A logical type as a type name with separate length and scale, the way Debezium describes source
 * columns: in the {@code __debezium.source.column.type}, {@code .length} and {@code .scale} field
 * parameters ({@code column.propagate.source.type}) and in schema-change {@code tableChanges}.
 * {@link #toDataType} maps back exactly.
 *
 * @param name e.g. {@code DECIMAL}, {@code VARCHAR}, {@code DATETIME}; for ARRAY the full text
 *     ({@code varchar(10)[]})
 * @param length length, precision, bit count or fraction digits, or null
 * @param scale DECIMAL scale, or null
 */
record DebeziumColumnType(String name, Integer length, Integer scale) {

  static DebeziumColumnType of(DataType type) {
    int p = type.precision();
    return switch (type.kind()) {
      case BOOLEAN -> plain("BOOLEAN");
      case INT8 -> plain("TINYINT");
      case INT16 -> plain("SMALLINT");
      case INT32 -> plain("INT");
      case INT64 -> plain("BIGINT");
      case DECIMAL -> MySqlTypeText.unconstrained(type) ? plain("NUMERIC")
          : new DebeziumColumnType("DECIMAL", p, type.scale());
      case FLOAT32 -> plain("FLOAT");
      case FLOAT64 -> plain("DOUBLE");
      case STRING -> p < 0 ? plain("LONGTEXT") : new DebeziumColumnType("VARCHAR", p, null);
      case BYTES -> p < 0 ? plain("LONGBLOB") : new DebeziumColumnType("VARBINARY", p, null);
      case BITS -> new DebeziumColumnType("BIT", p, null);
      case DATE -> plain("DATE");
      case TIME -> new DebeziumColumnType("TIME", p, null);
      case TIMESTAMP -> new DebeziumColumnType("DATETIME", p, null);
      case TIMESTAMP_TZ -> new DebeziumColumnType("TIMESTAMP", p, null);
      case JSON -> plain("JSON");
      case UUID -> plain("UUID");
      case ENUM -> plain("ENUM");
      case SET -> plain("SET");
      case ARRAY -> plain(MySqlTypeText.format(type));
    };
  }

  private static DebeziumColumnType plain(String name) {
    return new DebeziumColumnType(name, null, null);
  }

  /**
   * The logical type of a described column.
   *
   * @param symbols ENUM/SET values (Debezium's {@code allowed} parameter or {@code enumValues})
   * @throws IllegalArgumentException when the name has no logical counterpart
   */
  static DataType toDataType(String name, Integer length, Integer scale, List<String> symbols) {
    return MySqlTypeText.compose(name, length, scale, symbols);
  }
}
