package io.tributary.formats.value;

import io.tributary.api.schema.DataType;
import io.tributary.formats.DecimalHandling;

/**
 * How one column's values arrive in JSON: the logical type and, where JSON can carry that type in
 * more than one way, which way ({@link Wire}). Immutable; decoders build one per column when they
 * learn a table's shape, then read every value through it.
 *
 * @param type the logical type values are converted to
 * @param wire the representation, {@link Wire#PLAIN} when the value's JSON kind tells enough
 * @param element the codec of ARRAY elements, else null
 */
public record ValueCodec(DataType type, Wire wire, ValueCodec element) {

  /** Representations that JSON alone cannot tell apart. */
  public enum Wire {
    /**
     * Tributary's own encoding, read leniently by JSON kind: integers in temporal columns are
     * Debezium's defaults (DATE days, TIME µs, TIMESTAMP ms up to 3 fraction digits else µs).
     */
    PLAIN,
    /** Kafka Connect {@code Decimal}: base64 two's-complement unscaled value, the type's scale. */
    DECIMAL_BYTES,
    /** Debezium {@code VariableScaleDecimal}: {@code {"scale": s, "value": base64}}. */
    DECIMAL_STRUCT,
    /** A JSON number from a double: rounded half-even to the declared scale. */
    DECIMAL_DOUBLE,
    /** An integer count of days since 1970-01-01. */
    EPOCH_DAYS,
    /** An integer count of milliseconds (since midnight or since the epoch). */
    MILLIS,
    /** An integer count of microseconds. */
    MICROS,
    /** An integer count of nanoseconds. */
    NANOS
  }

  /** Tributary's own encoding of {@code type}, elements included. */
  public static ValueCodec plain(DataType type) {
    return new ValueCodec(type, Wire.PLAIN, type.kind() == DataType.Kind.ARRAY ? plain(type.element()) : null);
  }

  /**
   * The typed value of a raw JSON value.
   *
   * @param raw a value as {@link RawJson#read} returns it
   * @param decimals how a JSON string in a DECIMAL column is read when the wire is {@link Wire#PLAIN}
   * @throws IllegalArgumentException when the raw value does not fit (the message says what was
   *     expected and shows the value)
   */
  public Object read(Object raw, DecimalHandling decimals) {
    return raw == null ? null : JsonValueReader.read(this, raw, decimals);
  }
}
