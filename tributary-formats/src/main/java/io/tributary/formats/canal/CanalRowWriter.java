package io.tributary.formats.canal;

import io.tributary.formats.value.JsonBytes;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Unchanged;
import io.tributary.formats.FormatException;
import java.util.Arrays;
import java.util.Objects;

/** Writes one row of a Canal message's {@code data} and {@code old} arrays. */
final class CanalRowWriter {

  private CanalRowWriter() {}

  /** The after image (the before image for DELETE), without columns the change did not carry. */
  static void data(JsonBytes out, CanalTableHeader header, CanalValueText values, ChangeEvent event) {
    Object[] row = event.after() != null ? event.after() : event.before();
    out.writeStartObject();
    for (int i = 0; i < header.names.length; i++) {
      if (row[i] != Unchanged.VALUE) {
        out.writeFieldName(header.names[i]);
        value(out, header, values, event, i, row[i]);
      }
    }
    out.writeEndObject();
  }

  /**
   * The previous values of the columns whose value changed, and of columns the change did not
   * carry when their previous value is not NULL.
   */
  static void old(JsonBytes out, CanalTableHeader header, CanalValueText values, ChangeEvent event) {
    Object[] before = event.before();
    Object[] after = event.after();
    out.writeStartObject();
    for (int i = 0; i < header.names.length; i++) {
      boolean write = after[i] == Unchanged.VALUE ? before[i] != null : !sameValue(before[i], after[i]);
      if (write) {
        out.writeFieldName(header.names[i]);
        value(out, header, values, event, i, before[i]);
      }
    }
    out.writeEndObject();
  }

  private static boolean sameValue(Object a, Object b) {
    return (a instanceof byte[] x && b instanceof byte[] y) ? Arrays.equals(x, y) : Objects.equals(a, b);
  }

  private static void value(JsonBytes out, CanalTableHeader header, CanalValueText values, ChangeEvent event,
      int column, Object value) {
    if (value == null) {
      out.writeNull();
      return;
    }
    String text;
    try {
      text = values.text(header.types[column], value);
    } catch (RuntimeException e) {
      throw new FormatException("canal-json: cannot write column " + header.names[column].getValue() + " ("
          + header.types[column] + ") of the " + event.op() + " of " + event.schema().id() + " at "
          + event.position().encode() + ": " + describe(e, value), null, -1, e);
    }
    out.writeString(text);
  }

  static String describe(RuntimeException e, Object value) {
    return e instanceof ClassCastException ? "it holds a " + value.getClass().getName()
        + ", not the Java class of its type" : e.getMessage();
  }
}
