package io.tributary.testkit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON text, so a document stored as MariaDB text ({@code {"b": 1.0, "a":[1, 2]}}) equals the same
 * document returned by PostgreSQL's {@code jsonb} ({@code {"a": [1, 2], "b": 1.0}}): no insignificant whitespace,
 * object keys sorted (the last duplicate wins, as in {@code jsonb}), numbers as
 * {@code BigDecimal.stripTrailingZeros().toPlainString()}, strings re-escaped minimally.
 */
public final class CanonicalJson {

  private final String text;
  private int position;

  private CanonicalJson(String text) {
    this.text = text;
  }

  /** The canonical form of {@code json}; text that is not valid JSON comes back unchanged. */
  public static String of(String json) {
    if (json == null || TableDump.NULL.equals(json)) {
      return json;
    }
    try {
      CanonicalJson parser = new CanonicalJson(json);
      StringBuilder out = new StringBuilder(json.length());
      parser.value(out);
      parser.skipWhitespace();
      return parser.position == json.length() ? out.toString() : json;
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return json;
    }
  }

  private void value(StringBuilder out) {
    skipWhitespace();
    char c = text.charAt(position);
    switch (c) {
      case '{' -> object(out);
      case '[' -> array(out);
      case '"' -> appendString(out, string());
      case 't' -> literal(out, "true");
      case 'f' -> literal(out, "false");
      case 'n' -> literal(out, "null");
      default -> number(out);
    }
  }

  private void object(StringBuilder out) {
    position++;
    Map<String, String> members = new TreeMap<>();
    skipWhitespace();
    if (text.charAt(position) == '}') {
      position++;
    } else {
      do {
        skipWhitespace();
        String key = string();
        skipWhitespace();
        expect(':');
        StringBuilder member = new StringBuilder();
        value(member);
        members.put(key, member.toString());
        skipWhitespace();
      } while (text.charAt(position++) == ',');
      requirePrevious('}');
    }
    out.append('{');
    String separator = "";
    for (Map.Entry<String, String> member : members.entrySet()) {
      out.append(separator);
      appendString(out, member.getKey());
      out.append(':').append(member.getValue());
      separator = ",";
    }
    out.append('}');
  }

  private void array(StringBuilder out) {
    position++;
    out.append('[');
    skipWhitespace();
    if (text.charAt(position) == ']') {
      position++;
    } else {
      do {
        value(out);
        skipWhitespace();
        out.append(',');
      } while (text.charAt(position++) == ',');
      requirePrevious(']');
      out.setLength(out.length() - 1);
    }
    out.append(']');
  }

  private String string() {
    expect('"');
    StringBuilder value = new StringBuilder();
    for (char c = text.charAt(position++); c != '"'; c = text.charAt(position++)) {
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = text.charAt(position++);
      switch (escaped) {
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          position += 4;
        }
        default -> value.append(escaped);
      }
    }
    return value.toString();
  }

  private void number(StringBuilder out) {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    out.append(new BigDecimal(text.substring(start, position)).stripTrailingZeros().toPlainString());
  }

  private void literal(StringBuilder out, String literal) {
    if (!text.startsWith(literal, position)) {
      throw new IllegalArgumentException("expected " + literal + " at " + position);
    }
    position += literal.length();
    out.append(literal);
  }

  private static void appendString(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private void expect(char expected) {
    if (text.charAt(position++) != expected) {
      throw new IllegalArgumentException("expected " + expected + " at " + (position - 1));
    }
  }

  private void requirePrevious(char expected) {
    if (text.charAt(position - 1) != expected) {
      throw new IllegalArgumentException("expected " + expected + " at " + (position - 1));
    }
  }

  private void skipWhitespace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }
}
