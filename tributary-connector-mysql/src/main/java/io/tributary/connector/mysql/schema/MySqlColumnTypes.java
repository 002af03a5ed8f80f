package io.tributary.connector.mysql.schema;

import io.tributary.api.schema.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a MySQL/MariaDB {@code COLUMN_TYPE} text (e.g. {@code bigint(20) unsigned}, {@code
 * decimal(65,30)}, {@code enum('a','b')}) to a logical {@link DataType}, following the project's
 * MySQL mapping: unsigned integers widen to the next kind, {@code BIGINT UNSIGNED} becomes {@code
 * DECIMAL(20,0)}, {@code DATETIME} is a wall-clock {@code TIMESTAMP}, {@code TIMESTAMP} an instant.
 */
public final class MySqlColumnTypes {

  private MySqlColumnTypes() {}

  /**
   * The logical type of a column.
   *
   * @param columnType the {@code COLUMN_TYPE} text
   * @param json whether the column holds JSON (MySQL's JSON type, or MariaDB's LONGTEXT with a
   *     {@code json_valid} check)
   * @throws UnsupportedColumnTypeException when the type has no logical counterpart
   */
  public static DataType map(String columnType, boolean json) {
    String text = columnType.trim().toLowerCase(Locale.ROOT);
    String base = baseName(text);
    boolean unsigned = text.contains(" unsigned");
    if (json) {
      return DataType.json();
    }
    return switch (base) {
      case "tinyint" -> unsigned ? DataType.int16() : DataType.int8();
      case "smallint" -> unsigned ? DataType.int32() : DataType.int16();
      case "mediumint" -> DataType.int32();
      case "int", "integer" -> unsigned ? DataType.int64() : DataType.int32();
      case "bigint" -> unsigned ? DataType.decimal(20, 0) : DataType.int64();
      case "decimal", "numeric", "dec", "fixed" -> decimal(columnType, text);
      case "float" -> DataType.float32();
      case "double", "real", "double precision" -> DataType.float64();
      case "char", "varchar" -> DataType.string(firstNumber(text, -1));
      case "tinytext", "text", "mediumtext", "longtext" -> DataType.string(-1);
      case "binary", "varbinary" -> DataType.bytes(firstNumber(text, -1));
      case "tinyblob", "blob", "mediumblob", "longblob" -> DataType.bytes(-1);
      case "date" -> DataType.date();
      case "time" -> DataType.time(firstNumber(text, 0));
      case "datetime" -> DataType.timestamp(firstNumber(text, 0));
      case "timestamp" -> DataType.timestampTz(firstNumber(text, 0));
      case "year" -> DataType.int16();
      case "bit" -> DataType.bits(firstNumber(text, 1));
      case "enum" -> DataType.enumOf(symbols(columnType));
      case "set" -> DataType.setOf(symbols(columnType));
      case "json" -> DataType.json();
      default -> throw new UnsupportedColumnTypeException(columnType);
    };
  }

  /** The type name without length, precision or attributes: {@code int(10) unsigned} gives {@code int}. */
  public static String baseName(String columnType) {
    String text = columnType.trim().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < text.length() && text.charAt(end) != '(' && text.charAt(end) != ' ') {
      end++;
    }
    String base = text.substring(0, end);
    return base.equals("double") && text.startsWith("double precision") ? "double precision" : base;
  }

  /** Whether the integer type is UNSIGNED. */
  public static boolean isUnsigned(String columnType) {
    return columnType.toLowerCase(Locale.ROOT).contains(" unsigned");
  }

  private static DataType decimal(String original, String text) {
    int open = text.indexOf('(');
    if (open < 0) {
      return DataType.decimal(10, 0);
    }
    int close = text.indexOf(')', open);
    String[] parts = text.substring(open + 1, close).split(",");
    try {
      int precision = Integer.parseInt(parts[0].trim());
      int scale = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0;
      return DataType.decimal(precision, scale);
    } catch (NumberFormatException e) {
      throw new UnsupportedColumnTypeException(original);
    }
  }

  private static int firstNumber(String text, int absent) {
    int open = text.indexOf('(');
    if (open < 0) {
      return absent;
    }
    int close = text.indexOf(')', open);
    String inside = text.substring(open + 1, close < 0 ? text.length() : close);
    int comma = inside.indexOf(',');
    try {
      return Integer.parseInt((comma < 0 ? inside : inside.substring(0, comma)).trim());
    } catch (NumberFormatException e) {
      return absent;
    }
  }

  /**
   * The quoted values of {@code enum('a','b''c')} or {@code set(...)}, unescaped. The server
   * doubles quotes and writes backslash, newline, carriage return and NUL as {@code \\ \n \r \0}.
   */
  static List<String> symbols(String columnType) {
    List<String> out = new ArrayList<>();
    int i = columnType.indexOf('(') + 1;
    StringBuilder current = null;
    while (i > 0 && i < columnType.length()) {
      char c = columnType.charAt(i);
      if (current == null) {
        if (c == '\'') {
          current = new StringBuilder();
        } else if (c == ')') {
          break;
        }
      } else if (c == '\'' && i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
        current.append('\'');
        i++;
      } else if (c == '\'') {
        out.add(current.toString());
        current = null;
      } else if (c == '\\' && i + 1 < columnType.length()) {
        current.append(unescaped(columnType.charAt(++i)));
      } else {
        current.append(c);
      }
      i++;
    }
    return out;
  }

  /** The character a backslash escape in COLUMN_TYPE stands for. */
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
