package io.tributary.connector.kafka;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.DecodedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shapes for rows whose messages carry no column types (Debezium-JSON without the schema envelope,
 * Flink's Canal dialect): every column is text, as in Canal's own values — JSON numbers keep their
 * exact text, booleans are {@code true}/{@code false}, objects and arrays their JSON text. The
 * primary key is what the message says, else the {@code primary-keys.<table>} option. A typed row
 * keeps its types and only gains a key from the option when it has none. Not thread-safe.
 */
final class TextSchemas {
  private final Map<TableId, List<String>> configuredKeys;
  private final Map<TableId, TableSchema> shapes = new HashMap<>();

  TextSchemas(Map<String, String> primaryKeys) {
    configuredKeys = new HashMap<>();
    primaryKeys.forEach((table, columns) -> {
      int dot = table.lastIndexOf('.');
      TableId id = dot < 0 ? new TableId("", table) : new TableId(table.substring(0, dot), table.substring(dot + 1));
      configuredKeys.put(id, List.of(columns.replace(" ", "").split(",")));
    });
  }

  /** The change event of a decoded row at {@code position}. */
  ChangeEvent event(DecodedRow row, SourcePosition position) {
    if (row.schema() != null) {
      List<String> key = configuredKeys.get(row.table());
      if (row.schema().hasPrimaryKey() || key == null) {
        return row.toChangeEvent(position);
      }
      TableSchema keyed = new TableSchema(row.table(), row.schema().columns(), key, row.schema().version());
      return new ChangeEvent(row.op(), keyed, row.before(), row.after(), position, row.metadata().commitMillis(),
          row.metadata().transactionId());
    }
    TableSchema schema = shape(row);
    Object[] before = text(row.before());
    if (row.op() == io.tributary.api.event.Operation.UPDATE && before == null) {
      if (!schema.hasPrimaryKey()) {
        throw new TributaryException("an UPDATE of " + row.table() + " at " + position.encode() + " has no before image and"
            + " the table no primary key, so the changed row cannot be identified; set primary-keys." + row.table());
      }
      before = new Object[row.columns().size()];
      for (int index : schema.primaryKeyIndexes()) {
        before[index] = row.after()[index];
      }
      before = text(before);
    }
    return new ChangeEvent(row.op(), schema, before, text(row.after()), position,
        row.metadata().commitMillis(), row.metadata().transactionId());
  }

  private TableSchema shape(DecodedRow row) {
    TableSchema known = shapes.get(row.table());
    List<String> key = !row.primaryKey().isEmpty() ? row.primaryKey() : configuredKeys.getOrDefault(row.table(), List.of());
    if (known != null && known.columns().size() == row.columns().size() && known.primaryKey().equals(key)
        && sameNames(known, row.columns())) {
      return known;
    }
    List<Column> columns = new ArrayList<>();
    for (String name : row.columns()) {
      columns.add(new Column(name, DataType.string(-1), !key.contains(name)));
    }
    for (String k : key) {
      if (!row.columns().contains(k)) {
        throw new TributaryException("table " + row.table() + ": primary-key column '" + k + "' is not in its messages"
            + " (columns: " + String.join(", ", row.columns()) + "); fix primary-keys." + row.table());
      }
    }
    TableSchema schema = new TableSchema(row.table(), columns, key, known == null ? 1 : known.version() + 1);
    shapes.put(row.table(), schema);
    return schema;
  }

  private static boolean sameNames(TableSchema schema, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (!schema.columns().get(i).name().equals(names.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static Object[] text(Object[] row) {
    if (row == null) {
      return null;
    }
    Object[] out = new Object[row.length];
    for (int i = 0; i < row.length; i++) {
      Object v = row[i];
      out[i] = v == null || v == Unchanged.VALUE || v instanceof String ? v
          : v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString();
    }
    return out;
  }
}
