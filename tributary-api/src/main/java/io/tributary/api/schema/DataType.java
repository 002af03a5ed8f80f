package io.tributary.api.schema;

import java.util.List;
import java.util.Objects;

/**
 * A logical column type: a small closed set every source maps into and every sink maps out of.
 *
 * <p>Each kind has exactly one Java value class, listed on the constant; DECIMAL, DATE, TIME,
 * TIMESTAMP and TIMESTAMP_TZ columns may also hold a {@link SpecialValue} (NaN, an infinity, the
 * end of a day) that class cannot express. Unsigned source integers
 * are widened to the next kind that holds every value (never wrapped); {@code BIGINT UNSIGNED}
 * becomes {@code DECIMAL(20,0)}.
 *
 * <p>{@code precision} means: the digits of a DECIMAL; the maximum length in characters of a
 * STRING or in bytes of a BYTES ({@code -1} when unbounded); the number of bits of BITS; the
 * fractional-second digits (0..6) of TIME, TIMESTAMP and TIMESTAMP_TZ; 0 otherwise. {@code scale}
 * is used by DECIMAL only. {@code symbols} lists the values of ENUM and SET. {@code element} is the
 * element type of ARRAY.
 */
public record DataType(Kind kind, int precision, int scale, List<String> symbols, DataType element) {

  /** The logical kinds and the Java class of their values. */
  public enum Kind {
    /** {@link Boolean}. */
    BOOLEAN,
    /** {@link Byte}. */
    INT8,
    /** {@link Short}. */
    INT16,
    /** {@link Integer}. */
    INT32,
    /** {@link Long}. */
    INT64,
    /** {@link java.math.BigDecimal}, exact. */
    DECIMAL,
    /** {@link Float}. */
    FLOAT32,
    /** {@link Double}. */
    FLOAT64,
    /** {@link String}. */
    STRING,
    /** {@code byte[]}. */
    BYTES,
    /** {@code byte[]}, big-endian, {@code (precision + 7) / 8} bytes. */
    BITS,
    /** {@link java.time.LocalDate}. */
    DATE,
    /** {@link java.time.LocalTime}, microseconds. */
    TIME,
    /** {@link java.time.LocalDateTime}: a wall-clock time with no zone, microseconds. */
    TIMESTAMP,
    /** {@link java.time.Instant}: a point in time, microseconds. */
    TIMESTAMP_TZ,
    /** {@link String} holding JSON text. */
    JSON,
    /** {@link java.util.UUID}. */
    UUID,
    /** {@link String}, one of {@code symbols}. */
    ENUM,
    /** {@link String}, comma-separated members of {@code symbols}. */
    SET,
    /** {@link java.util.List} of {@code element} values. */
    ARRAY
  }

  public DataType {
    Objects.requireNonNull(kind, "kind");
    symbols = symbols == null ? List.of() : List.copyOf(symbols);
    if (kind == Kind.ARRAY && element == null) {
      throw new IllegalArgumentException("ARRAY needs an element type");
    }
  }

  private static DataType of(Kind kind) {
    return new DataType(kind, 0, 0, null, null);
  }

  public static DataType bool() { return of(Kind.BOOLEAN); }
  public static DataType int8() { return of(Kind.INT8); }
  public static DataType int16() { return of(Kind.INT16); }
  public static DataType int32() { return of(Kind.INT32); }
  public static DataType int64() { return of(Kind.INT64); }
  public static DataType float32() { return of(Kind.FLOAT32); }
  public static DataType float64() { return of(Kind.FLOAT64); }
  public static DataType date() { return of(Kind.DATE); }
  public static DataType json() { return of(Kind.JSON); }
  public static DataType uuid() { return of(Kind.UUID); }

  public static DataType decimal(int precision, int scale) {
    return new DataType(Kind.DECIMAL, precision, scale, null, null);
  }

  /** A string of at most {@code maxLength} characters, {@code -1} for unbounded. */
  public static DataType string(int maxLength) {
    return new DataType(Kind.STRING, maxLength, 0, null, null);
  }

  /** A byte string of at most {@code maxLength} bytes, {@code -1} for unbounded. */
  public static DataType bytes(int maxLength) {
    return new DataType(Kind.BYTES, maxLength, 0, null, null);
  }

  public static DataType bits(int bits) {
    return new DataType(Kind.BITS, bits, 0, null, null);
  }

  public static DataType time(int fractionDigits) {
    return new DataType(Kind.TIME, fractionDigits, 0, null, null);
  }

  public static DataType timestamp(int fractionDigits) {
    return new DataType(Kind.TIMESTAMP, fractionDigits, 0, null, null);
  }

  public static DataType timestampTz(int fractionDigits) {
    return new DataType(Kind.TIMESTAMP_TZ, fractionDigits, 0, null, null);
  }

  public static DataType enumOf(List<String> symbols) {
    return new DataType(Kind.ENUM, 0, 0, symbols, null);
  }

  public static DataType setOf(List<String> symbols) {
    return new DataType(Kind.SET, 0, 0, symbols, null);
  }

  public static DataType arrayOf(DataType element) {
    return new DataType(Kind.ARRAY, 0, 0, null, element);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DECIMAL -> "DECIMAL(" + precision + "," + scale + ")";
      case STRING, BYTES -> kind + (precision < 0 ? "" : "(" + precision + ")");
      case BITS, TIME, TIMESTAMP, TIMESTAMP_TZ -> kind + "(" + precision + ")";
      case ENUM, SET -> kind + symbols.toString();
      case ARRAY -> "ARRAY<" + element + ">";
      default -> kind.name();
    };
  }
}
