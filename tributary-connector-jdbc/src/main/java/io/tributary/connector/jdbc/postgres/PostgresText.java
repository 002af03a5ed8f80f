package io.tributary.connector.jdbc.postgres;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.connector.jdbc.TemporalText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The PostgreSQL input text of a value, before COPY escaping: {@code t}/{@code f}, plain decimals,
 * shortest exact floats, {@code \x...} bytea, {@code 0101} bit strings of the declared length,
 * dates and times to the microsecond (years before 1 as {@code BC}), instants in UTC with an
 * explicit {@code +00}, array literals {@code {"a","b",NULL}}, and the special values
 * PostgreSQL has ({@code NaN}, {@code infinity}, {@code 24:00:00}).
 */
final class PostgresText {
  private static final HexFormat HEX = HexFormat.of();

  private PostgresText() {}

  /**
   * The text of a non-null value of the given logical type.
   *
   * @throws IllegalArgumentException when the value's class does not fit the value conventions
   */
  static String of(Object value, DataType type) {
    if (value instanceof String s) {
      return s;
    } else if (value instanceof Boolean b) {
      return b ? "t" : "f";
    } else if (value instanceof Number n) {
      return number(n);
    } else if (value instanceof byte[] b) {
      boolean bits = type != null && type.kind() == DataType.Kind.BITS;
      return bits ? bits(b, type.precision()) : bytea(b);
    } else if (value instanceof LocalDate d) {
      return date(d);
    } else if (value instanceof LocalTime t) {
      return TemporalText.time(t);
    } else if (value instanceof LocalDateTime t) {
      return dateTime(t, "");
    } else if (value instanceof Instant i) {
      return dateTime(TemporalText.utc(i), "+00");
    } else if (value instanceof UUID u) {
      return u.toString();
    } else if (value instanceof List<?> list) {
      return array(list, type == null ? null : type.element());
    } else if (value instanceof SpecialValue special) {
      return special(special, type);
    }
    throw new IllegalArgumentException("a value of class " + value.getClass().getName()
        + " cannot be a " + (type == null ? "value" : type.toString()));
  }

  /**
   * PostgreSQL's input for a special value: numeric {@code NaN}/{@code Infinity}/{@code -Infinity},
   * date and timestamp {@code infinity}/{@code -infinity}, time {@code 24:00:00}. A target column
   * that cannot hold it (a numeric with a precision and an infinity, say) refuses the row.
   */
  private static String special(SpecialValue special, DataType type) {
    boolean temporal = type != null && type.kind() != DataType.Kind.DECIMAL;
    return switch (special) {
      case POSITIVE_INFINITY -> temporal ? "infinity" : "Infinity";
      case NEGATIVE_INFINITY -> temporal ? "-infinity" : "-Infinity";
      case NAN, END_OF_DAY -> special.toString();
    };
  }

  private static String number(Number n) {
    if (n instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return n.toString();
  }

  static String bytea(byte[] bytes) {
    return "\\x" + HEX.formatHex(bytes);
  }

  /**
   * The last {@code length} bits of the big-endian bytes as a string of 0 and 1; all bits when the
   * length is not known (0).
   */
  static String bits(byte[] bytes, int length) {
    int total = bytes.length * 8;
    int n = length > 0 ? length : total;
    StringBuilder out = new StringBuilder(n);
    for (int i = n - 1; i >= 0; i--) {
      boolean set = i < total && (bytes[bytes.length - 1 - i / 8] >> (i % 8) & 1) == 1;
      out.append(set ? '1' : '0');
    }
    return out.toString();
  }

  private static String date(LocalDate d) {
    if (d.getYear() >= 1) {
      return TemporalText.date(d);
    }
    return TemporalText.date(d.withYear(1 - d.getYear())) + " BC";
  }

  private static String dateTime(LocalDateTime t, String zone) {
    if (t.getYear() >= 1) {
      return TemporalText.dateTime(t) + zone;
    }
    return TemporalText.dateTime(t.withYear(1 - t.getYear())) + zone + " BC";
  }

  /** An array literal; elements quoted, {@code "} and {@code \} escaped, NULL unquoted. */
  static String array(List<?> list, DataType element) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object v = list.get(i);
      if (v == null) {
        out.append("NULL");
      } else if (v instanceof List<?> nested) {
        out.append(array(nested, element == null ? null : element.element()));
      } else {
        out.append('"');
        String text = of(v, element);
        for (int k = 0; k < text.length(); k++) {
          char c = text.charAt(k);
          if (c == '"' || c == '\\') {
            out.append('\\');
          }
          out.append(c);
        }
        out.append('"');
      }
    }
    return out.append('}').toString();
  }
}
