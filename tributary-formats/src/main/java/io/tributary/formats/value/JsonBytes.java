package io.tributary.formats.value;

import com.fasterxml.jackson.core.SerializableString;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The encoders' JSON writer: the part of Jackson's {@code JsonGenerator} they use, with the same
 * method names and byte for byte the same output as Jackson's UTF-8 generator with this module's
 * settings ({@link Json#FACTORY}) — commas and colons only, strings escaped as Jackson escapes
 * them ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters and every
 * surrogate as {@code \}{@code uXXXX} in upper case, everything else as UTF-8), non-finite floats
 * as strings, BYTES in padded base64 — written straight into a reused byte array, without
 * Jackson's per-call context checks. It does not check that calls nest properly: the encoders'
 * own tests do. One per encoder; not thread-safe.
 */
public final class JsonBytes {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  /** Per ASCII character: 0 written as is, -1 as {@code \}{@code u00XX}, else the letter after a backslash. */
  private static final byte[] ESCAPES = new byte[128];
  private static final int MAX_DEPTH = 1_000;

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  private byte[] out = new byte[1024];
  private int size;
  /** Per open object or array: whether a member was written yet (index 0: the root). */
  private boolean[] started = new boolean[16];
  private int depth;

  /** The bytes written since the last {@link #reset}. */
  public byte[] toByteArray() {
    return Arrays.copyOf(out, size);
  }

  /** The text written since the last {@link #reset}. */
  public String text() {
    return new String(out, 0, size, StandardCharsets.UTF_8);
  }

  /** Empties the writer for the next value. */
  public void reset() {
    size = 0;
    depth = 0;
    started[0] = false;
  }

  public void writeStartObject() {
    beforeValue();
    open();
    put('{');
  }

  public void writeEndObject() {
    depth--;
    put('}');
  }

  public void writeStartArray() {
    beforeValue();
    open();
    put('[');
  }

  public void writeEndArray() {
    depth--;
    put(']');
  }

  public void writeFieldName(String name) {
    member();
    quoted(name);
    put(':');
  }

  public void writeFieldName(SerializableString name) {
    member();
    put('"');
    append(name.asQuotedUTF8());
    put('"');
    put(':');
  }

  public void writeString(String text) {
    beforeValue();
    quoted(text);
  }

  public void writeString(SerializableString text) {
    beforeValue();
    put('"');
    append(text.asQuotedUTF8());
    put('"');
  }

  public void writeNumber(short value) {
    writeNumber((long) value);
  }

  public void writeNumber(int value) {
    writeNumber((long) value);
  }

  public void writeNumber(long value) {
    beforeValue();
    if (value == Long.MIN_VALUE) {
      ascii("-9223372036854775808");
      return;
    }
    ensure(20);
    long rest = value;
    if (rest < 0) {
      out[size++] = '-';
      rest = -rest;
    }
    if (rest < BILLION) {
      digits((int) rest);
    } else if (rest < BILLION * BILLION) {
      digits((int) (rest / BILLION));
      nineDigits((int) (rest % BILLION));
    } else {
      digits((int) (rest / (BILLION * BILLION)));
      nineDigits((int) (rest / BILLION % BILLION));
      nineDigits((int) (rest % BILLION));
    }
  }

  private static final long BILLION = 1_000_000_000L;

  /** A non-negative int below a billion, without leading zeros. */
  private void digits(int value) {
    int count = 1;
    for (int bound = 10; count < 9 && value >= bound; bound *= 10) {
      count++;
    }
    fixedDigits(value, count);
  }

  /** A non-negative int below a billion as exactly nine digits. */
  private void nineDigits(int value) {
    fixedDigits(value, 9);
  }

  private void fixedDigits(int value, int count) {
    int rest = value;
    int end = size + count;
    for (int at = end - 1; at >= size; at--) {
      out[at] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    size = end;
  }

  /** A double as Java prints it; NaN and the infinities as strings, as Jackson writes them. */
  public void writeNumber(double value) {
    if (Double.isFinite(value)) {
      beforeValue();
      ascii(Double.toString(value));
    } else {
      writeString(Double.toString(value));
    }
  }

  /** A float as Java prints it; NaN and the infinities as strings, as Jackson writes them. */
  public void writeNumber(float value) {
    if (Float.isFinite(value)) {
      beforeValue();
      ascii(Float.toString(value));
    } else {
      writeString(Float.toString(value));
    }
  }

  public void writeNumber(BigDecimal value) {
    beforeValue();
    ascii(value.toString());
  }

  /** A number given as its JSON text, written as is. */
  public void writeNumber(String text) {
    beforeValue();
    ascii(text);
  }

  public void writeBoolean(boolean value) {
    beforeValue();
    ascii(value ? "true" : "false");
  }

  public void writeNull() {
    beforeValue();
    ascii("null");
  }

  /** Bytes as a string of padded base64, Jackson's default for binary values. */
  public void writeBinary(byte[] bytes) {
    beforeValue();
    put('"');
    append(Base64.getEncoder().encode(bytes));
    put('"');
  }

  /** JSON text written as is, as a value. */
  public void writeRawValue(SerializableString json) {
    beforeValue();
    append(json.asUnquotedUTF8());
  }

  /** JSON text written as is, as a value. */
  public void writeRawValue(String json) {
    beforeValue();
    append(json.getBytes(StandardCharsets.UTF_8));
  }

  public void writeStringField(String name, String value) {
    writeFieldName(name);
    writeString(value);
  }

  public void writeNumberField(String name, int value) {
    writeFieldName(name);
    writeNumber(value);
  }

  public void writeNumberField(String name, long value) {
    writeFieldName(name);
    writeNumber(value);
  }

  public void writeBooleanField(String name, boolean value) {
    writeFieldName(name);
    writeBoolean(value);
  }

  public void writeNullField(String name) {
    writeFieldName(name);
    writeNull();
  }

  /** A comma before every member of an array but the first; nothing after a field name or at the root. */
  private void beforeValue() {
    if (depth > 0 && out[size - 1] != ':') {
      member();
    }
  }

  /** A comma before every member but the first of the innermost object or array. */
  private void member() {
    if (started[depth]) {
      put(',');
    } else {
      started[depth] = true;
    }
  }

  private void open() {
    if (depth + 1 >= MAX_DEPTH) {
      throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
    }
    depth++;
    if (depth == started.length) {
      started = Arrays.copyOf(started, depth * 2);
    }
    started[depth] = false;
  }

  /** A string in quotes, escaped as Jackson's UTF-8 generator escapes it. */
  private void quoted(String text) {
    int length = text.length();
    ensure(length + 2);
    byte[] bytes = out;
    int at = size;
    bytes[at++] = '"';
    int i = 0;
    for (; i < length; i++) { // ASCII needing no escape: straight copy
      char c = text.charAt(i);
      if (c >= 0x80 || ESCAPES[c] != 0) {
        break;
      }
      bytes[at++] = (byte) c;
    }
    size = at;
    if (i < length) {
      escapedRest(text, i);
    }
    put('"');
  }

  private void escapedRest(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      ensure(6);
      if (c < 0x80) {
        byte escape = ESCAPES[c];
        if (escape == 0) {
          out[size++] = (byte) c;
        } else if (escape > 0) {
          out[size++] = '\\';
          out[size++] = escape;
        } else {
          unicodeEscape(c);
        }
      } else if (c < 0x800) {
        out[size++] = (byte) (0xC0 | (c >> 6));
        out[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        unicodeEscape(c);
      } else {
        out[size++] = (byte) (0xE0 | (c >> 12));
        out[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  private void unicodeEscape(char c) {
    out[size++] = '\\';
    out[size++] = 'u';
    out[size++] = HEX[(c >> 12) & 0xF];
    out[size++] = HEX[(c >> 8) & 0xF];
    out[size++] = HEX[(c >> 4) & 0xF];
    out[size++] = HEX[c & 0xF];
  }

  /** Text known to be ASCII. */
  private void ascii(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      out[size++] = (byte) text.charAt(i);
    }
  }

  private void append(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, out, size, bytes.length);
    size += bytes.length;
  }

  private void put(char c) {
    ensure(1);
    out[size++] = (byte) c;
  }

  private void ensure(int more) {
    if (out.length - size < more) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
    }
  }
}
