package io.tributary.formats.value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random JSON texts for the differential tests of the fast scanners against Jackson: strings with
 * every escape, {@code \}{@code u} sequences (surrogate pairs and lone surrogates), raw UTF-8 of
 * every plane, control characters; numbers in every JSON form and some that are not JSON; white
 * space of every kind between tokens; nulls, booleans, nesting; and, now and then, a broken byte.
 */
public final class JsonTextGenerator {
  private static final String[] NUMBERS = {"0", "-0", "7", "-12", "100002", "1732000000000", "999999999999999999",
      "-999999999999999999", "1000000000000000000", "9223372036854775807", "9223372036854775808",
      "-9223372036854775809", "123456789012345678901234567890", "1.5", "-0.0", "0.1", "1e5", "1E+5", "2.5e-3",
      "-1.0E10", "5.3", "1e400", "01", "+1", ".5", "1.", "1e", "-", "00", "1.e3", "NaN", "Infinity"};
  private static final String[] SPACES = {"", "", "", " ", "\n", "\t", "\r\n  ", "  "};

  private final Random random;

  public JsonTextGenerator(long seed) {
    random = new Random(seed);
  }

  /** Whether to do something with probability {@code percent} %. */
  public boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  /** One of {@code options}. */
  @SafeVarargs
  public final <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  /** Optional white space (mostly none). */
  public String space() {
    return chance(85) ? "" : pick(SPACES);
  }

  /** A JSON object of the given fields, in a random order when {@code shuffle}. */
  public String object(List<String> fields, boolean shuffle) {
    List<String> order = new ArrayList<>(fields);
    if (shuffle) {
      Collections.shuffle(order, random);
    }
    StringBuilder out = new StringBuilder("{").append(space());
    for (int i = 0; i < order.size(); i++) {
      out.append(i == 0 ? "" : space() + "," + space()).append(order.get(i));
    }
    return out.append(space()).append('}').toString();
  }

  /** A field {@code "name": value}, the name sometimes escaped. */
  public String field(String name, String value) {
    return (chance(3) ? string(name, true) : quote(name)) + space() + ":" + space() + value;
  }

  /** A JSON array of the values. */
  public String array(List<String> values) {
    StringBuilder out = new StringBuilder("[").append(space());
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : space() + "," + space()).append(values.get(i));
    }
    return out.append(space()).append(']').toString();
  }

  /** A name in quotes, as is. */
  public static String quote(String name) {
    return '"' + name + '"';
  }

  /** A scalar: a string (mostly), a number in any form, null, a boolean. */
  public String scalar() {
    int kind = random.nextInt(100);
    if (kind < 55) {
      return string(text(), chance(30));
    }
    if (kind < 80) {
      return number();
    }
    return kind < 90 ? "null" : pick("true", "false", "true", "false", "nul", "True");
  }

  /** Any value, scalars mostly, sometimes an object or array. */
  public String value(int depth) {
    if (depth > 2 || chance(80)) {
      return scalar();
    }
    List<String> items = new ArrayList<>();
    int count = random.nextInt(3);
    boolean object = chance(50);
    for (int i = 0; i < count; i++) {
      items.add(object ? field(pick("a", "b", "c"), value(depth + 1)) : value(depth + 1));
    }
    return object ? object(items, false) : array(items);
  }

  /** A JSON number text, now and then one that is not JSON. */
  public String number() {
    if (chance(50)) {
      return Long.toString(random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(200_000) - 100);
    }
    return pick(NUMBERS);
  }

  /** A text of ASCII, other planes, and characters that need escaping. */
  public String text() {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(20);
      if (kind < 12) {
        out.append((char) ('a' + random.nextInt(26)));
      } else if (kind < 14) {
        out.append(pick("é", "ß", "中", "文", "€", "\u07FF", "\u0800", "\uFFFD", "\uFEFF"));
      } else if (kind < 16) {
        out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
      } else if (kind < 18) {
        out.append(pick("\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u0001", "\u001f", "\u007f"));
      } else {
        out.append(pick("\uD83D", "\uDE00", "\uDBFF\uDFFF")); // lone and paired surrogates: only escaped
      }
    }
    return out.toString();
  }

  /**
   * The text as a JSON string: characters that must be escaped are; with {@code escapeMore},
   * others too, as {@code \}{@code uXXXX} (either case) or short escapes. A lone surrogate is
   * always escaped; a control character, rarely, is left raw (not JSON).
   */
  public String string(String text, boolean escapeMore) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair && !(escapeMore && chance(50))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(escapeMore && chance(30) ? unicode(c) : String.valueOf(c));
      } else if (c < 0x20 && chance(97)) {
        out.append(shortEscape(c));
      } else if (Character.isSurrogate(c) || (escapeMore && chance(30))) {
        out.append('\\').append(unicode(c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private String unicode(char c) {
    String hex = String.format("u%04x", (int) c);
    return chance(50) ? hex : "u" + hex.substring(1).toUpperCase(java.util.Locale.ROOT);
  }

  private String shortEscape(char c) {
    return switch (c) {
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> "\\" + unicode(c);
    };
  }

  /** The UTF-8 bytes of a text, now and then with one byte broken (changed, dropped or doubled). */
  public byte[] bytes(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0 || !chance(15)) {
      return bytes;
    }
    int at = random.nextInt(bytes.length);
    List<Byte> list = new ArrayList<>();
    for (byte b : bytes) {
      list.add(b);
    }
    switch (random.nextInt(3)) {
      case 0 -> list.set(at, pick((byte) '"', (byte) '\\', (byte) ',', (byte) '}', (byte) 0x80, (byte) 0xC0,
          (byte) 0xED, (byte) 0xF5, (byte) 0, (byte) ' ', (byte) ':', (byte) '1'));
      case 1 -> list.remove(at);
      default -> list.add(at, list.get(at));
    }
    byte[] out = new byte[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }
}
