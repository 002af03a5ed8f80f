package io.tributary.transform;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import java.math.BigDecimal;

/**
 * Type rules of the expression language: numeric families and promotion (INT32 &lt; INT64 &lt;
 * DECIMAL &lt; FLOAT64; INT8 and INT16 compute as INT32, FLOAT32 as FLOAT64), DECIMAL precision
 * and scale (at most 38 digits), and the common type of operands that meet (comparisons, CASE,
 * COALESCE, IN).
 */
final class Types {
  static final int MAX_PRECISION = 38;
  static final DataType STRING = DataType.string(-1);

  private Types() {}

  static boolean isNumeric(DataType type) {
    return type != null && family(type.kind()) != null;
  }

  /** STRING and the kinds whose values are Strings with a meaning: ENUM, SET, JSON. */
  static boolean isStringLike(DataType type) {
    return type != null
        && switch (type.kind()) {
          case STRING, ENUM, SET, JSON -> true;
          default -> false;
        };
  }

  static boolean isTemporal(DataType type) {
    return type != null
        && switch (type.kind()) {
          case DATE, TIMESTAMP, TIMESTAMP_TZ -> true;
          default -> false;
        };
  }

  /** The kind a numeric kind computes as, or null when the kind is not numeric. */
  static Kind family(Kind kind) {
    return switch (kind) {
      case INT8, INT16, INT32 -> Kind.INT32;
      case INT64 -> Kind.INT64;
      case DECIMAL -> Kind.DECIMAL;
      case FLOAT32, FLOAT64 -> Kind.FLOAT64;
      default -> null;
    };
  }

  /** A numeric type seen as a DECIMAL (integers get scale 0 and the digits they can hold). */
  static DataType asDecimal(DataType type) {
    return switch (type.kind()) {
      case INT8 -> DataType.decimal(3, 0);
      case INT16 -> DataType.decimal(5, 0);
      case INT32 -> DataType.decimal(10, 0);
      case INT64 -> DataType.decimal(19, 0);
      default -> type;
    };
  }

  /** A DECIMAL type, its precision capped at 38 digits by giving up scale first. */
  static DataType decimal(int precision, int scale) {
    if (precision > MAX_PRECISION) {
      scale = Math.max(0, scale - (precision - MAX_PRECISION));
      precision = MAX_PRECISION;
    }
    return DataType.decimal(Math.max(precision, 1), Math.min(scale, MAX_PRECISION));
  }

  /** The type two numeric types compute in. */
  static DataType promote(DataType a, DataType b) {
    Kind fa = family(a.kind());
    Kind fb = family(b.kind());
    Kind wider = fa.ordinal() >= fb.ordinal() ? fa : fb;
    if (wider == Kind.DECIMAL) {
      DataType da = asDecimal(a);
      DataType db = asDecimal(b);
      int scale = Math.max(da.scale(), db.scale());
      int digits = Math.max(da.precision() - da.scale(), db.precision() - db.scale());
      return decimal(digits + scale, scale);
    }
    if (fa == fb && a.kind() == b.kind()) {
      return a;
    }
    return switch (wider) {
      case INT32 -> DataType.int32();
      case INT64 -> DataType.int64();
      default -> DataType.float64();
    };
  }

  /**
   * The type values of {@code a} and {@code b} both convert to without loss, or null when there is
   * none. The NULL literal (null) fits any type.
   */
  static DataType common(DataType a, DataType b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    if (isNumeric(a) && isNumeric(b)) {
      return promote(a, b);
    }
    if (isStringLike(a) && isStringLike(b)) {
      return a.kind() == Kind.STRING && a.equals(b) ? a : STRING;
    }
    if (a.kind() == b.kind()) {
      return a.precision() >= b.precision() ? a : b;
    }
    if (isTemporal(a) && isTemporal(b) && (a.kind() == Kind.DATE || b.kind() == Kind.DATE)) {
      return a.kind() == Kind.DATE ? b : a;
    }
    return null;
  }

  /** The output type of a computed column: a NULL literal becomes an unbounded STRING. */
  static DataType orString(DataType type) {
    return type == null ? STRING : type;
  }

  static int asInt(Object value) {
    return ((Number) value).intValue();
  }

  static long asLong(Object value) {
    return ((Number) value).longValue();
  }

  static double asDouble(Object value) {
    return ((Number) value).doubleValue();
  }

  static BigDecimal asDecimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    return BigDecimal.valueOf(((Number) value).longValue());
  }
}
