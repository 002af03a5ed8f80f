package io.tributary.formats.canal;

import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.Decoded;
import io.tributary.formats.DecodedDdl;
import io.tributary.formats.DecodedRow;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import io.tributary.formats.MessageMetadata;
import io.tributary.formats.value.Columns;
import io.tributary.formats.value.RawJson;
import io.tributary.formats.value.RawRow;
import io.tributary.formats.value.ShapePrediction;
import io.tributary.formats.value.TypedValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a read {@link CanalMessage} into decoded changes: one {@link DecodedRow} per {@code data}
 * row, or one {@link DecodedDdl}. Keeps the table shapes it has built, so a table's shape is
 * rebuilt only when its {@code mysqlType} or {@code pkNames} change (and its version then grows).
 */
final class CanalChanges {
  private static final Object MISSING = new Object();

  private final FormatOptions options;
  private final CanalValueText values;
  private final Map<TableId, Shape> shapes = new HashMap<>();
  private final Columns.KnownShapes knownShapes = new Columns.KnownShapes();
  private TableId lastTable;
  /** The shape of the next message's rows, for the scanner. */
  final ShapePrediction prediction = new ShapePrediction();
  /** Canal's conversion of one value, for rows scanned straight into their types. */
  final TypedValues typedValues;

  /** A table's last shape and the message parts it was built from. */
  private record Shape(Map<String, String> mysqlType, List<String> pkNames, Columns columns) {}

  CanalChanges(FormatOptions options) {
    this.options = options;
    this.values = new CanalValueText(options.canalTimeZone());
    this.typedValues = values::parse;
  }

  List<Decoded> decode(CanalMessage message) {
    if (message.type == null) {
      throw error("type", message.typeOffset, "the message has no type");
    }
    MessageMetadata metadata = new MessageMetadata(Math.max(message.es, 0), Math.max(message.ts, 0),
        emptyToNull(message.gtid), null, false, message.id);
    Operation op = switch (message.type) {
      case "INSERT" -> Operation.INSERT;
      case "UPDATE" -> Operation.UPDATE;
      case "DELETE" -> Operation.DELETE;
      default -> null;
    };
    if (Boolean.TRUE.equals(message.isDdl) || (op == null && message.isDdl == null)) {
      return List.of(ddl(message, metadata));
    }
    if (op == null) {
      throw error("type", message.typeOffset, "type '" + message.type + "' is not INSERT, UPDATE or DELETE,"
          + " and isDdl is false");
    }
    return rows(message, op, metadata);
  }

  private DecodedDdl ddl(CanalMessage message, MessageMetadata metadata) {
    String word = message.type.toUpperCase(java.util.Locale.ROOT);
    SchemaChange.Kind kind = switch (word) {
      case "CREATE" -> SchemaChange.Kind.CREATE_TABLE;
      case "ALTER" -> SchemaChange.Kind.ALTER_TABLE;
      case "TRUNCATE" -> SchemaChange.Kind.TRUNCATE_TABLE;
      case "ERASE", "DROP" -> SchemaChange.Kind.DROP_TABLE;
      default -> null;
    };
    TableId table = message.table == null || message.table.isEmpty() || message.database == null ? null
        : new TableId(message.database, message.table);
    TableSchema schema = table != null && message.mysqlType != null ? columns(table, message).schema : null;
    return new DecodedDdl(table, kind, message.type, emptyToNull(message.sql), schema, metadata);
  }

  private List<Decoded> rows(CanalMessage message, Operation op, MessageMetadata metadata) {
    if (message.database == null || message.table == null || message.table.isEmpty()) {
      throw error(message.database == null ? "database" : "table", -1, "a row change must name its table");
    }
    TableId table = tableId(message.database, message.table);
    if (message.data == null || message.data.isEmpty()) {
      throw error("data", -1, "the " + op + " of " + table + " has no rows");
    }
    List<RawRow> old = message.old;
    if (op == Operation.UPDATE && (old == null || old.size() != message.data.size())) {
      throw error("old", -1, "the UPDATE of " + table + " has " + message.data.size() + " data rows but "
          + (old == null ? "no old rows" : old.size() + " old rows"));
    }
    Columns columns = columns(table, message);
    prediction.saw(columns);
    List<Decoded> out = new ArrayList<>(message.data.size());
    for (int i = 0; i < message.data.size(); i++) {
      Object[] data = row(columns, message.data.get(i), i, op == Operation.UPDATE, table);
      Object[] before = switch (op) {
        case UPDATE -> before(columns, data, old.get(i), i, table);
        case DELETE -> data;
        default -> null;
      };
      out.add(new DecodedRow(table, op, columns.schema, columns.names, columns.primaryKey, before,
          op == Operation.DELETE ? null : data, metadata));
    }
    return out;
  }

  /** The table; the previous message's id when it named the same one (the reader reuses repeated names). */
  private TableId tableId(String database, String name) {
    TableId last = lastTable;
    if (last == null || !last.namespace().equals(database) || !last.name().equals(name)) {
      last = new TableId(database, name);
      lastTable = last;
    }
    return last;
  }

  private Columns columns(TableId table, CanalMessage message) {
    List<String> pkNames = message.pkNames == null ? List.of() : message.pkNames;
    if (message.mysqlType == null) {
      TableSchema known = options.knownSchemas().apply(table);
      return known != null ? knownShapes.of(known) : CanalColumnTypes.untyped(table, namesOf(message), pkNames);
    }
    Shape shape = shapes.get(table);
    if (shape != null && sameTypes(shape.mysqlType, message.mysqlType) && shape.pkNames.equals(pkNames)) {
      return shape.columns;
    }
    int version = shape == null ? 1 : shape.columns.schema.version() + 1;
    Columns columns = CanalColumnTypes.columns(table, message.mysqlType, pkNames, version);
    shapes.put(table, new Shape(message.mysqlType, pkNames, columns));
    return columns;
  }

  /** The same columns with the same types in the same order (the reader hands out one map for repeated text). */
  private static boolean sameTypes(Map<String, String> known, Map<String, String> read) {
    return known == read || (known.equals(read) && List.copyOf(known.keySet()).equals(List.copyOf(read.keySet())));
  }

  /** Without types: every name any row uses, in first-seen order. */
  private static List<String> namesOf(CanalMessage message) {
    Set<String> names = new LinkedHashSet<>();
    for (List<RawRow> rows : List.of(message.data == null ? List.<RawRow>of() : message.data,
        message.old == null ? List.<RawRow>of() : message.old)) {
      for (RawRow row : rows) {
        for (int i = 0; i < row.size(); i++) {
          names.add(row.name(i));
        }
      }
    }
    return new ArrayList<>(names);
  }

  /** Data row {@code index}; in an UPDATE a non-key column it lacks is {@link Unchanged#VALUE}. */
  private Object[] row(Columns columns, RawRow raw, int index, boolean update, TableId table) {
    Object[] typed = raw.typedValues(columns);
    if (typed != null) {
      return typed;
    }
    Object[] row = new Object[columns.size()];
    java.util.Arrays.fill(row, MISSING);
    fill(columns, raw, "data", index, row, table);
    for (int i = 0; i < row.length; i++) {
      if (row[i] == MISSING) {
        if (!update || columns.isKey(i)) {
          throw error("data[" + index + "]", raw.offset(), "the row of " + table + " lacks column "
              + columns.names.get(i));
        }
        row[i] = Unchanged.VALUE;
      }
    }
    return row;
  }

  /** {@code data} overlaid with old row {@code index}; a column neither carries is NULL. */
  private Object[] before(Columns columns, Object[] data, RawRow old, int index, TableId table) {
    Object[] before = data.clone();
    for (int i = 0; i < before.length; i++) {
      if (before[i] == Unchanged.VALUE) {
        before[i] = null;
      }
    }
    Object[] typed = old.typedValues(columns);
    if (typed == null) {
      fill(columns, old, "old", index, before, table);
      return before;
    }
    for (int i = 0; i < before.length; i++) {
      if (typed[i] != RawRow.ABSENT) {
        before[i] = typed[i];
      }
    }
    return before;
  }

  /** Converts the values of row {@code index} of the message's {@code list} ({@code data} or {@code old}). */
  private void fill(Columns columns, RawRow raw, String list, int index, Object[] row, TableId table) {
    for (int j = 0; j < raw.size(); j++) {
      int i = columns.indexOf(raw.name(j), j);
      if (i < 0) {
        throw error(list + "[" + index + "]." + raw.name(j), raw.offset(), raw.name(j) + " is not a column of " + table
            + (columns.schema != null ? " (the message's mysqlType or the known schema has " + columns.names + ")" : ""));
      }
      Object value = raw.value(j);
      row[i] = value == null ? null : columns.typed() ? typed(columns, i, value, raw, list, index, table)
          : RawJson.untyped(value);
    }
  }

  private Object typed(Columns columns, int i, Object raw, RawRow row, String list, int index, TableId table) {
    try {
      return values.parse(columns.codec(i), raw);
    } catch (RuntimeException e) {
      String path = list + "[" + index + "]." + columns.names.get(i);
      throw new FormatException(FormatException.describe(CanalMessageReader.FORMAT, path, row.offset(), "cannot read "
          + RawJson.preview(raw) + " as " + columns.codec(i).type() + " (column " + columns.names.get(i) + " of "
          + table + "): " + e.getMessage()), path, row.offset(), e);
    }
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static FormatException error(String field, long offset, String problem) {
    return new FormatException(FormatException.describe(CanalMessageReader.FORMAT, field, offset, problem), field,
        offset, null);
  }
}
