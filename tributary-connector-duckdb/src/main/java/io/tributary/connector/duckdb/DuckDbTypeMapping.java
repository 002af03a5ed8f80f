package io.tributary.connector.duckdb;

import io.tributary.api.schema.DataType;

/**
 * Maps Tributary's logical types to DuckDB column types: the type of the target column, and the
 * type of the staging column the Appender writes (the same, except where the Appender cannot write
 * the target type and the merge casts text instead).
 *
 * <p>DECIMAL precision above {@value #MAX_DECIMAL_PRECISION} (DuckDB's limit) is kept exactly as
 * VARCHAR text. BITS becomes DuckDB's BIT (a bit string of exactly {@code precision} bits), staged
 * as text of 0s and 1s. JSON becomes DuckDB's JSON type, staged as text and cast (which checks
 * that it is JSON, and keeps the text as it was); VARCHAR when the json extension is missing.
 */
final class DuckDbTypeMapping {
  /** The largest precision of DuckDB's DECIMAL. */
  static final int MAX_DECIMAL_PRECISION = 38;

  private final boolean jsonAvailable;

  /** @param jsonAvailable whether this DuckDB has the JSON type (the json extension) */
  DuckDbTypeMapping(boolean jsonAvailable) {
    this.jsonAvailable = jsonAvailable;
  }

  /** True when a DECIMAL of this type fits DuckDB's DECIMAL; false means it is stored as text. */
  static boolean fitsDecimal(DataType type) {
    return type.precision() >= 1 && type.precision() <= MAX_DECIMAL_PRECISION && type.scale() >= 0 && type.scale() <= type.precision();
  }

  boolean jsonAvailable() {
    return jsonAvailable;
  }

  /** The DuckDB type of the target column. */
  String targetType(DataType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "BOOLEAN";
      case INT8 -> "TINYINT";
      case INT16 -> "SMALLINT";
      case INT32 -> "INTEGER";
      case INT64 -> "BIGINT";
      case DECIMAL -> fitsDecimal(type) ? "DECIMAL(" + type.precision() + "," + type.scale() + ")" : "VARCHAR";
      case FLOAT32 -> "FLOAT";
      case FLOAT64 -> "DOUBLE";
      case STRING, ENUM, SET -> "VARCHAR";
      case BYTES -> "BLOB";
      case BITS -> "BIT";
      case DATE -> "DATE";
      case TIME -> "TIME";
      case TIMESTAMP -> "TIMESTAMP";
      case TIMESTAMP_TZ -> "TIMESTAMPTZ";
      case JSON -> jsonAvailable ? "JSON" : "VARCHAR";
      case UUID -> "UUID";
      case ARRAY -> targetType(type.element()) + "[]";
    };
  }

  /** The DuckDB type of the staging column the Appender writes. */
  String stagingType(DataType type) {
    return stagingType(type, false);
  }

  private String stagingType(DataType type, boolean arrayElement) {
    return switch (type.kind()) {
      case BITS, JSON -> "VARCHAR";
      case BYTES -> arrayElement ? "VARCHAR" : "BLOB";
      case ARRAY -> stagingType(type.element(), true) + "[]";
      default -> targetType(type);
    };
  }
}
