package io.tributary.connector.jdbc.mysql;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MySQL column types of a table. A column whose {@link Column#sourceType()} is a MySQL column
 * type fitting its logical type keeps it (a MySQL source's {@code bigint(20) unsigned} stays so);
 * any other column is mapped from its logical type. Tables are utf8mb4, so {@code varchar(n)}
 * costs up to 4n bytes of MySQL's 65,535-byte row limit: string and byte columns that no longer
 * fit become {@code longtext}/{@code longblob}. Key columns need bounded types within InnoDB's
 * 3072-byte key limit: an unbounded or longer key string becomes {@code varchar(768)} (768 × 4
 * bytes) when it is the whole key, an unbounded key byte string {@code varbinary(3072)}; in a
 * composite key such columns share what the other key columns leave.
 */
public final class MySqlTypes {
  static final int MAX_VARCHAR = 16_383;
  static final int KEY_BYTES = 3072;
  static final int KEY_VARCHAR = KEY_BYTES / 4;
  static final int MAX_VARBINARY = 65_532;
  static final int ROW_LIMIT = 65_535;

  private static final Pattern MYSQL_TYPE =
      Pattern.compile("([a-z]+)(\\(.*\\))?( unsigned)?( zerofill)?", Pattern.DOTALL);
  private static final Pattern LENGTH = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");

  /** MySQL type names (as in COLUMN_TYPE) and the logical kinds they may carry. */
  private static final Map<String, Set<Kind>> REUSABLE = Map.ofEntries(
      Map.entry("tinyint", EnumSet.of(Kind.INT8, Kind.INT16, Kind.BOOLEAN)),
      Map.entry("smallint", EnumSet.of(Kind.INT16, Kind.INT32)),
      Map.entry("mediumint", EnumSet.of(Kind.INT32)),
      Map.entry("int", EnumSet.of(Kind.INT32, Kind.INT64)),
      Map.entry("bigint", EnumSet.of(Kind.INT64, Kind.DECIMAL)),
      Map.entry("decimal", EnumSet.of(Kind.DECIMAL)),
      Map.entry("float", EnumSet.of(Kind.FLOAT32)),
      Map.entry("double", EnumSet.of(Kind.FLOAT64)),
      Map.entry("bit", EnumSet.of(Kind.BITS)),
      Map.entry("char", EnumSet.of(Kind.STRING)),
      Map.entry("varchar", EnumSet.of(Kind.STRING)),
      Map.entry("tinytext", EnumSet.of(Kind.STRING)),
      Map.entry("mediumtext", EnumSet.of(Kind.STRING)),
      Map.entry("longtext", EnumSet.of(Kind.STRING)),
      Map.entry("binary", EnumSet.of(Kind.BYTES)),
      Map.entry("varbinary", EnumSet.of(Kind.BYTES)),
      Map.entry("tinyblob", EnumSet.of(Kind.BYTES)),
      Map.entry("blob", EnumSet.of(Kind.BYTES)),
      Map.entry("mediumblob", EnumSet.of(Kind.BYTES)),
      Map.entry("longblob", EnumSet.of(Kind.BYTES)),
      Map.entry("date", EnumSet.of(Kind.DATE)),
      Map.entry("time", EnumSet.of(Kind.TIME)),
      Map.entry("datetime", EnumSet.of(Kind.TIMESTAMP)),
      Map.entry("timestamp", EnumSet.of(Kind.TIMESTAMP_TZ)),
      Map.entry("year", EnumSet.of(Kind.INT16)),
      Map.entry("enum", EnumSet.of(Kind.ENUM)),
      Map.entry("set", EnumSet.of(Kind.SET)),
      Map.entry("json", EnumSet.of(Kind.JSON)));

  private MySqlTypes() {}

  /** The type of every column of the table, in column order. */
  public static List<String> of(TableSchema schema) {
    List<String> out = new ArrayList<>(schema.columns().size());
    String[] keyTypes = keyTypes(schema);
    int rowBytes = 0;
    for (int i = 0; i < schema.columns().size(); i++) {
      Column c = schema.columns().get(i);
      String type = keyTypes[i];
      if (type == null) {
        type = reusable(c, false);
        type = type != null ? type : mapped(c.type(), false);
        if (rowBytes + rowBytes(type) > ROW_LIMIT) {
          type = unbounded(type);
        }
      }
      rowBytes += rowBytes(type);
      out.add(type);
    }
    return out;
  }

  /**
   * The types of the key columns (null for the others). Key strings and byte strings without a
   * usable length share what the fixed key columns leave of InnoDB's 3072-byte key limit.
   */
  private static String[] keyTypes(TableSchema schema) {
    String[] types = new String[schema.columns().size()];
    List<Integer> flexible = new ArrayList<>();
    int fixedBytes = 0;
    for (int i : schema.primaryKeyIndexes()) {
      Column c = schema.columns().get(i);
      String type = reusable(c, true);
      type = type != null ? type : mapped(c.type(), true);
      if (type == null) {
        flexible.add(i);
      } else {
        types[i] = type;
        fixedBytes += rowBytes(type);
      }
    }
    int share = flexible.isEmpty() ? 0 : Math.max(4, (KEY_BYTES - fixedBytes) / flexible.size());
    for (int i : flexible) {
      Kind kind = schema.columns().get(i).type().kind();
      boolean text = kind != Kind.BYTES && kind != Kind.BITS;
      types[i] = text ? "varchar(" + Math.min(KEY_VARCHAR, share / 4) + ")"
          : "varbinary(" + Math.min(KEY_BYTES, share) + ")";
    }
    return types;
  }

  /** The source's own type when it is a MySQL column type fitting the logical type, else null. */
  static String reusable(Column column, boolean key) {
    if (column.sourceType() == null) {
      return null;
    }
    String text = column.sourceType().trim().toLowerCase(Locale.ROOT);
    Matcher m = MYSQL_TYPE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    Set<Kind> kinds = REUSABLE.get(m.group(1));
    if (kinds == null || !kinds.contains(column.type().kind())) {
      return null;
    }
    if (key && (text.contains("text") || text.contains("blob"))) {
      return null;
    }
    int limit = key ? KEY_VARCHAR : MAX_VARCHAR;
    if (m.group(1).endsWith("char") && length(text) > limit) {
      return null;
    }
    boolean symbols = m.group(1).equals("enum") || m.group(1).equals("set");
    return symbols ? column.sourceType().trim() : text;
  }

  /**
   * The type mapped from the logical type alone; for a key column, null when it is a string or
   * byte string whose length must be chosen from what the rest of the key leaves.
   */
  static String mapped(DataType type, boolean key) {
    int p = type.precision();
    return switch (type.kind()) {
      case BOOLEAN -> "tinyint(1)";
      case INT8 -> "tinyint";
      case INT16 -> "smallint";
      case INT32 -> "int";
      case INT64 -> "bigint";
      case DECIMAL -> decimal(p, type.scale());
      case FLOAT32 -> "float";
      case FLOAT64 -> "double";
      case STRING -> string(p, key);
      case BYTES -> bytes(p, key);
      case BITS -> p >= 1 && p <= 64 ? "bit(" + p + ")" : bytes(p > 0 ? (p + 7) / 8 : -1, key);
      case DATE -> "date";
      case TIME -> "time(" + fraction(p) + ")";
      case TIMESTAMP -> "datetime(" + fraction(p) + ")";
      case TIMESTAMP_TZ -> "timestamp(" + fraction(p) + ")";
      case JSON, ARRAY -> "json";
      case UUID -> "char(36)";
      case ENUM -> type.symbols().isEmpty()
          ? string(-1, key) : "enum(" + literals(type.symbols()) + ")";
      case SET -> type.symbols().isEmpty() || type.symbols().size() > 64
          ? string(-1, key) : "set(" + literals(type.symbols()) + ")";
    };
  }

  private static String decimal(int p, int s) {
    if (p <= 0) {
      return "decimal(65,30)";
    }
    if (p <= 65 && s >= 0 && s <= 30 && s <= p) {
      return "decimal(" + p + "," + s + ")";
    }
    return "varchar(" + (Math.max(p, s) + 2) + ")";
  }

  private static String string(int n, boolean key) {
    if (key) {
      return n > 0 && n <= KEY_VARCHAR ? "varchar(" + n + ")" : null;
    }
    return n > 0 && n <= MAX_VARCHAR ? "varchar(" + n + ")" : "longtext";
  }

  private static String bytes(int n, boolean key) {
    if (key) {
      return n > 0 && n <= KEY_BYTES ? "varbinary(" + n + ")" : null;
    }
    return n > 0 && n <= MAX_VARBINARY ? "varbinary(" + n + ")" : "longblob";
  }

  private static String unbounded(String bounded) {
    if (bounded.startsWith("varchar") || bounded.startsWith("char")) {
      return "longtext";
    }
    if (bounded.startsWith("varbinary") || bounded.startsWith("binary")) {
      return "longblob";
    }
    return bounded;
  }

  private static int fraction(int digits) {
    return Math.max(0, Math.min(6, digits));
  }

  /** Quoted string literals for ENUM and SET, quotes and backslashes escaped. */
  static String literals(List<String> symbols) {
    List<String> out = new ArrayList<>(symbols.size());
    for (String s : symbols) {
      out.add("'" + s.replace("\\", "\\\\").replace("'", "''") + "'");
    }
    return String.join(",", out);
  }

  /** About how many bytes a column of this type counts toward the row limit. */
  static int rowBytes(String type) {
    int n = length(type);
    if (type.startsWith("varchar")) {
      return 4 * n + 2;
    } else if (type.startsWith("char")) {
      return 4 * n;
    } else if (type.startsWith("varbinary")) {
      return n + 2;
    } else if (type.startsWith("binary")) {
      return n;
    } else if (type.startsWith("decimal")) {
      return n / 2 + 2;
    } else if (type.contains("text") || type.contains("blob") || type.equals("json")) {
      return 12;
    }
    return 8;
  }

  private static int length(String type) {
    Matcher m = LENGTH.matcher(type);
    if (m.find()) {
      try {
        return Integer.parseInt(m.group(1));
      } catch (NumberFormatException e) {
        return Integer.MAX_VALUE / 8;
      }
    }
    return 0;
  }
}
