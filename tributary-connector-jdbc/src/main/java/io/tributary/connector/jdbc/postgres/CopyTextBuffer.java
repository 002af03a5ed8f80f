package io.tributary.connector.jdbc.postgres;

import java.util.Arrays;

/**
 * Bytes of PostgreSQL {@code COPY ... FROM STDIN} text format, built in memory: fields separated
 * by tabs, rows ended by newlines, NULL as {@code \N}, and inside values the backslash, newline,
 * carriage return and tab written as {@code \\}, {@code \n}, {@code \r} and {@code \t}. Text is
 * UTF-8; a lone surrogate becomes {@code ?} as in {@link String#getBytes}. Not thread-safe.
 */
final class CopyTextBuffer {
  private byte[] bytes;
  private int size;

  CopyTextBuffer(int initialCapacity) {
    this.bytes = new byte[Math.max(16, initialCapacity)];
  }

  int size() {
    return size;
  }

  byte[] array() {
    return bytes;
  }

  void clear() {
    size = 0;
  }

  void nullValue() {
    ensure(2);
    bytes[size++] = '\\';
    bytes[size++] = 'N';
  }

  void fieldSeparator() {
    ensure(1);
    bytes[size++] = '\t';
  }

  void rowEnd() {
    ensure(1);
    bytes[size++] = '\n';
  }

  /** A whole number, in decimal. */
  void number(long value) {
    if (value == Long.MIN_VALUE) {
      text("-9223372036854775808");
      return;
    }
    ensure(20);
    if (value < 0) {
      bytes[size++] = '-';
      value = -value;
    }
    int start = size;
    do {
      bytes[size++] = (byte) ('0' + (value % 10));
      value /= 10;
    } while (value != 0);
    for (int i = start, j = size - 1; i < j; i++, j--) {
      byte t = bytes[i];
      bytes[i] = bytes[j];
      bytes[j] = t;
    }
  }

  /** A value's text, escaped for COPY and encoded as UTF-8. */
  void text(CharSequence value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        ascii(c);
      } else if (c < 0x800) {
        ensure(2);
        bytes[size++] = (byte) (0xC0 | (c >> 6));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        ensure(4);
        bytes[size++] = (byte) (0xF0 | (cp >> 18));
        bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        ascii('?');
      } else {
        ensure(3);
        bytes[size++] = (byte) (0xE0 | (c >> 12));
        bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  private void ascii(char c) {
    ensure(2);
    switch (c) {
      case '\\' -> escape('\\');
      case '\n' -> escape('n');
      case '\r' -> escape('r');
      case '\t' -> escape('t');
      default -> bytes[size++] = (byte) c;
    }
  }

  private void escape(char c) {
    bytes[size++] = '\\';
    bytes[size++] = (byte) c;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
