package io.tributary.connector.duckdb;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Exact conversions of Tributary's value classes to what DuckDB stores. Each throws {@link
 * IllegalArgumentException} with a human message when a value does not fit; nothing is rounded or
 * cut silently.
 */
final class DuckDbValues {
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private DuckDbValues() {}

  /** A whole number of any integral class, as a long; fails when it has a fraction or is too big. */
  static long wholeNumber(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    try {
      if (value instanceof BigInteger b) {
        return b.longValueExact();
      }
      if (value instanceof BigDecimal d) {
        return d.longValueExact();
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(value + " is not a whole number in the 64-bit range");
    }
    throw wrongClass(value, "a whole number");
  }

  /** A whole number that must lie within {@code [min, max]}. */
  static long wholeNumber(Object value, long min, long max) {
    long v = wholeNumber(value);
    if (v < min || v > max) {
      throw new IllegalArgumentException(v + " is outside " + min + ".." + max);
    }
    return v;
  }

  /** The value with exactly {@code scale} fraction digits and at most {@code precision} digits. */
  static BigDecimal decimal(Object value, int precision, int scale) {
    BigDecimal d = withScale(bigDecimal(value), scale);
    if (d.precision() > precision) {
      throw new IllegalArgumentException(d.toPlainString() + " has more than " + precision + " digits");
    }
    return d;
  }

  /**
   * The exact decimal text of a value too wide for DuckDB's DECIMAL, with its declared scale, or the
   * name of NaN or an infinity.
   */
  static String decimalText(Object value, int scale) {
    if (value instanceof SpecialValue special && special.fits(DataType.Kind.DECIMAL)) {
      return special.toString(); // the column is text: NaN, Infinity and -Infinity keep their names
    }
    BigDecimal d = bigDecimal(value);
    return (scale >= 0 ? withScale(d, scale) : d).toPlainString();
  }

  static float float32(Object value) {
    if (value instanceof Float f) {
      return f;
    }
    if (value instanceof Number n) {
      return n.floatValue();
    }
    throw wrongClass(value, "a Float");
  }

  static double float64(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw wrongClass(value, "a Double");
  }

  static String text(Object value) {
    if (value instanceof CharSequence s) {
      return s.toString();
    }
    throw wrongClass(value, "a String");
  }

  static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw wrongClass(value, "a Boolean");
  }

  static byte[] bytes(Object value) {
    if (value instanceof byte[] b) {
      return b;
    }
    throw wrongClass(value, "a byte[]");
  }

  /**
   * The bit string of DuckDB's BIT, most significant bit first, from big-endian bytes: exactly
   * {@code bits} characters ({@code 8 * length} when {@code bits < 1}). Fails when a bit above
   * {@code bits} is set.
   */
  static String bitText(byte[] value, int bits) {
    int n = bits < 1 ? value.length * 8 : bits;
    for (int bit = n; bit < value.length * 8; bit++) {
      if (bitAt(value, bit)) {
        throw new IllegalArgumentException("the value has a bit set above bit " + n);
      }
    }
    char[] out = new char[n];
    for (int bit = 0; bit < n; bit++) {
      out[n - 1 - bit] = bitAt(value, bit) ? '1' : '0';
    }
    return new String(out);
  }

  /** Bit number {@code bit} (0 = least significant) of a big-endian byte string. */
  private static boolean bitAt(byte[] value, int bit) {
    int index = value.length - 1 - bit / 8;
    return index >= 0 && (value[index] >> (bit % 8) & 1) == 1;
  }

  /** DuckDB's escaped text of a BLOB, {@code \xAB\x01}, which casts back to the same bytes. */
  static String blobText(byte[] value) {
    StringBuilder out = new StringBuilder(value.length * 4);
    for (byte b : value) {
      out.append("\\x").append(HEX[b >> 4 & 0xF]).append(HEX[b & 0xF]);
    }
    return out.toString();
  }

  static LocalDate date(Object value) {
    if (value instanceof LocalDate d) {
      long days = d.toEpochDay();
      if (days < Integer.MIN_VALUE || days > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(d + " is outside DuckDB's DATE range");
      }
      return d;
    }
    throw wrongClass(value, "a LocalDate");
  }

  static LocalTime time(Object value) {
    if (value instanceof LocalTime t) {
      return t;
    }
    throw wrongClass(value, "a LocalTime");
  }

  /** Microseconds since 1970-01-01T00:00 of a wall-clock time (digits below microseconds are cut). */
  static long timestampMicros(Object value) {
    if (value instanceof SpecialValue special) {
      return infinityMicros(special);
    }
    if (value instanceof LocalDateTime t) {
      return micros(t.toEpochSecond(ZoneOffset.UTC), t.getNano(), value);
    }
    throw wrongClass(value, "a LocalDateTime");
  }

  /** Microseconds since the epoch of a point in time (digits below microseconds are cut). */
  static long instantMicros(Object value) {
    if (value instanceof SpecialValue special) {
      return infinityMicros(special);
    }
    Instant i = instant(value);
    return micros(i.getEpochSecond(), i.getNano(), value);
  }

  /**
   * A wall-clock time as the Appender takes it inside lists: checked against DuckDB's range and cut
   * to microseconds here, since the Appender would round times before 1970 the other way.
   */
  static LocalDateTime timestampInList(Object value) {
    if (value instanceof SpecialValue) {
      throw wrongClass(value, "a LocalDateTime");
    }
    timestampMicros(value);
    return ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS);
  }

  /** A point in time as the Appender takes it inside lists (see {@link #timestampInList}). */
  static OffsetDateTime instantInUtc(Object value) {
    if (value instanceof SpecialValue) {
      throw wrongClass(value, "an Instant");
    }
    instantMicros(value);
    return OffsetDateTime.ofInstant(instant(value).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    throw wrongClass(value, "an Instant");
  }

  private static long micros(long seconds, int nanos, Object value) {
    try {
      long micros = Math.addExact(Math.multiplyExact(seconds, MICROS_PER_SECOND), nanos / 1000);
      // DuckDB reserves the two extreme values for infinity and -infinity.
      if (micros == Long.MAX_VALUE || micros <= -Long.MAX_VALUE) {
        throw new ArithmeticException();
      }
      return micros;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(value + " is outside DuckDB's TIMESTAMP range");
    }
  }

  static UUID uuid(Object value) {
    if (value instanceof UUID u) {
      return u;
    }
    throw wrongClass(value, "a UUID");
  }

  private static BigDecimal bigDecimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    throw wrongClass(value, "a BigDecimal");
  }

  private static BigDecimal withScale(BigDecimal d, int scale) {
    try {
      return d.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(d.toPlainString() + " has more than " + scale + " fraction digits");
    }
  }

  /** DuckDB's infinite timestamps: the largest value and its negation. */
  private static long infinityMicros(SpecialValue special) {
    return switch (special) {
      case POSITIVE_INFINITY -> Long.MAX_VALUE;
      case NEGATIVE_INFINITY -> -Long.MAX_VALUE;
      case NAN, END_OF_DAY -> throw wrongClass(special, "a time stamp");
    };
  }

  private static IllegalArgumentException wrongClass(Object value, String expected) {
    if (value instanceof SpecialValue special) {
      return new IllegalArgumentException("DuckDB cannot store the value " + special + " here (" + expected
          + " expected), so the row goes to the dead letters instead of being changed");
    }
    return new IllegalArgumentException("expected " + expected + " but got " + value.getClass().getName());
  }
}
