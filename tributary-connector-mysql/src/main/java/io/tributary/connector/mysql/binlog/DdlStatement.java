package io.tributary.connector.mysql.binlog;

import io.tributary.api.schema.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few DDL statements the binlog reader acts on, recognised from a QUERY event's text: {@code
 * TRUNCATE [TABLE] t}, {@code DROP TABLE [IF EXISTS] t1, t2} and {@code DROP DATABASE|SCHEMA d}.
 * Comments are ignored; unqualified names take the event's default database. Everything else
 * (ALTER, CREATE, ...) is seen through the table maps instead.
 *
 * @param kind what the statement does
 * @param tables the tables it names (for DROP DATABASE: none)
 * @param database the dropped database (DROP DATABASE only), else null
 */
record DdlStatement(Kind kind, List<TableId> tables, String database) {

  /** The statements recognised. */
  enum Kind {
    TRUNCATE,
    DROP_TABLE,
    DROP_DATABASE
  }

  private static final String NAME = "(?:`(?:[^`]|``)+`|[\\p{L}\\p{N}_$]+)";
  private static final String QUALIFIED = NAME + "(?:\\s*\\.\\s*" + NAME + ")?";
  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|--[^\\n]*|#[^\\n]*", Pattern.DOTALL);
  private static final Pattern TRUNCATE =
      Pattern.compile("TRUNCATE\\s+(?:TABLE\\s+)?(" + QUALIFIED + ")\\s*;?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DROP_TABLE =
      Pattern.compile(
          "DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(" + QUALIFIED + "(?:\\s*,\\s*" + QUALIFIED + ")*)"
              + "(?:\\s+(?:RESTRICT|CASCADE))?\\s*;?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DROP_DATABASE =
      Pattern.compile("DROP\\s+(?:DATABASE|SCHEMA)\\s+(?:IF\\s+EXISTS\\s+)?(" + NAME + ")\\s*;?", Pattern.CASE_INSENSITIVE);
  private static final Pattern ONE_NAME = Pattern.compile(QUALIFIED);

  /** The statement, or null when it is none of the recognised ones. */
  static DdlStatement parse(String sql, String defaultDatabase) {
    String text = COMMENTS.matcher(sql).replaceAll(" ").trim();
    String upper = text.toUpperCase(Locale.ROOT);
    if (!upper.startsWith("TRUNCATE") && !upper.startsWith("DROP")) {
      return null;
    }
    Matcher m = TRUNCATE.matcher(text);
    if (m.matches()) {
      return new DdlStatement(Kind.TRUNCATE, names(m.group(1), defaultDatabase), null);
    }
    m = DROP_TABLE.matcher(text);
    if (m.matches()) {
      return new DdlStatement(Kind.DROP_TABLE, names(m.group(1), defaultDatabase), null);
    }
    m = DROP_DATABASE.matcher(text);
    if (m.matches()) {
      return new DdlStatement(Kind.DROP_DATABASE, List.of(), unquote(m.group(1)));
    }
    return null;
  }

  private static List<TableId> names(String list, String defaultDatabase) {
    List<TableId> out = new ArrayList<>();
    Matcher m = ONE_NAME.matcher(list);
    while (m.find()) {
      List<String> parts = splitQualified(m.group());
      if (parts.size() == 2) {
        out.add(new TableId(parts.get(0), parts.get(1)));
      } else if (defaultDatabase != null && !defaultDatabase.isEmpty()) {
        out.add(new TableId(defaultDatabase, parts.get(0)));
      }
    }
    return out;
  }

  private static List<String> splitQualified(String name) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '`') {
        current.append(c);
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        parts.add(unquote(current.toString().trim()));
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(unquote(current.toString().trim()));
    return parts;
  }

  private static String unquote(String name) {
    if (name.length() >= 2 && name.startsWith("`") && name.endsWith("`")) {
      return name.substring(1, name.length() - 1).replace("``", "`");
    }
    return name;
  }
}
