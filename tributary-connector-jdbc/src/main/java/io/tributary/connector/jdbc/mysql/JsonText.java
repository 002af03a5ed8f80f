package io.tributary.connector.jdbc.mysql;

import io.tributary.connector.jdbc.TemporalText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;

/**
 * ARRAY values as JSON text, for targets without arrays: numbers and booleans as JSON literals,
 * everything else as strings (bytes in base64, dates and times as SQL text, instants in UTC),
 * nested lists as nested arrays. NaN and infinities, which JSON cannot hold, become strings.
 */
final class JsonText {
  private JsonText() {}

  static String array(List<?> list) {
    StringBuilder out = new StringBuilder();
    appendArray(out, list);
    return out.toString();
  }

  private static void appendArray(StringBuilder out, List<?> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      appendValue(out, list.get(i));
    }
    out.append(']');
  }

  private static void appendValue(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof List<?> nested) {
      appendArray(out, nested);
    } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer
        || v instanceof Short || v instanceof Byte) {
      out.append(v);
    } else if (v instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if ((v instanceof Double || v instanceof Float)
        && Double.isFinite(((Number) v).doubleValue())) {
      out.append(v);
    } else {
      appendString(out, text(v));
    }
  }

  private static String text(Object v) {
    if (v instanceof byte[] b) {
      return Base64.getEncoder().encodeToString(b);
    } else if (v instanceof LocalDate d) {
      return TemporalText.date(d);
    } else if (v instanceof LocalTime t) {
      return TemporalText.time(t);
    } else if (v instanceof LocalDateTime t) {
      return TemporalText.dateTime(t);
    } else if (v instanceof Instant i) {
      return TemporalText.dateTime(TemporalText.utc(i)) + "Z";
    }
    return v.toString();
  }

  static void appendString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
