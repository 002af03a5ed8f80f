package io.tributary.api.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which tables a source captures: those whose whole {@code namespace.table} name matches one of
 * the include patterns and none of the exclude patterns, outside the namespaces the source never
 * captures (its system databases or schemas). The {@code tables} and {@code tables-exclude} keys
 * of every source mean this. Immutable.
 */
public final class TableFilter implements Predicate<TableId> {
  private final List<Pattern> include;
  private final List<Pattern> exclude;
  private final Predicate<String> systemNamespace;

  private TableFilter(List<Pattern> include, List<Pattern> exclude, Predicate<String> systemNamespace) {
    this.include = include;
    this.exclude = exclude;
    this.systemNamespace = systemNamespace;
  }

  /**
   * Parses the comma-separated pattern lists; commas inside {@code {}}, {@code []} or {@code ()}
   * or escaped with a backslash belong to a pattern.
   *
   * @throws IllegalArgumentException naming the pattern that does not compile
   */
  public static TableFilter of(String include, String exclude) {
    return new TableFilter(patterns(include), patterns(exclude), namespace -> false);
  }

  /** The same filter, also refusing every table of a namespace {@code system} accepts. */
  public TableFilter excludingNamespaces(Predicate<String> system) {
    return new TableFilter(include, exclude, systemNamespace.or(system));
  }

  @Override
  public boolean test(TableId table) {
    if (systemNamespace.test(table.namespace())) {
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
