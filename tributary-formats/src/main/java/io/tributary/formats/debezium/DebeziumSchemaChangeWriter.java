package io.tributary.formats.debezium;

import io.tributary.formats.value.JsonBytes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.value.MySqlTypeText;
import java.util.List;

/**
 * The body of a Debezium schema-change message: {@code databaseName}, {@code schemaName} (null),
 * {@code ddl} (the statement, or null when the source gave none) and one {@code tableChanges} entry
 * ({@code type} CREATE, ALTER or DROP; {@code id} {@code "namespace"."name"} with double quotes
 * doubled; {@code table} with {@code primaryKeyColumnNames} and {@code columns}: {@code name},
 * {@code jdbcType}, {@code typeName}, {@code typeExpression}, {@code length}, {@code scale},
 * {@code position} from 1, {@code optional}, {@code enumValues}). The table is the shape after the
 * change, the dropped shape for DROP.
 */
final class DebeziumSchemaChangeWriter {
  private static final String COLUMN_SCHEMA = "{\"type\":\"struct\",\"fields\":["
      + "{\"type\":\"string\",\"optional\":false,\"field\":\"name\"},"
      + "{\"type\":\"int32\",\"optional\":false,\"field\":\"jdbcType\"},"
      + "{\"type\":\"string\",\"optional\":false,\"field\":\"typeName\"},"
      + "{\"type\":\"string\",\"optional\":false,\"field\":\"typeExpression\"},"
      + "{\"type\":\"int32\",\"optional\":true,\"field\":\"length\"},"
      + "{\"type\":\"int32\",\"optional\":true,\"field\":\"scale\"},"
      + "{\"type\":\"int32\",\"optional\":false,\"field\":\"position\"},"
      + "{\"type\":\"boolean\",\"optional\":true,\"field\":\"optional\"},"
      + "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"optional\":false},\"optional\":true,"
      + "\"field\":\"enumValues\"}],\"optional\":false,\"name\":\"io.debezium.connector.schema.Column\"}";

  /** The {@code schema} of a schema-change message, for the envelope. */
  static final SerializedString SCHEMA = new SerializedString("{\"type\":\"struct\",\"fields\":["
      + DebeziumTableHeader.SOURCE_SCHEMA + ","
      + "{\"type\":\"int64\",\"optional\":false,\"field\":\"ts_ms\"},"
      + "{\"type\":\"string\",\"optional\":true,\"field\":\"databaseName\"},"
      + "{\"type\":\"string\",\"optional\":true,\"field\":\"schemaName\"},"
      + "{\"type\":\"string\",\"optional\":true,\"field\":\"ddl\"},"
      + "{\"type\":\"array\",\"items\":{\"type\":\"struct\",\"fields\":["
      + "{\"type\":\"string\",\"optional\":false,\"field\":\"type\"},"
      + "{\"type\":\"string\",\"optional\":false,\"field\":\"id\"},"
      + "{\"type\":\"struct\",\"fields\":["
      + "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"optional\":false},\"optional\":true,"
      + "\"field\":\"primaryKeyColumnNames\"},"
      + "{\"type\":\"array\",\"items\":" + COLUMN_SCHEMA + ",\"optional\":false,\"field\":\"columns\"}],"
      + "\"optional\":true,\"name\":\"io.debezium.connector.schema.Table\",\"field\":\"table\"}],"
      + "\"optional\":false,\"name\":\"io.debezium.connector.schema.Change\"},\"optional\":false,"
      + "\"field\":\"tableChanges\"}],"
      + "\"optional\":false,\"name\":\"io.debezium.connector.schema.SchemaChangeValue\",\"version\":1}");

  private DebeziumSchemaChangeWriter() {}

  static void write(JsonBytes out, SchemaChange change) {
    out.writeStringField("databaseName", change.table().namespace());
    out.writeNullField("schemaName");
    out.writeStringField("ddl", change.ddl());
    out.writeFieldName("tableChanges");
    out.writeStartArray();
    out.writeStartObject();
    out.writeStringField("type", switch (change.kind()) {
      case CREATE_TABLE -> "CREATE";
      case ALTER_TABLE -> "ALTER";
      case DROP_TABLE -> "DROP";
      case TRUNCATE_TABLE -> throw new IllegalArgumentException("TRUNCATE is an op 't' event, not a schema change");
    });
    out.writeStringField("id", quoted(change.table().namespace()) + "." + quoted(change.table().name()));
    TableSchema shape = change.after() != null ? change.after() : change.before();
    out.writeFieldName("table");
    if (shape == null) {
      out.writeNull();
    } else {
      writeTable(out, shape);
    }
    out.writeEndObject();
    out.writeEndArray();
  }

  private static void writeTable(JsonBytes out, TableSchema shape) {
    out.writeStartObject();
    out.writeFieldName("primaryKeyColumnNames");
    strings(out, shape.primaryKey());
    out.writeFieldName("columns");
    out.writeStartArray();
    List<Column> columns = shape.columns();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      DataType type = column.type();
      DebeziumColumnType described = DebeziumColumnType.of(type);
      out.writeStartObject();
      out.writeStringField("name", column.name());
      out.writeNumberField("jdbcType", MySqlTypeText.jdbcType(type));
      out.writeStringField("typeName", described.name());
      out.writeStringField("typeExpression", MySqlTypeText.format(type));
      writeOptionalNumber(out, "length", described.length());
      writeOptionalNumber(out, "scale", described.scale());
      out.writeNumberField("position", i + 1);
      out.writeBooleanField("optional", column.nullable());
      out.writeFieldName("enumValues");
      strings(out, type.symbols());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeOptionalNumber(JsonBytes out, String field, Integer value) {
    if (value == null) {
      out.writeNullField(field);
    } else {
      out.writeNumberField(field, value);
    }
  }

  private static void strings(JsonBytes out, List<String> values) {
    out.writeStartArray();
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  /** {@code "name"} with inner double quotes doubled, as Debezium's table ids quote parts. */
  static String quoted(String part) {
    return '"' + part.replace("\"", "\"\"") + '"';
  }
}
