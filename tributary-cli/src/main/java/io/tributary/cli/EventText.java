package io.tributary.cli;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.TableSchema;
import java.util.HexFormat;

/** One change as a line for people: operation, table, and the rows as column=value pairs. */
final class EventText {
  private EventText() {}

  static String of(ChangeEvent e) {
    StringBuilder sb = new StringBuilder().append(e.op()).append(' ').append(e.schema().id());
    if (e.before() != null) {
      sb.append(" before ");
      row(sb, e.schema(), e.before());
    }
    if (e.after() != null) {
      sb.append(e.before() != null ? " after " : " ");
      row(sb, e.schema(), e.after());
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, TableSchema schema, Object[] row) {
    sb.append('{');
    for (int i = 0; i < row.length && i < schema.columns().size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(schema.columns().get(i).name()).append('=').append(value(row[i]));
    }
    sb.append('}');
  }

  private static String value(Object v) {
    if (v == null) {
      return "NULL";
    } else if (v == Unchanged.VALUE) {
      return "(unchanged)";
    } else if (v instanceof byte[] b) {
      return "0x" + HexFormat.of().formatHex(b);
    } else if (v instanceof String s) {
      return "'" + s.replace("'", "''") + "'";
    }
    return v.toString();
  }
}
