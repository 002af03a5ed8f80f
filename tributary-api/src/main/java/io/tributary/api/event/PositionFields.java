package io.tributary.api.event;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code key=value&key=value} body of a source's {@link SourcePosition#encode() position
 * text}, shared by the sources that write their positions that way. Text values are URL-escaped,
 * so names with {@code &}, {@code =}, {@code ,} or any Unicode survive; a list of key values is
 * escaped values joined by commas.
 *
 * <p>Contract: {@link #parse} refuses a malformed pair, and every accessor that requires a field
 * throws {@link IllegalArgumentException} naming the source, the whole position text and the
 * missing field, so a damaged state file is reported, never half read.
 */
public final class PositionFields {
  private final Map<String, String> values;
  private final String text;
  private final String source;

  private PositionFields(Map<String, String> values, String text, String source) {
    this.values = values;
    this.text = text;
    this.source = source;
  }

  /**
   * @param text the whole position text, for messages
   * @param body its {@code key=value&...} part
   * @param source the source's name for messages, e.g. {@code MySQL}
   */
  public static PositionFields parse(String text, String body, String source) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed field '" + pair + "' in " + source + " position");
      }
      out.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return new PositionFields(out, text, source);
  }

  /** The raw value of a field that must be present. */
  public String required(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException(source + " position '" + text + "' lacks the field '" + key + "'");
    }
    return value;
  }

  /** The unescaped text of a field that must be present. */
  public String requiredText(String key) {
    return unescape(required(key));
  }

  /** The unescaped text of an optional field, or null. */
  public String optionalText(String key) {
    String value = values.get(key);
    return value == null ? null : unescape(value);
  }

  /** The key values of an optional list field (see {@link #keyList}), or null. */
  public List<String> optionalKeyList(String key) {
    String joined = values.get(key);
    if (joined == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String part : joined.split(",", -1)) {
      out.add(unescape(part));
    }
    return out;
  }

  /** A text value as it goes into a field. */
  public static String escape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '_' || c == '*';
      if (!plain) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
      }
    }
    return value; // what URLEncoder returns for these characters, without its buffers
  }

  /** Key values as they go into a list field: each escaped, joined by commas. */
  public static String keyList(List<String> keys) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      out.append(i == 0 ? "" : ",").append(escape(keys.get(i)));
    }
    return out.toString();
  }

  private static String unescape(String value) {
    if (value.indexOf('%') < 0 && value.indexOf('+') < 0) {
      return value; // what URLDecoder returns for it, without its buffers
    }
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
