package io.tributary.formats.value;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One JSON object of column values as read from a message, before the columns' types are known:
 * names and raw values ({@link RawJson}) in message order, plus the byte offset where the object
 * started, for error messages.
 *
 * <p>A row the fast scanner read straight into the types of a predicted table shape ({@link
 * #typed}) holds only those typed values: {@link #typedValues} gives them for that shape, and any
 * other use — the message turned out to be of another shape — {@linkplain JsonScanner#decline()
 * declines}, so the message is scanned again without the prediction.
 */
public final class RawRow {
  private String[] names;
  private Object[] values;
  private static final int LINEAR_LIMIT = 16;

  private int size;
  private final long offset;
  /** The shape {@link #typed} values were read for, or null for a raw row. */
  private Columns typedFor;
  private Object[] typed;

  /** In a row read {@link #typed} for part of the columns ({@code old} of Canal), marks the columns it lacks. */
  public static final Object ABSENT = new Object() {
    @Override
    public String toString() {
      return "(absent)";
    }
  };
  /** Name → index, built once the row has more than {@link #LINEAR_LIMIT} fields. */
  private Map<String, Integer> index;

  private RawRow(long offset) {
    this.offset = offset;
  }

  /**
   * Reads the object at the parser's current {@code START_OBJECT} token.
   *
   * @throws IOException from the parser, or when a field value is not JSON
   */
  public static RawRow read(JsonParser parser) throws IOException {
    RawRow row = new RawRow(Json.offset(parser));
    String name;
    while ((name = parser.nextFieldName()) != null) {
      if (row.indexOf(name) >= 0) {
        throw Json.duplicate(parser, name);
      }
      JsonToken token = parser.nextToken();
      Object value = token == JsonToken.VALUE_STRING ? parser.getText() : RawJson.read(parser);
      row.add(name, value);
    }
    return row;
  }

  /** An empty row object that started at byte {@code offset}, filled with {@link #append}. */
  public static RawRow empty(long offset) {
    return new RawRow(offset);
  }

  /**
   * A row read straight into the typed values of {@code columns}, aligned with them ({@link #ABSENT}
   * where the object lacked a column), that started at byte {@code offset}.
   */
  public static RawRow typed(long offset, Columns columns, Object[] values) {
    RawRow row = new RawRow(offset);
    row.typedFor = columns;
    row.typed = values;
    return row;
  }

  /**
   * The typed values when this row was read {@link #typed} for exactly {@code columns}; null for a
   * raw row.
   *
   * @throws JsonScanner.Declined when it was read for another shape
   */
  public Object[] typedValues(Columns columns) {
    if (typedFor != null && typedFor != columns) {
      throw JsonScanner.decline();
    }
    return typed;
  }

  /** Adds a field; the caller has checked with {@link #indexOf} that the name is new. */
  public void append(String name, Object value) {
    add(name, value);
  }

  private void add(String name, Object value) {
    if (names == null) {
      names = new String[8];
      values = new Object[8];
    } else if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    if (index == null && size == LINEAR_LIMIT) {
      index = new HashMap<>();
      for (int i = 0; i < size; i++) {
        index.put(names[i], i);
      }
    }
    if (index != null) {
      index.put(name, size);
    }
    size++;
  }

  /** Number of fields. */
  public int size() {
    rawOnly();
    return size;
  }

  /** The name of field {@code i}. */
  public String name(int i) {
    rawOnly();
    return names[i];
  }

  /** The raw value of field {@code i}. */
  public Object value(int i) {
    rawOnly();
    return values[i];
  }

  /** Index of the field named {@code name}, or -1; a hash lookup once the row is wide. */
  public int indexOf(String name) {
    rawOnly();
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** A typed row read as raw means the scanner predicted the wrong shape: the message is scanned again. */
  private void rawOnly() {
    if (typed != null) {
      throw JsonScanner.decline();
    }
  }

  /** Byte offset of the object in the message. */
  public long offset() {
    return offset;
  }
}
