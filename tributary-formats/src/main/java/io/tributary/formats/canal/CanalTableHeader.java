package io.tributary.formats.canal;

import com.fasterxml.jackson.core.io.SerializedString;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.KeyJson;
import io.tributary.formats.value.MySqlTypeText;
import java.util.List;

/**
 * What every Canal message of one table shape repeats, built once per {@link TableSchema}: the
 * table's and the columns' names ready to write, the column types, the key's writer, and the {@code
 * mysqlType}, {@code sqlType} and {@code pkNames} values as finished JSON text.
 *
 * <p>{@code mysqlType} is {@link MySqlTypeText#of(Column)} (the column's own MySQL type text when
 * it has one, else its logical type's); {@code sqlType} the {@link java.sql.Types} code Canal uses
 * for that type ({@link MySqlTypeText#jdbcType}; informational: decoders read {@code mysqlType}).
 */
final class CanalTableHeader {
  /** JSON null, for messages without a table shape. */
  static final SerializedString NULL = new SerializedString("null");

  final SerializedString[] names;
  final DataType[] types;
  final SerializedString database;
  final SerializedString table;
  final KeyJson key;
  final SerializedString mysqlTypeJson;
  final SerializedString sqlTypeJson;
  final SerializedString pkNamesJson;

  CanalTableHeader(TableSchema schema) {
    List<Column> columns = schema.columns();
    database = new SerializedString(schema.id().namespace());
    table = new SerializedString(schema.id().name());
    key = new KeyJson(schema);
    names = new SerializedString[columns.size()];
    types = new DataType[columns.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = new SerializedString(columns.get(i).name());
      types[i] = columns.get(i).type();
    }
    mysqlTypeJson = json(out -> {
      out.writeStartObject();
      for (Column column : columns) {
        out.writeStringField(column.name(), MySqlTypeText.of(column));
      }
      out.writeEndObject();
    });
    sqlTypeJson = json(out -> {
      out.writeStartObject();
      for (Column column : columns) {
        out.writeNumberField(column.name(), MySqlTypeText.jdbcType(column.type()));
      }
      out.writeEndObject();
    });
    pkNamesJson = schema.hasPrimaryKey() ? json(out -> {
      out.writeStartArray();
      for (String key : schema.primaryKey()) {
        out.writeString(key);
      }
      out.writeEndArray();
    }) : NULL;
  }

  /** One JSON value's text, ready to copy into messages as raw bytes. */
  private static SerializedString json(Json.Writing writing) {
    return new SerializedString(Json.text(writing));
  }
}
