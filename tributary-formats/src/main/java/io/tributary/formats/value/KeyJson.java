package io.tributary.formats.value;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import java.io.IOException;

/** The JSON object of a row's primary-key values, in key order: the message key both formats write. */
public final class KeyJson {

  private KeyJson() {}

  /** Writes {@code {"k1": v1, ...}} with {@code values}' encoding. */
  public static void write(JsonGenerator out, TableSchema schema, Object[] row, JsonValueWriter values)
      throws IOException {
    out.writeStartObject();
    for (int index : schema.primaryKeyIndexes()) {
      Column column = schema.columns().get(index);
      out.writeFieldName(column.name());
      values.write(out, column.type(), row[index]);
    }
    out.writeEndObject();
  }
}
