package io.tributary.formats.debezium;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.Decoded;
import io.tributary.formats.DecodedDdl;
import io.tributary.formats.FormatException;
import io.tributary.formats.MessageMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Debezium schema-change messages ({@code databaseName}, {@code ddl}, {@code tableChanges}):
 * one {@link DecodedDdl} per table change, with the table's shape from its {@code columns}
 * (ordered by {@code position}; type from {@code typeName}, {@code length}, {@code scale}, {@code
 * enumValues}; nullable from {@code optional}) and key from {@code primaryKeyColumnNames}. A
 * message without table changes (e.g. {@code CREATE DATABASE}) is one DecodedDdl without table.
 */
final class DebeziumTableChanges {

  private DebeziumTableChanges() {}

  static List<Decoded> decode(DebeziumMessage message, MessageMetadata metadata) {
    List<?> changes = message.tableChanges == null ? List.of() : message.tableChanges;
    if (changes.isEmpty()) {
      return List.of(new DecodedDdl(null, null, "DDL", message.ddl, null, metadata));
    }
    List<Decoded> out = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      String path = message.path("tableChanges[" + i + "]");
      if (!(changes.get(i) instanceof Map<?, ?> change)) {
        throw DebeziumImages.error(path, -1, "expected a table change object");
      }
      String type = change.get("type") instanceof String s ? s : "";
      TableId table = tableId(change.get("id"), message, path);
      SchemaChange.Kind kind = switch (type.toUpperCase(Locale.ROOT)) {
        case "CREATE" -> SchemaChange.Kind.CREATE_TABLE;
        case "ALTER" -> SchemaChange.Kind.ALTER_TABLE;
        case "DROP" -> SchemaChange.Kind.DROP_TABLE;
        default -> null;
      };
      TableSchema schema = change.get("table") instanceof Map<?, ?> shape ? schema(table, shape, path + ".table") : null;
      out.add(new DecodedDdl(table, kind, type, message.ddl, schema, metadata));
    }
    return out;
  }

  /** {@code "db"."table"} or {@code "db"."schema"."table"}: the last part is the name, the one before the namespace. */
  static TableId tableId(Object id, DebeziumMessage message, String path) {
    if (!(id instanceof String text)) {
      throw DebeziumImages.error(path + ".id", -1, "the table change has no id");
    }
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        part.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    String namespace = parts.size() >= 2 ? parts.get(parts.size() - 2)
        : message.schemaName != null ? message.schemaName : message.databaseName;
    if (namespace == null || quoted) {
      throw DebeziumImages.error(path + ".id", -1, "cannot tell the table from id '" + text + "'");
    }
    return new TableId(namespace, parts.get(parts.size() - 1));
  }

  private static TableSchema schema(TableId table, Map<?, ?> shape, String path) {
    List<Map<?, ?>> columns = new ArrayList<>();
    if (shape.get("columns") instanceof List<?> list) {
      for (Object column : list) {
        if (column instanceof Map<?, ?> map) {
          columns.add(map);
        }
      }
    }
    columns.sort(Comparator.comparingLong(c -> c.get("position") instanceof Long p ? p : Long.MAX_VALUE));
    List<Column> out = new ArrayList<>(columns.size());
    for (Map<?, ?> column : columns) {
      String name = column.get("name") instanceof String s ? s : null;
      String typeName = column.get("typeName") instanceof String s ? s : null;
      if (name == null || typeName == null) {
        throw DebeziumImages.error(path + ".columns", -1, "a column of " + table + " has no name or typeName");
      }
      DataType type;
      try {
        type = DebeziumColumnType.toDataType(typeName, integer(column.get("length")), integer(column.get("scale")),
            strings(column.get("enumValues")));
      } catch (RuntimeException e) {
        throw new FormatException(FormatException.describe(DebeziumMessageReader.FORMAT, path + ".columns", -1,
            "column " + name + " of " + table + " has type " + typeName + ": " + e.getMessage()), path, -1, e);
      }
      out.add(new Column(name, type, !Boolean.FALSE.equals(column.get("optional"))));
    }
    List<String> key = strings(shape.get("primaryKeyColumnNames"));
    try {
      return new TableSchema(table, out, key == null ? List.of() : key, 1);
    } catch (IllegalArgumentException e) {
      throw DebeziumImages.error(path + ".primaryKeyColumnNames", -1, e.getMessage());
    }
  }

  private static Integer integer(Object value) {
    return value instanceof Long number ? Integer.valueOf(Math.toIntExact(number)) : null;
  }

  private static List<String> strings(Object value) {
    if (!(value instanceof List<?> list)) {
      return null;
    }
    List<String> out = new ArrayList<>(list.size());
    for (Object element : list) {
      out.add(String.valueOf(element));
    }
    return out;
  }
}
