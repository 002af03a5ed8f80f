package io.tributary.formats.value;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MySQL type text ({@code COLUMN_TYPE} as Canal's {@code mysqlType} prints it) ↔ {@link DataType},
 * following the project's MySQL mapping (unsigned integers widen, {@code BIGINT UNSIGNED} is
 * {@code DECIMAL(20,0)}, {@code DATETIME} a wall-clock TIMESTAMP, {@code TIMESTAMP} an instant).
 *
 * <p>Every logical type has a text that maps back to it exactly, with four extensions MySQL does
 * not print: {@code boolean} (BOOLEAN; MySQL prints {@code tinyint(1)}, which is INT8), {@code
 * uuid} (UUID, MariaDB's type name), bare {@code numeric} (a DECIMAL without declared precision and
 * scale, {@code DECIMAL(0,-1)}; MySQL always prints {@code decimal(p,s)}) and a {@code []} suffix
 * for ARRAY ({@code int[]}).
 */
public final class MySqlTypeText {

  private MySqlTypeText() {}

  /**
   * The logical type of a MySQL type text; case and display widths do not matter.
   *
   * @throws IllegalArgumentException when the type has no logical counterpart (spatial types,
   *     MariaDB's {@code inet6}, ...) or the text is malformed
   */
  public static DataType parse(String text) {
    String trimmed = text.trim();
    if (trimmed.endsWith("[]")) {
      return DataType.arrayOf(parse(trimmed.substring(0, trimmed.length() - 2)));
    }
    int open = trimmed.indexOf('(');
    int close = open < 0 ? -1 : closingParenthesis(trimmed, open);
    String args = open < 0 ? null : trimmed.substring(open + 1, close);
    String words = (open < 0 ? trimmed : trimmed.substring(0, open) + " " + trimmed.substring(close + 1))
        .toLowerCase(Locale.ROOT).trim();
    String[] parts = words.split("\\s+", -1);
    boolean unsigned = words.contains("unsigned") || words.contains("zerofill");
    return switch (parts[0]) {
      case "boolean", "bool" -> DataType.bool();
      case "tinyint" -> unsigned ? DataType.int16() : DataType.int8();
      case "smallint" -> unsigned ? DataType.int32() : DataType.int16();
      case "mediumint" -> DataType.int32();
      case "int", "integer" -> unsigned ? DataType.int64() : DataType.int32();
      case "bigint" -> unsigned ? DataType.decimal(20, 0) : DataType.int64();
      case "decimal", "dec", "fixed" -> args == null ? DataType.decimal(10, 0) : decimal(args);
      case "numeric" -> args == null ? DataType.decimal(0, -1) : decimal(args);
      case "float" -> args != null && !args.contains(",") && number(args) > 24 ? DataType.float64() : DataType.float32();
      case "double", "real" -> DataType.float64();
      case "char" -> DataType.string(args == null ? 1 : number(args));
      case "varchar" -> DataType.string(args == null ? -1 : number(args));
      case "tinytext", "text", "mediumtext", "longtext" -> DataType.string(-1);
      case "binary" -> DataType.bytes(args == null ? 1 : number(args));
      case "varbinary" -> DataType.bytes(args == null ? -1 : number(args));
      case "tinyblob", "blob", "mediumblob", "longblob" -> DataType.bytes(-1);
      case "date" -> DataType.date();
      case "time" -> DataType.time(fraction(args));
      case "datetime" -> DataType.timestamp(fraction(args));
      case "timestamp" -> DataType.timestampTz(fraction(args));
      case "year" -> DataType.int16();
      case "bit" -> DataType.bits(args == null ? 1 : number(args));
      case "enum" -> DataType.enumOf(symbols(args));
      case "set" -> DataType.setOf(symbols(args));
      case "json" -> DataType.json();
      case "uuid" -> DataType.uuid();
      default -> throw new IllegalArgumentException("type '" + text + "' has no Tributary logical type");
    };
  }

  /** The text {@link #parse} maps back to {@code type}. */
  public static String format(DataType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case INT8 -> "tinyint";
      case INT16 -> "smallint";
      case INT32 -> "int";
      case INT64 -> "bigint";
      case DECIMAL -> unconstrained(type) ? "numeric" : "decimal(" + type.precision() + "," + type.scale() + ")";
      case FLOAT32 -> "float";
      case FLOAT64 -> "double";
      case STRING -> type.precision() < 0 ? "longtext" : "varchar(" + type.precision() + ")";
      case BYTES -> type.precision() < 0 ? "longblob" : "varbinary(" + type.precision() + ")";
      case BITS -> "bit(" + type.precision() + ")";
      case DATE -> "date";
      case TIME -> withFraction("time", type);
      case TIMESTAMP -> withFraction("datetime", type);
      case TIMESTAMP_TZ -> withFraction("timestamp", type);
      case JSON -> "json";
      case UUID -> "uuid";
      case ENUM -> "enum(" + quoted(type.symbols()) + ")";
      case SET -> "set(" + quoted(type.symbols()) + ")";
      case ARRAY -> format(type.element()) + "[]";
    };
  }

  /** The {@link java.sql.Types} code of a logical type, as Canal and Debezium report MySQL columns. */
  public static int jdbcType(DataType type) {
    return switch (type.kind()) {
      case BOOLEAN -> java.sql.Types.BOOLEAN;
      case INT8 -> java.sql.Types.TINYINT;
      case INT16 -> java.sql.Types.SMALLINT;
      case INT32 -> java.sql.Types.INTEGER;
      case INT64 -> java.sql.Types.BIGINT;
      case DECIMAL -> java.sql.Types.DECIMAL;
      case FLOAT32 -> java.sql.Types.REAL;
      case FLOAT64 -> java.sql.Types.DOUBLE;
      case STRING -> type.precision() < 0 ? java.sql.Types.CLOB : java.sql.Types.VARCHAR;
      case BYTES -> type.precision() < 0 ? java.sql.Types.BLOB : java.sql.Types.VARBINARY;
      case BITS -> java.sql.Types.BIT;
      case DATE -> java.sql.Types.DATE;
      case TIME -> java.sql.Types.TIME;
      case TIMESTAMP, TIMESTAMP_TZ -> java.sql.Types.TIMESTAMP;
      case JSON, ENUM, SET -> java.sql.Types.VARCHAR;
      case UUID -> java.sql.Types.CHAR;
      case ARRAY -> java.sql.Types.ARRAY;
    };
  }

  /**
   * The text for a column: its {@code sourceType} when that is MySQL text of the same logical type
   * (so {@code bigint(20) unsigned} survives), else {@link #format} of its type.
   */
  public static String of(Column column) {
    String source = column.sourceType();
    if (source != null) {
      try {
        if (parse(source).equals(column.type())) {
          return source;
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        // not MySQL text (e.g. a PostgreSQL type): use the logical type's text
      }
    }
    return format(column.type());
  }

  /**
   * The logical type from a type name and separate length, scale and symbols, as Debezium's {@code
   * __debezium.source.column.*} parameters and schema-change {@code tableChanges} give them.
   *
   * @param name e.g. {@code DECIMAL}, {@code INT UNSIGNED}, {@code ENUM}, or a full text such as
   *     {@code varchar(10)[]}
   * @param length the length or precision, or null
   * @param scale the scale, or null
   * @param symbols ENUM and SET values, or null
   */
  public static DataType compose(String name, Integer length, Integer scale, List<String> symbols) {
    String base = name.trim().toLowerCase(Locale.ROOT);
    if ((base.startsWith("enum") || base.startsWith("set")) && !base.contains("(") && symbols != null) {
      return base.startsWith("enum") ? DataType.enumOf(symbols) : DataType.setOf(symbols);
    }
    if (length == null || name.contains("(") || name.endsWith("[]")) {
      return parse(name);
    }
    return parse(name + "(" + length + (scale == null ? "" : "," + scale) + ")");
  }

  /** A DECIMAL without declared precision and scale (PostgreSQL's bare {@code numeric}). */
  public static boolean unconstrained(DataType type) {
    return type.kind() == DataType.Kind.DECIMAL && type.precision() == 0 && type.scale() == -1;
  }

  private static String withFraction(String name, DataType type) {
    return type.precision() == 0 ? name : name + "(" + type.precision() + ")";
  }

  private static DataType decimal(String args) {
    int comma = args.indexOf(',');
    return comma < 0 ? DataType.decimal(number(args), 0)
        : DataType.decimal(number(args.substring(0, comma)), number(args.substring(comma + 1)));
  }

  private static int fraction(String args) {
    int digits = args == null ? 0 : number(args);
    if (digits < 0 || digits > 9) {
      throw new IllegalArgumentException("fractional-second digits " + digits + " are outside 0..9");
    }
    return digits;
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number", e);
    }
  }

  /** Index of the ')' closing the '(' at {@code open}, skipping quoted ENUM/SET values. */
  private static int closingParenthesis(String text, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '\'') {
        quoted = !quoted;
      } else if (c == ')' && !quoted) {
        return i;
      }
    }
    throw new IllegalArgumentException("'" + text + "' has an unclosed parenthesis");
  }

  private static String quoted(List<String> symbols) {
    StringBuilder out = new StringBuilder();
    for (String symbol : symbols) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append('\'').append(symbol.replace("\\", "\\\\").replace("'", "''")).append('\'');
    }
    return out.toString();
  }

  /**
   * The values of {@code 'a','b''c'}, unescaped: doubled quotes, and backslash escapes as the
   * server writes them ({@code \\ \n \r \t \0}).
   */
  static List<String> symbols(String args) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (int i = 0; i < args.length(); i++) {
      char c = args.charAt(i);
      if (current == null) {
        if (c == '\'') {
          current = new StringBuilder();
        } else if (c != ',' && !Character.isWhitespace(c)) {
          throw new IllegalArgumentException("ENUM/SET values must be quoted: (" + args + ")");
        }
      } else if (c == '\'' && i + 1 < args.length() && args.charAt(i + 1) == '\'') {
        current.append('\'');
        i++;
      } else if (c == '\'') {
        out.add(current.toString());
        current = null;
      } else if (c == '\\' && i + 1 < args.length()) {
        current.append(unescaped(args.charAt(++i)));
      } else {
        current.append(c);
      }
    }
    if (current != null) {
      throw new IllegalArgumentException("ENUM/SET value not closed: (" + args + ")");
    }
    return out;
  }

  private static char unescaped(char code) {
    return switch (code) {
      case '0' -> '\0';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'b' -> '\b';
      case 'Z' -> '\u001a';
      default -> code;
    };
  }
}
