package io.tributary.connector.jdbc.postgres;

import io.tributary.api.schema.DataType;

/**
 * The PostgreSQL column type of each logical type. JSON becomes {@code json}, not {@code jsonb},
 * so the text is stored exactly as the source had it (key order, spacing, duplicate keys).
 */
public final class PostgresTypes {
  /** The longest {@code varchar(n)} PostgreSQL accepts. */
  static final int MAX_VARCHAR = 10_485_760;
  /** The most digits of a {@code numeric(p,s)} declaration. */
  static final int MAX_NUMERIC_PRECISION = 1000;
  /** The longest {@code bit varying(n)} PostgreSQL accepts. */
  static final int MAX_BITS = 83_886_080;

  private PostgresTypes() {}

  /** The type text for a column of this logical type. */
  public static String of(DataType type) {
    int p = type.precision();
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case INT8, INT16 -> "smallint";
      case INT32 -> "integer";
      case INT64 -> "bigint";
      case DECIMAL -> p > 0 && p <= MAX_NUMERIC_PRECISION && type.scale() >= 0 && type.scale() <= p
          ? "numeric(" + p + "," + type.scale() + ")"
          : "numeric";
      case FLOAT32 -> "real";
      case FLOAT64 -> "double precision";
      case STRING -> p > 0 && p <= MAX_VARCHAR ? "varchar(" + p + ")" : "text";
      case BYTES -> "bytea";
      case BITS -> p > 0 && p <= MAX_BITS ? "bit varying(" + p + ")" : "bit varying";
      case DATE -> "date";
      case TIME -> "time(" + fraction(p) + ")";
      case TIMESTAMP -> "timestamp(" + fraction(p) + ")";
      case TIMESTAMP_TZ -> "timestamptz(" + fraction(p) + ")";
      case JSON -> "json";
      case UUID -> "uuid";
      case ENUM, SET -> "text";
      case ARRAY -> of(type.element()) + "[]";
    };
  }

  private static int fraction(int digits) {
    return Math.max(0, Math.min(6, digits));
  }
}
