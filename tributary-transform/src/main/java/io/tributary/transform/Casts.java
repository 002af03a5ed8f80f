package io.tributary.transform;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Value conversions between types, for CAST, TRY_CAST and the implicit widening of operands.
 *
 * <p>A converter throws a {@link RuntimeException} saying why when a value does not convert (text
 * that is no number, a number out of range); callers turn it into a {@link TransformException} or
 * into NULL. Numbers convert to integers by truncation toward zero and must fit; to DECIMAL(p,s)
 * by rounding half-up to {@code s} digits and must fit {@code p}. Text converts by parsing
 * (trimmed); everything converts to text as {@link ValueText} writes it, cut to the length of a
 * {@code VARCHAR(n)}.
 */
final class Casts {
  private Casts() {}

  /** The converter from {@code from} to {@code to}, or null when no such cast exists. */
  static UnaryOperator<Object> converter(DataType from, DataType to) {
    if (from == null) {
      return value -> null;
    }
    return switch (to.kind()) {
      case BOOLEAN -> toBoolean(from);
      case INT8 -> integral(from, Byte.MIN_VALUE, Byte.MAX_VALUE, l -> (byte) l);
      case INT16 -> integral(from, Short.MIN_VALUE, Short.MAX_VALUE, l -> (short) l);
      case INT32 -> integral(from, Integer.MIN_VALUE, Integer.MAX_VALUE, l -> (int) l);
      case INT64 -> integral(from, Long.MIN_VALUE, Long.MAX_VALUE, l -> l);
      case DECIMAL -> toDecimal(from, to);
      case FLOAT32 -> toFloat64(from) == null ? null : v -> (float) (double) toFloat64(from).apply(v);
      case FLOAT64 -> toFloat64(from);
      case STRING -> toText(from, to.precision());
      case DATE, TIME, TIMESTAMP, TIMESTAMP_TZ -> TemporalCasts.converter(from, to);
      case UUID -> toUuid(from);
      case BYTES -> toBytes(from);
      default -> from.kind() == to.kind() ? UnaryOperator.identity() : null;
    };
  }

  private static UnaryOperator<Object> toBoolean(DataType from) {
    if (from.kind() == Kind.BOOLEAN) {
      return UnaryOperator.identity();
    }
    if (Types.isStringLike(from)) {
      return value -> parseBoolean((String) value);
    }
    if (Types.family(from.kind()) == Kind.DECIMAL) {
      return value -> ((BigDecimal) value).signum() != 0;
    }
    return Types.isNumeric(from) ? value -> Types.asDouble(value) != 0 : null;
  }

  private static Boolean parseBoolean(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "t", "yes", "y", "1" -> true;
      case "false", "f", "no", "n", "0" -> false;
      default -> throw new IllegalArgumentException("not a boolean (true/false/t/f/yes/no/1/0)");
    };
  }

  private static UnaryOperator<Object> integral(
      DataType from, long min, long max, LongFunction<Object> box) {
    ToLongFunction<Object> reader = longReader(from);
    if (reader == null) {
      return null;
    }
    return value -> {
      long l = reader.applyAsLong(value);
      if (l < min || l > max) {
        throw new ArithmeticException("out of range " + min + ".." + max);
      }
      return box.apply(l);
    };
  }

  private static ToLongFunction<Object> longReader(DataType from) {
    if (from.kind() == Kind.BOOLEAN) {
      return value -> (Boolean) value ? 1 : 0;
    }
    if (Types.isStringLike(from)) {
      return value -> truncate(new BigDecimal(((String) value).trim()));
    }
    Kind family = Types.isNumeric(from) ? Types.family(from.kind()) : null;
    if (family == null) {
      return null;
    }
    return switch (family) {
      case DECIMAL -> value -> truncate((BigDecimal) value);
      case FLOAT64 -> value -> truncate(Types.asDouble(value));
      default -> Types::asLong;
    };
  }

  private static long truncate(BigDecimal value) {
    return value.setScale(0, RoundingMode.DOWN).longValueExact();
  }

  private static long truncate(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ArithmeticException("not a finite number");
    }
    return truncate(BigDecimal.valueOf(value));
  }

  private static UnaryOperator<Object> toDecimal(DataType from, DataType to) {
    UnaryOperator<Object> reader;
    if (Types.isNumeric(from)) {
      reader = Types::asDecimal;
    } else if (Types.isStringLike(from)) {
      reader = value -> new BigDecimal(((String) value).trim());
    } else if (from.kind() == Kind.BOOLEAN) {
      reader = value -> (Boolean) value ? BigDecimal.ONE : BigDecimal.ZERO;
    } else {
      return null;
    }
    int scale = to.scale();
    int integerDigits = to.precision() - to.scale();
    return value -> {
      BigDecimal rounded = ((BigDecimal) reader.apply(value)).setScale(scale, RoundingMode.HALF_UP);
      if (rounded.precision() - rounded.scale() > integerDigits && rounded.signum() != 0) {
        throw new ArithmeticException("does not fit " + to);
      }
      return rounded;
    };
  }

  private static UnaryOperator<Object> toFloat64(DataType from) {
    if (Types.isNumeric(from)) {
      return Types::asDouble;
    }
    if (Types.isStringLike(from)) {
      return value -> Double.parseDouble(((String) value).trim());
    }
    return from.kind() == Kind.BOOLEAN ? value -> (Boolean) value ? 1.0 : 0.0 : null;
  }

  private static UnaryOperator<Object> toText(DataType from, int maxLength) {
    if (maxLength < 0) {
      return Types.isStringLike(from) ? UnaryOperator.identity() : ValueText::of;
    }
    return value -> {
      String text = ValueText.of(value);
      int length = text.codePointCount(0, text.length());
      return length <= maxLength ? text : text.substring(0, text.offsetByCodePoints(0, maxLength));
    };
  }

  private static UnaryOperator<Object> toUuid(DataType from) {
    if (from.kind() == Kind.UUID) {
      return UnaryOperator.identity();
    }
    return Types.isStringLike(from) ? value -> UUID.fromString(((String) value).trim()) : null;
  }

  private static UnaryOperator<Object> toBytes(DataType from) {
    if (from.kind() == Kind.BYTES) {
      return UnaryOperator.identity();
    }
    return Types.isStringLike(from)
        ? value -> ((String) value).getBytes(StandardCharsets.UTF_8)
        : null;
  }
}
