package io.tributary.transform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON path of the simple form JSON_VALUE takes: {@code $}, then steps {@code .name}, {@code
 * ['name']} or {@code [index]}, e.g. {@code $.a.b[0]}.
 */
final class JsonPath {
  private final List<Object> steps;

  private JsonPath(List<Object> steps) {
    this.steps = steps;
  }

  static JsonPath parse(String text) {
    String path = text.trim();
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("a path starts with $");
    }
    List<Object> steps = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = nameEnd(path, i + 1);
        steps.add(path.substring(i + 1, end));
        i = end;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed [ at position " + (i + 1));
        }
        steps.add(bracket(path.substring(i + 1, end).trim()));
        i = end + 1;
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "' at position " + (i + 1));
      }
    }
    return new JsonPath(List.copyOf(steps));
  }

  private static int nameEnd(String path, int start) {
    int end = start;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    if (end == start) {
      throw new IllegalArgumentException("empty name at position " + start);
    }
    return end;
  }

  private static Object bracket(String inside) {
    if (inside.length() >= 2 && (inside.startsWith("'") || inside.startsWith("\""))) {
      return inside.substring(1, inside.length() - 1);
    }
    return Integer.parseInt(inside);
  }

  /** The node the path leads to, or null when it leads nowhere. */
  JsonNode find(JsonNode root) {
    JsonNode node = root;
    for (Object step : steps) {
      if (node == null) {
        return null;
      }
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node;
  }
}
