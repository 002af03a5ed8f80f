package io.tributary.formats.value;

import java.util.Arrays;

/**
 * The strings of {@link JsonScanner} that are not plain ASCII: UTF-8 checked to be well-formed
 * (Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF) and the JSON escapes
 * {@code \" \\ \/ \b \f \n \r \t \}{@code uXXXX} decoded as Jackson decodes them (a lone surrogate
 * of a {@code \}{@code u} escape is kept as it is). Anything else — another escape, a control
 * character, ill-formed UTF-8, the end of the input — declines. Not thread-safe.
 */
final class JsonStringDecoder {
  /** Bytes a string may hold as they are: printable ASCII other than {@code "} and {@code \}. */
  static final boolean[] PLAIN = new boolean[256];

  static {
    for (int b = 0x20; b < 0x80; b++) {
      PLAIN[b] = b != '"' && b != '\\';
    }
  }

  private char[] chars = new char[64];
  /** The position after the closing quote of the string decoded last. */
  int next;

  /** The string whose content starts at {@code start} (after its opening quote); sets {@link #next}. */
  String decode(byte[] in, int start, int end) {
    int count = 0;
    int pos = start;
    while (true) {
      if (pos >= end) {
        throw JsonScanner.decline();
      }
      if (count + 2 > chars.length) {
        chars = Arrays.copyOf(chars, chars.length * 2);
      }
      int b = in[pos] & 0xFF;
      if (PLAIN[b]) {
        chars[count++] = (char) b;
        pos++;
      } else if (b == '"') {
        next = pos + 1;
        return new String(chars, 0, count);
      } else if (b == '\\') {
        chars[count++] = escape(in, pos, end);
        pos += in[pos + 1] == 'u' ? 6 : 2;
      } else if (b >= 0x80) {
        int after = utf8(in, pos, end);
        count = codePoint(in, pos, after - pos, count);
        pos = after;
      } else {
        throw JsonScanner.decline();
      }
    }
  }

  /** Checks the string whose content starts at {@code start}; returns the position after its closing quote. */
  static int skip(byte[] in, int start, int end) {
    int pos = start;
    while (true) {
      if (pos >= end) {
        throw JsonScanner.decline();
      }
      int b = in[pos] & 0xFF;
      if (PLAIN[b]) {
        pos++;
      } else if (b == '"') {
        return pos + 1;
      } else if (b == '\\') {
        escape(in, pos, end);
        pos += in[pos + 1] == 'u' ? 6 : 2;
      } else if (b >= 0x80) {
        pos = utf8(in, pos, end);
      } else {
        throw JsonScanner.decline();
      }
    }
  }

  private int codePoint(byte[] in, int at, int length, int count) {
    int b = in[at] & 0xFF;
    int value = switch (length) {
      case 2 -> b & 0x1F;
      case 3 -> b & 0x0F;
      default -> b & 0x07;
    };
    for (int i = at + 1; i < at + length; i++) {
      value = (value << 6) | (in[i] & 0x3F);
    }
    if (length < 4) {
      chars[count++] = (char) value;
    } else {
      chars[count++] = Character.highSurrogate(value);
      chars[count++] = Character.lowSurrogate(value);
    }
    return count;
  }

  /** The character of the escape at {@code at} (its backslash). */
  private static char escape(byte[] in, int at, int end) {
    if (at + 1 >= end) {
      throw JsonScanner.decline();
    }
    return switch (in[at + 1]) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> hex(in, at + 2, end);
      default -> throw JsonScanner.decline();
    };
  }

  private static char hex(byte[] in, int at, int end) {
    if (end - at < 4) {
      throw JsonScanner.decline();
    }
    int value = 0;
    for (int i = at; i < at + 4; i++) {
      int digit = Character.digit(in[i], 16);
      if (digit < 0 || in[i] < 0) {
        throw JsonScanner.decline();
      }
      value = value * 16 + digit;
    }
    return (char) value;
  }

  /** Checks the well-formed UTF-8 sequence at {@code at}; returns the position after it. */
  static int utf8(byte[] in, int at, int end) {
    int b = in[at] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      low = b == 0xE0 ? 0xA0 : 0x80;
      high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      low = b == 0xF0 ? 0x90 : 0x80;
      high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw JsonScanner.decline();
    }
    if (end - at < length) {
      throw JsonScanner.decline();
    }
    int second = in[at + 1] & 0xFF;
    if (second < low || second > high) {
      throw JsonScanner.decline();
    }
    for (int i = at + 2; i < at + length; i++) {
      if ((in[i] & 0xC0) != 0x80) {
        throw JsonScanner.decline();
      }
    }
    return at + length;
  }
}
