package io.tributary.connector.postgres;

import io.tributary.api.schema.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which tables are captured: those whose {@code schema.table} matches one of the include patterns
 * and none of the exclude patterns, outside the system schemas.
 */
public final class TableFilter implements Predicate<TableId> {
  /** Schemas never captured. */
  public static final Set<String> SYSTEM_SCHEMAS = Set.of("pg_catalog", "information_schema", "pg_toast");

  private final List<Pattern> include;
  private final List<Pattern> exclude;

  private TableFilter(List<Pattern> include, List<Pattern> exclude) {
    this.include = include;
    this.exclude = exclude;
  }

  /**
   * Parses the comma-separated pattern lists; commas inside {@code {}}, {@code []} or {@code ()}
   * or escaped with a backslash belong to a pattern.
   *
   * @throws IllegalArgumentException naming the pattern that does not compile
   */
  public static TableFilter of(String include, String exclude) {
    return new TableFilter(patterns(include), patterns(exclude));
  }

  @Override
  public boolean test(TableId table) {
    if (SYSTEM_SCHEMAS.contains(table.namespace()) || table.namespace().startsWith("pg_temp")) {
      return false;
    }
    String name = table.namespace() + "." + table.name();
    return matchesAny(include, name) && !matchesAny(exclude, name);
  }

  private static boolean matchesAny(List<Pattern> patterns, String name) {
    for (Pattern p : patterns) {
      if (p.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  static List<Pattern> patterns(String text) {
    List<Pattern> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : split(text)) {
      String trimmed = part.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        out.add(Pattern.compile(trimmed));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("'" + trimmed + "' is not a valid regular expression: " + e.getDescription());
      }
    }
    return out;
  }

  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == ',' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      }
      depth += (c == '{' || c == '[' || c == '(') ? 1 : (c == '}' || c == ']' || c == ')') ? -1 : 0;
      depth = Math.max(depth, 0);
      current.append(c);
    }
    parts.add(current.toString());
    return parts;
  }

  @Override
  public String toString() {
    return "include " + include + ", exclude " + exclude;
  }
}
