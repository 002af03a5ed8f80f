package io.tributary.formats.debezium;

import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.Decoded;
import io.tributary.formats.DecodedDdl;
import io.tributary.formats.DecodedRow;
import io.tributary.formats.DecimalHandling;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import io.tributary.formats.MessageMetadata;
import io.tributary.formats.value.Columns;
import io.tributary.formats.value.RawRow;
import io.tributary.formats.value.ShapePrediction;
import io.tributary.formats.value.ValueCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a read {@link DebeziumMessage} into decoded changes. Keeps the table shapes it has built
 * from envelope schemas, so a table's shape is rebuilt only when its field schemas or key change
 * (and its version then grows).
 */
final class DebeziumChanges {
  private final FormatOptions options;
  private final DebeziumImages images = new DebeziumImages();
  private final Map<TableId, Shape> shapes = new HashMap<>();
  private final Columns.KnownShapes knownShapes = new Columns.KnownShapes();
  private TableId lastTable;
  /** The shape of the next message's rows, for the scanner. */
  final ShapePrediction prediction = new ShapePrediction();

  private record Shape(List<?> fields, List<String> key, Columns columns) {}

  DebeziumChanges(FormatOptions options) {
    this.options = options;
  }

  List<Decoded> decode(DebeziumMessage message, List<String> keyNames) {
    if (message.nullPayload) {
      return List.of();
    }
    if (message.op == null) {
      if (message.tableChanges != null || message.ddl != null) {
        return DebeziumTableChanges.decode(message, DebeziumMetadata.of(message, false));
      }
      throw DebeziumImages.error(message.path("op"), -1, "the message has no op, so it is not a Debezium change event"
          + " (a row unwrapped by ExtractNewRecordState carries only column values and cannot be read as a change)");
    }
    Operation op = switch (message.op) {
      case "c" -> Operation.INSERT;
      case "u" -> Operation.UPDATE;
      case "d" -> Operation.DELETE;
      case "r" -> Operation.SNAPSHOT_READ;
      default -> null;
    };
    MessageMetadata metadata = DebeziumMetadata.of(message, op == Operation.SNAPSHOT_READ);
    TableId table = DebeziumMetadata.table(message, lastTable);
    lastTable = table;
    if (op == null && message.op.equals("t")) {
      TableSchema shape = message.schema != null || options.knownSchemas().apply(table) != null
          ? columns(message, table, keyNames).schema : null;
      return List.of(new DecodedDdl(table, SchemaChange.Kind.TRUNCATE_TABLE, "TRUNCATE", null, shape, metadata));
    }
    if (op == null) {
      throw DebeziumImages.error(message.path("op"), message.opOffset, "op '" + message.op
          + "' is not c, u, d, r or t");
    }
    return List.of(row(message, op, table, metadata, keyNames));
  }

  private DecodedRow row(DebeziumMessage message, Operation op, TableId table, MessageMetadata metadata,
      List<String> keyNames) {
    boolean needsAfter = op != Operation.DELETE;
    if (needsAfter ? message.after == null : message.before == null) {
      throw DebeziumImages.error(message.path(needsAfter ? "after" : "before"), -1, "the " + op + " of " + table
          + " has no " + (needsAfter ? "after" : "before") + " image");
    }
    Columns columns = columns(message, table, keyNames);
    if (message.schema == null) {
      prediction.saw(columns);
    }
    DecimalHandling decimals = message.schema != null ? DecimalHandling.STRING : options.decimalHandling();
    Object[] after = needsAfter ? images.image(columns, message.after, message, "after", op == Operation.UPDATE, table,
        decimals) : null;
    Object[] before = message.before == null || op == Operation.INSERT || op == Operation.SNAPSHOT_READ ? null
        : images.image(columns, message.before, message, "before", false, table, decimals);
    return new DecodedRow(table, op, columns.schema, columns.names, columns.primaryKey, before, after, metadata);
  }

  private Columns columns(DebeziumMessage message, TableId table, List<String> keyNames) {
    if (message.schema != null) {
      return fromEnvelope(message, table, keyNames);
    }
    TableSchema known = options.knownSchemas().apply(table);
    if (known != null) {
      return knownShapes.of(known);
    }
    Set<String> names = new LinkedHashSet<>();
    for (RawRow row : new RawRow[] {message.before, message.after}) {
      for (int i = 0; row != null && i < row.size(); i++) {
        names.add(row.name(i));
      }
    }
    return DebeziumImages.checkedColumns(table, () -> Columns.untyped(new ArrayList<>(names), keyNames));
  }

  private Columns fromEnvelope(DebeziumMessage message, TableId table, List<String> keyNames) {
    List<?> fields = rowFields(message.schema);
    Shape shape = shapes.get(table);
    if (shape != null && shape.fields.equals(fields) && shape.key.equals(keyNames)) {
      return shape.columns;
    }
    List<Column> columns = new ArrayList<>(fields.size());
    ValueCodec[] codecs = new ValueCodec[fields.size()];
    for (int i = 0; i < codecs.length; i++) {
      Map<?, ?> field = fields.get(i) instanceof Map<?, ?> map ? map : Map.of();
      String name = field.get("field") instanceof String s ? s : null;
      String path = "schema.fields[after].fields[" + i + "]";
      if (name == null) {
        throw DebeziumImages.error(path, -1, "the field schema has no field name");
      }
      try {
        codecs[i] = DebeziumFieldSchemas.read(field);
      } catch (RuntimeException e) {
        throw new FormatException(FormatException.describe(DebeziumMessageReader.FORMAT, path, -1, "column " + name
            + " of " + table + ": " + e.getMessage()), path, -1, e);
      }
      columns.add(new Column(name, codecs[i].type(), Boolean.TRUE.equals(field.get("optional"))));
    }
    int version = shape == null ? 1 : shape.columns.schema.version() + 1;
    Columns built = DebeziumImages.checkedColumns(table,
        () -> Columns.of(new TableSchema(table, columns, keyNames, version), codecs));
    shapes.put(table, new Shape(fields, keyNames, built));
    return built;
  }

  /** The field list of the envelope schema's {@code after} struct, else its {@code before} struct. */
  private static List<?> rowFields(Map<?, ?> schema) {
    List<?> top = schema.get("fields") instanceof List<?> list ? list : List.of();
    List<?> found = null;
    for (Object entry : top) {
      if (entry instanceof Map<?, ?> field && field.get("fields") instanceof List<?> inner) {
        if ("after".equals(field.get("field"))) {
          return inner;
        }
        if ("before".equals(field.get("field"))) {
          found = inner;
        }
      }
    }
    if (found == null) {
      throw DebeziumImages.error("schema", -1, "the envelope's schema has no before or after struct");
    }
    return found;
  }
}
