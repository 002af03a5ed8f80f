package io.tributary.connector.postgres.value;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses PostgreSQL's text form of a one-dimensional array: {@code {1,2,NULL}}, {@code
 * {"a,b","say \"hi\"",NULL,"NULL"}}, {@code {}}, optionally preceded by explicit bounds ({@code
 * [0:2]={...}}). Unquoted {@code NULL} (any case) is null; a quoted one is the text. Backslash
 * escapes the next character; whitespace around unquoted elements is dropped. Multi-dimensional
 * arrays are refused: their values have no place in a flat list.
 */
public final class ArrayText {
  private final String text;
  private int at;

  private ArrayText(String text) {
    this.text = text;
  }

  /** The elements, each passed through {@code element} (which never sees null). */
  public static List<Object> parse(String text, Function<String, Object> element) {
    ArrayText parser = new ArrayText(text);
    parser.skipBounds();
    return parser.elements(element);
  }

  private void skipBounds() {
    if (text.startsWith("[")) {
      int eq = text.indexOf('=');
      if (eq < 0) {
        throw malformed();
      }
      if (text.indexOf('[', 1) >= 0 && text.indexOf('[', 1) < eq) {
        throw multiDimensional();
      }
      at = eq + 1;
    }
  }

  private List<Object> elements(Function<String, Object> element) {
    expect('{');
    skipSpace();
    if (peek() == '}') {
      at++;
      end();
      return new ArrayList<>();
    }
    List<Object> out = new ArrayList<>();
    while (true) {
      skipSpace();
      if (peek() == '{') {
        throw multiDimensional();
      }
      out.add(peek() == '"' ? element.apply(quoted()) : unquoted(element));
      skipSpace();
      char c = next();
      if (c == '}') {
        end();
        return out;
      }
      if (c != ',') {
        throw malformed();
      }
    }
  }

  private String quoted() {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      out.append(c == '\\' ? next() : c);
    }
  }

  private Object unquoted(Function<String, Object> element) {
    StringBuilder out = new StringBuilder();
    int lastSignificant = 0;
    boolean escaped = false;
    while (at < text.length() && peek() != ',' && peek() != '}') {
      char c = next();
      if (c == '\\') {
        out.append(next());
        lastSignificant = out.length();
        escaped = true;
      } else {
        out.append(c);
        if (!Character.isWhitespace(c)) {
          lastSignificant = out.length();
        }
      }
    }
    out.setLength(lastSignificant);
    String value = out.toString();
    if (value.isEmpty()) {
      throw malformed();
    }
    return !escaped && value.equalsIgnoreCase("NULL") ? null : element.apply(value);
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw malformed();
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw malformed();
    }
  }

  private void end() {
    if (at != text.length()) {
      throw malformed();
    }
  }

  private IllegalArgumentException multiDimensional() {
    return new IllegalArgumentException(
        "multi-dimensional array values are not supported (" + abbreviate() + "); store one-dimensional arrays");
  }

  private IllegalArgumentException malformed() {
    return new IllegalArgumentException("'" + abbreviate() + "' is not an array as PostgreSQL prints it");
  }

  private String abbreviate() {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
