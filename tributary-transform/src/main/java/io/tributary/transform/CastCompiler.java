package io.tributary.transform;

import io.tributary.api.schema.DataType;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CAST(x AS type) and TRY_CAST(x AS type). Target types: INT/INTEGER, BIGINT, SMALLINT, TINYINT,
 * DECIMAL/NUMERIC(p[,s]) (default (10,0)), DOUBLE, FLOAT/REAL (FLOAT32), BOOLEAN, VARCHAR(n)/CHAR(n)
 * (cut to n characters; no padding), STRING/TEXT/VARCHAR/CHAR (unbounded), DATE, TIME,
 * TIMESTAMP[(p)] (default 6), TIMESTAMP_LTZ[(p)] (TIMESTAMP_TZ, default 6), BYTES/VARBINARY.
 *
 * <p>A cast between types that never convert is a compile error. A value that does not convert is
 * an error at row time naming the value for CAST, and NULL for TRY_CAST.
 */
final class CastCompiler {
  private static final Pattern TYPE =
      Pattern.compile("\\s*([A-Za-z_]+(?:\\s+[A-Za-z_]+)*)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");

  private CastCompiler() {}

  static Typed cast(Typed source, String typeText, boolean tryCast, Site site) {
    DataType target = targetType(typeText, site);
    UnaryOperator<Object> converter = Casts.converter(source.type(), target);
    String keyword = tryCast ? "TRY_CAST" : "CAST";
    if (converter == null) {
      throw site.error("cannot " + keyword + " " + source.type() + " to " + typeText
          + "; those types do not convert");
    }
    Evaluator operand = source.evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object value = operand.eval(row, context);
          if (value == null) {
            return null;
          }
          try {
            return converter.apply(value);
          } catch (RuntimeException e) {
            if (tryCast) {
              return null;
            }
            throw site.error("cannot CAST " + ValueText.quoted(value) + " to " + typeText + " ("
                + e.getMessage() + "); fix the value at the source, or use TRY_CAST to get NULL", e);
          }
        };
    return Typed.derived(target, evaluator, List.of(source));
  }

  static DataType targetType(String text, Site site) {
    Matcher m = TYPE.matcher(text);
    if (!m.matches()) {
      throw unsupported(text, site);
    }
    String name = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return switch (name) {
      case "INT", "INTEGER" -> DataType.int32();
      case "BIGINT" -> DataType.int64();
      case "SMALLINT" -> DataType.int16();
      case "TINYINT" -> DataType.int8();
      case "DECIMAL", "NUMERIC", "DEC" -> decimal(first == null ? 10 : first, second, text, site);
      case "DOUBLE", "DOUBLE PRECISION" -> DataType.float64();
      case "FLOAT", "REAL" -> DataType.float32();
      case "BOOLEAN", "BOOL" -> DataType.bool();
      case "VARCHAR", "CHAR", "CHARACTER", "STRING", "TEXT" -> DataType.string(first == null ? -1 : first);
      case "DATE" -> DataType.date();
      case "TIME" -> DataType.time(first == null ? 0 : Math.min(first, 6));
      case "TIMESTAMP" -> DataType.timestamp(first == null ? 6 : Math.min(first, 6));
      case "TIMESTAMP_LTZ" -> DataType.timestampTz(first == null ? 6 : Math.min(first, 6));
      case "BYTES", "VARBINARY", "BINARY" -> DataType.bytes(first == null ? -1 : first);
      default -> throw unsupported(text, site);
    };
  }

  private static DataType decimal(int precision, int scale, String text, Site site) {
    if (precision < 1 || precision > Types.MAX_PRECISION || scale > precision) {
      throw site.error("invalid type " + text + ": DECIMAL(p,s) needs 1 <= p <= 38 and s <= p");
    }
    return DataType.decimal(precision, scale);
  }

  private static TransformException unsupported(String text, Site site) {
    return site.error("cannot CAST to " + text + "; supported types are INT, INTEGER, BIGINT, "
        + "SMALLINT, TINYINT, DECIMAL(p,s), DOUBLE, FLOAT, BOOLEAN, VARCHAR(n), STRING, CHAR, "
        + "DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ, BYTES");
  }
}
