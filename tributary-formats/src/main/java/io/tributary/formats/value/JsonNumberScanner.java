package io.tributary.formats.value;

import java.nio.charset.StandardCharsets;

/**
 * The numbers of {@link JsonScanner}: JSON's grammar exactly ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?
 * ([eE][+-]?[0-9]+)?}), read as {@link RawJson#read} reads them — an integer as a {@link Long}, any
 * other number as a {@link RawJson.JsonNumber} of its text. Declines anything else, integers of
 * more than 18 digits (Jackson's long-or-not boundary is not worth matching) and numbers of more
 * than {@value #MAX_NUMBER} characters. Not thread-safe.
 */
final class JsonNumberScanner {
  private static final int MAX_NUMBER = 1_000;
  private static final int MAX_LONG_DIGITS = 18;

  /** The position after the number read last. */
  int next;

  /** The number starting at {@code start}; sets {@link #next}. */
  Object read(byte[] in, int start, int end) {
    int pos = start;
    boolean negative = pos < end && in[pos] == '-';
    if (negative) {
      pos++;
    }
    int digits = pos;
    long value = 0;
    if (pos < end && in[pos] == '0') {
      pos++;
    } else {
      while (pos < end) {
        int digit = in[pos] - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        value = value * 10 + digit;
        pos++;
      }
      if (pos == digits) {
        throw JsonScanner.decline();
      }
    }
    int integerDigits = pos - digits;
    boolean integer = true;
    if (pos < end && in[pos] == '.') {
      integer = false;
      pos = required(in, pos + 1, end);
    }
    if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
      integer = false;
      pos++;
      if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
        pos++;
      }
      pos = required(in, pos, end);
    }
    if (pos - start > MAX_NUMBER || (integer && integerDigits > MAX_LONG_DIGITS)) {
      throw JsonScanner.decline();
    }
    next = pos;
    if (!integer) {
      return new RawJson.JsonNumber(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
    }
    return negative ? -value : value;
  }

  private static int required(byte[] in, int from, int end) {
    int pos = digits(in, from, end);
    if (pos == from) {
      throw JsonScanner.decline();
    }
    return pos;
  }

  private static int digits(byte[] in, int from, int end) {
    int pos = from;
    while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
      pos++;
    }
    return pos;
  }
}
