package io.tributary.formats.debezium;

import io.tributary.formats.value.JsonBytes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.DecimalHandling;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.KeyJson;
import java.util.ArrayList;
import java.util.List;

/**
 * What every Debezium message of one table shape repeats, built once per {@link TableSchema}: the
 * table's and the columns' names ready to write, the column types, the key's writer, and the
 * envelope's value and key schemas as finished JSON text.
 */
final class DebeziumTableHeader {
  /** The {@code source} block's schema: the fields Tributary writes there. */
  static final String SOURCE_SCHEMA = "{\"type\":\"struct\",\"fields\":["
      + "{\"type\":\"string\",\"optional\":false,\"field\":\"connector\"},"
      + "{\"type\":\"string\",\"optional\":false,\"field\":\"name\"},"
      + "{\"type\":\"int64\",\"optional\":false,\"field\":\"ts_ms\"},"
      + "{\"type\":\"string\",\"optional\":true,\"name\":\"io.debezium.data.Enum\",\"version\":1,"
      + "\"parameters\":{\"allowed\":\"true,last,false,incremental\"},\"default\":\"false\",\"field\":\"snapshot\"},"
      + "{\"type\":\"string\",\"optional\":false,\"field\":\"db\"},"
      + "{\"type\":\"string\",\"optional\":true,\"field\":\"table\"},"
      + "{\"type\":\"string\",\"optional\":true,\"field\":\"tributary_position\"}],"
      + "\"optional\":false,\"name\":\"io.tributary.Source\",\"field\":\"source\"}";
  private static final String TRANSACTION_SCHEMA = "{\"type\":\"struct\",\"fields\":["
      + "{\"type\":\"string\",\"optional\":false,\"field\":\"id\"}],"
      + "\"optional\":true,\"name\":\"event.block\",\"version\":1,\"field\":\"transaction\"}";

  final SerializedString[] names;
  final DataType[] types;
  final SerializedString namespace;
  final SerializedString table;
  final KeyJson key;
  final SerializedString valueSchemaJson;
  final SerializedString keySchemaJson;

  DebeziumTableHeader(TableSchema schema, DecimalHandling decimals, String serverName) {
    List<Column> columns = schema.columns();
    namespace = new SerializedString(schema.id().namespace());
    table = new SerializedString(schema.id().name());
    key = new KeyJson(schema);
    names = new SerializedString[columns.size()];
    types = new DataType[columns.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = new SerializedString(columns.get(i).name());
      types[i] = columns.get(i).type();
    }
    String prefix = serverName + "." + schema.id().namespace() + "." + schema.id().name();
    String row = json(out -> fields(out, columns, decimals));
    valueSchemaJson = new SerializedString("{\"type\":\"struct\",\"fields\":["
        + "{\"type\":\"struct\",\"fields\":" + row + ",\"optional\":true,\"name\":" + quoted(prefix + ".Value")
        + ",\"field\":\"before\"},"
        + "{\"type\":\"struct\",\"fields\":" + row + ",\"optional\":true,\"name\":" + quoted(prefix + ".Value")
        + ",\"field\":\"after\"},"
        + SOURCE_SCHEMA + ","
        + "{\"type\":\"string\",\"optional\":false,\"field\":\"op\"},"
        + "{\"type\":\"int64\",\"optional\":true,\"field\":\"ts_ms\"},"
        + TRANSACTION_SCHEMA + "],"
        + "\"optional\":false,\"name\":" + quoted(prefix + ".Envelope") + ",\"version\":1}");
    List<Column> keyColumns = new ArrayList<>();
    for (int index : schema.primaryKeyIndexes()) {
      keyColumns.add(columns.get(index));
    }
    keySchemaJson = new SerializedString("{\"type\":\"struct\",\"fields\":"
        + json(out -> fields(out, keyColumns, decimals)) + ",\"optional\":false,\"name\":" + quoted(prefix + ".Key") + "}");
  }

  private static void fields(JsonBytes out, List<Column> columns, DecimalHandling decimals) {
    out.writeStartArray();
    for (Column column : columns) {
      DebeziumFieldSchemas.write(out, column.type(), column.name(), column.nullable(), decimals);
    }
    out.writeEndArray();
  }

  private static String quoted(String text) {
    return json(out -> out.writeString(text));
  }

  static String json(Json.Writing writing) {
    return Json.text(writing);
  }
}
