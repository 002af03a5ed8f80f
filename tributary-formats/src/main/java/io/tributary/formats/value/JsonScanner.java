package io.tributary.formats.value;

import io.tributary.api.schema.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict byte-level JSON scanner for the fast paths of the decoders: it reads exactly what
 * Jackson reads from well-formed UTF-8 JSON, and {@linkplain #decline() declines} — throws {@link
 * Declined} — on anything it does not read with certainty (malformed or unusual input: control
 * characters, invalid UTF-8, unknown escapes, escaped names, leading zeros, integers of more than 18 digits, names
 * over {@value #MAX_NAME} bytes, nesting deeper than {@value #MAX_DEPTH}). A decoder then reads the
 * message again with Jackson, which stays the reference and reports any error.
 *
 * <p>Values come as {@link RawJson#read} gives them for scalars: null, {@link String}, {@link
 * Boolean}, {@link Long}, {@link RawJson.JsonNumber}. One per decoder, {@link #start started} for
 * every message; not thread-safe.
 */
public final class JsonScanner {
  private static final int MAX_NAME = 1_000;
  private static final int MAX_DEPTH = 64;
  private static final Declined DECLINED = new Declined();

  /** The scanner met something it does not read with certainty. Carries no stack trace. */
  public static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Declined() {
      super("declined by the fast JSON scanner", null, false, false);
    }
  }

  private byte[] in;
  private int pos;
  private int end;
  private int base;
  private int nameStart;
  private int nameLength;
  private boolean predicted;
  private final JsonStringDecoder strings = new JsonStringDecoder();
  private final JsonNumberScanner numbers = new JsonNumberScanner();

  /** The exception to throw when declining. */
  public static Declined decline() {
    return DECLINED;
  }

  /** Starts on {@code length} bytes of {@code bytes} from {@code offset}. */
  public void start(byte[] bytes, int offset, int length) {
    in = bytes;
    pos = offset;
    end = offset + length;
    base = offset;
  }

  /** The byte offset of the next non-space byte, relative to the start, as Jackson counts it. */
  public long offset() {
    peek();
    return pos - base;
  }

  /** The next byte after white space, not consumed; -1 at the end. */
  public int peek() {
    while (pos < end) {
      byte b = in[pos];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b & 0xFF;
      }
      pos++;
    }
    return -1;
  }

  /** Consumes {@code c} after white space, else declines. */
  public void expect(char c) {
    if (peek() != c) {
      throw DECLINED;
    }
    pos++;
  }

  /** Declines unless only white space is left. */
  public void finish() {
    if (peek() != -1) {
      throw DECLINED;
    }
  }

  /**
   * Moves to the next field of the object whose {@code {} was consumed: false (after consuming
   * {@code }}) when there is none, else true with the name read and its colon consumed.
   *
   * @param first whether no field of the object was read yet
   */
  public boolean nextField(boolean first) {
    return nextField(first, null);
  }

  /**
   * {@link #nextField(boolean)}, taking the name without scanning it when its bytes are {@code
   * expected} (a name in quotes, from {@link ExpectedNames}); {@link #namePredicted()} tells.
   */
  public boolean nextField(boolean first, byte[] expected) {
    if (closedOrSeparated('}', first)) {
      return false;
    }
    if (peek() != '"') {
      throw DECLINED;
    }
    predicted = expected != null && startsWith(expected);
    if (predicted) {
      nameStart = pos + 1;
      nameLength = expected.length - 2;
      pos += expected.length;
    } else {
      readName();
    }
    expect(':');
    return true;
  }

  /**
   * After white space: true, with it consumed, at {@code close}; otherwise consumes the comma
   * before every member but the first, and declines when it is missing.
   */
  private boolean closedOrSeparated(char close, boolean first) {
    int c = peek();
    if (c == close) {
      pos++;
      return true;
    }
    if (!first) {
      if (c != ',') {
        throw DECLINED;
      }
      pos++;
    }
    return false;
  }

  private boolean startsWith(byte[] expected) {
    byte[] bytes = in;
    int at = pos;
    int length = expected.length;
    if (end - at < length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the name just read was the one expected. */
  public boolean namePredicted() {
    return predicted;
  }

  /** The name just read in its quotes, as bytes. */
  public byte[] quotedName() {
    return Arrays.copyOfRange(in, nameStart - 1, nameStart + nameLength + 1);
  }

  /** Like {@link #nextField} for the elements of an array whose {@code [} was consumed. */
  public boolean nextElement(boolean first) {
    if (closedOrSeparated(']', first)) {
      return false;
    }
    if (!first && peek() == ']') {
      throw DECLINED;
    }
    return true;
  }

  private void readName() {
    int start = ++pos;
    int p = start;
    while (true) {
      while (p < end && JsonStringDecoder.PLAIN[in[p] & 0xFF]) {
        p++;
      }
      if (p >= end || in[p] >= 0) {
        break;
      }
      p = JsonStringDecoder.utf8(in, p, end);
    }
    if (p >= end || in[p] != '"' || p - start > MAX_NAME) {
      throw DECLINED;
    }
    nameStart = start;
    nameLength = p - start;
    pos = p + 1;
  }

  /** Whether the name just read is {@code ascii}. */
  public boolean nameIs(byte[] ascii) {
    if (nameLength != ascii.length) {
      return false;
    }
    for (int i = 0; i < ascii.length; i++) {
      if (in[nameStart + i] != ascii[i]) {
        return false;
      }
    }
    return true;
  }

  /** The name just read: {@code previous} itself when it is the same text. */
  public String name(String previous) {
    if (previous != null && matches(nameStart, nameLength, previous)) {
      return previous;
    }
    return new String(in, nameStart, nameLength, StandardCharsets.UTF_8);
  }

  /** Whether the name just read equals the name {@code [start, start + length)} read before in this message. */
  public boolean nameEquals(int start, int length) {
    return length == nameLength && Arrays.equals(in, start, start + length, in, nameStart, nameStart + nameLength);
  }

  /** Where the name just read starts in the bytes. */
  public int nameStart() {
    return nameStart;
  }

  /** The byte length of the name just read. */
  public int nameLength() {
    return nameLength;
  }

  private boolean matches(int start, int length, String text) {
    if (length != text.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || in[start + i] != c) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the next value's bytes are exactly {@code value} (a complete object, array or string
   * read before), which is then consumed.
   */
  public boolean repeats(byte[] value) {
    peek();
    if (value == null || end - pos < value.length
        || !Arrays.equals(in, pos, pos + value.length, value, 0, value.length)) {
      return false;
    }
    pos += value.length;
    return true;
  }

  /** The current position in the bytes (after white space), for {@link #copySince}. */
  public int mark() {
    peek();
    return pos;
  }

  /** A copy of the bytes from {@code mark} to the current position. */
  public byte[] copySince(int mark) {
    return Arrays.copyOfRange(in, mark, pos);
  }

  /**
   * The object at the position read straight into the typed values of {@code columns} ({@link
   * RawRow#typed}, aligned with them): exactly what reading it as a raw {@link RawRow} and converting
   * each value with {@code values} gives. With {@code partial} the object may lack columns ({@link RawRow#ABSENT} there);
   * otherwise it must hold every column. Its names must come in column order, each once. Returns
   * null, with nothing consumed, when {@code columns} is null, the object does not have that layout or holds a string
   * {@code values} {@linkplain TypedValues#refuses refuses}; the caller then reads it raw. Declines
   * like {@link #scalar} on a value that is an object or an array.
   */
  public RawRow typedRow(Columns columns, TypedValues values, boolean partial) {
    int mark = mark();
    if (columns == null || !columns.scannable() || peek() != '{') {
      return null;
    }
    pos++;
    int size = columns.size();
    Object[] row = new Object[size];
    if (partial) {
      Arrays.fill(row, RawRow.ABSENT);
    }
    int column = 0;
    for (boolean first = true; nextField(first, column < size ? columns.quotedName(column) : null); first = false) {
      if (!predicted) {
        column = partial ? laterColumn(columns, column + 1) : -1;
        if (column < 0) {
          pos = mark;
          return null;
        }
      }
      Object value = typedValue(columns.kind(column));
      if (value == NOT_TYPED) {
        Object raw = scalar();
        if (raw instanceof String text && values.refuses(text)) {
          pos = mark;
          return null;
        }
        value = values.convert(columns.codec(column), raw);
      } else if (value instanceof String text && values.refuses(text)) {
        pos = mark;
        return null;
      }
      row[column++] = value;
    }
    if (!partial && column != size) {
      pos = mark;
      return null;
    }
    return RawRow.typed(mark - base, columns, row);
  }

  /** The column from {@code from} on whose name was just read, or -1. */
  private int laterColumn(Columns columns, int from) {
    for (int i = from; i < columns.size(); i++) {
      byte[] quoted = columns.quotedName(i);
      if (quoted.length - 2 == nameLength
          && Arrays.equals(quoted, 1, quoted.length - 1, in, nameStart, nameStart + nameLength)) {
        return i;
      }
    }
    return -1;
  }

  private static final Object NOT_TYPED = new Object();

  /**
   * The value at the position as a column of {@code kind} holds it, where that is certain and
   * quick: null; an integer written as a JSON integer or as a string of at most 18 digits (with an
   * optional minus), boxed as the kind's class when in its range; a string for text kinds. Else
   * {@link #NOT_TYPED} with nothing consumed.
   */
  private Object typedValue(DataType.Kind kind) {
    int c = peek();
    if (c == 'n') {
      return literal("null", null);
    }
    return switch (kind) {
      case INT8, INT16, INT32, INT64 -> integer(kind, c == '"');
      case STRING, ENUM, SET, JSON -> c == '"' ? string(null) : NOT_TYPED;
      default -> NOT_TYPED;
    };
  }

  private Object integer(DataType.Kind kind, boolean quoted) {
    byte[] bytes = in;
    int p = quoted ? pos + 1 : pos;
    boolean negative = p < end && bytes[p] == '-';
    if (negative) {
      p++;
    }
    int first = p;
    long value = 0;
    while (p < end) {
      int digit = bytes[p] - '0';
      if (digit < 0 || digit > 9) {
        break;
      }
      value = value * 10 + digit;
      p++;
    }
    int digits = p - first;
    if (digits == 0 || digits > 18) {
      return NOT_TYPED;
    }
    if (quoted) {
      if (p >= end || bytes[p] != '"') {
        return NOT_TYPED;
      }
      p++;
    } else if ((bytes[first] == '0' && digits > 1)
        || (p < end && (bytes[p] == '.' || bytes[p] == 'e' || bytes[p] == 'E'))) {
      return NOT_TYPED;
    }
    if (negative) {
      value = -value;
    }
    Object boxed = switch (kind) {
      case INT8 -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE ? (Object) (byte) value : null;
      case INT16 -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE ? (Object) (short) value : null;
      case INT32 -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : null;
      default -> (Object) value;
    };
    if (boxed == null) {
      return NOT_TYPED;
    }
    pos = p;
    return boxed;
  }

  /** Whether the next value is null, which is then consumed. */
  public boolean nullValue() {
    if (peek() != 'n') {
      return false;
    }
    literal("null", null);
    return true;
  }

  /** A scalar value (null, string, boolean, number); declines objects and arrays. */
  public Object scalar() {
    int c = peek();
    return switch (c) {
      case '"' -> string(null);
      case 'n' -> literal("null", null);
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      default -> number();
    };
  }

  /** A string or null; declines anything else. {@code previous} is returned when the text is the same. */
  public String stringOrNull(String previous) {
    int c = peek();
    if (c == 'n') {
      return (String) literal("null", null);
    }
    if (c != '"') {
      throw DECLINED;
    }
    return string(previous);
  }

  /** An integer that fits 18 digits, or -1 for null; declines anything else. */
  public long integerOrNull() {
    int c = peek();
    if (c == 'n') {
      literal("null", null);
      return -1;
    }
    if (number() instanceof Long value) {
      return value;
    }
    throw DECLINED;
  }

  /** Null, true or false; declines anything else. */
  public Boolean booleanOrNull() {
    return switch (peek()) {
      case 'n' -> (Boolean) literal("null", null);
      case 't' -> (Boolean) literal("true", Boolean.TRUE);
      case 'f' -> (Boolean) literal("false", Boolean.FALSE);
      default -> throw DECLINED;
    };
  }

  /**
   * Checks and skips any value: at once when it is the object or array {@code last} (its bytes);
   * returns the bytes of the value when it is an object or array, else {@code last}.
   */
  public byte[] skipRepeated(byte[] last) {
    if (repeats(last)) {
      return last;
    }
    int mark = mark();
    int c = peek();
    skipValue();
    return c == '{' || c == '[' ? copySince(mark) : last;
  }

  /** Checks and skips any value. */
  public void skipValue() {
    skipValue(0);
  }

  private void skipValue(int depth) {
    int c = peek();
    if (c == '{' || c == '[') {
      if (depth >= MAX_DEPTH) {
        throw DECLINED;
      }
      pos++;
      for (boolean first = true; c == '{' ? nextField(first) : nextElement(first); first = false) {
        skipValue(depth + 1);
      }
    } else if (c == '"') {
      pos = JsonStringDecoder.skip(in, pos + 1, end);
    } else {
      scalar();
    }
  }

  private Object literal(String word, Object value) {
    int length = word.length();
    if (end - pos < length || !matches(pos, length, word)) {
      throw DECLINED;
    }
    pos += length;
    return value;
  }

  private Object number() {
    Object value = numbers.read(in, pos, end);
    pos = numbers.next;
    return value;
  }

  /** The string at the position ({@code "} not yet consumed); {@code previous} when the text is the same. */
  private String string(String previous) {
    int start = ++pos;
    int p = start;
    byte[] bytes = in;
    int limit = end;
    byte b = 0;
    while (p < limit && (b = bytes[p]) >= 0x20 && b != '"' && b != '\\') {
      p++;
    }
    if (p < end && b == '"') {
      pos = p + 1;
      int length = p - start;
      return previous != null && matches(start, length, previous) ? previous
          : new String(in, start, length, StandardCharsets.ISO_8859_1);
    }
    String text = strings.decode(in, start, end);
    pos = strings.next;
    return previous != null && previous.equals(text) ? previous : text;
  }
}
