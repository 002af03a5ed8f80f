package io.tributary.formats.value;

import com.fasterxml.jackson.core.io.SerializedString;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;

/**
 * The JSON object of a row's primary-key values, in key order: the message key both formats write.
 * Built once per table shape (the key columns' positions, types and encoded names); immutable.
 */
public final class KeyJson {
  private final int[] indexes;
  private final SerializedString[] names;
  private final DataType[] types;

  /** The key of {@code schema}'s rows. */
  public KeyJson(TableSchema schema) {
    indexes = schema.primaryKeyIndexes();
    names = new SerializedString[indexes.length];
    types = new DataType[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      Column column = schema.columns().get(indexes[i]);
      names[i] = new SerializedString(column.name());
      types[i] = column.type();
    }
  }

  /** Writes {@code {"k1": v1, ...}} of {@code row} with {@code values}' encoding. */
  public void write(JsonBytes out, Object[] row, JsonValueWriter values) {
    out.writeStartObject();
    for (int i = 0; i < indexes.length; i++) {
      out.writeFieldName(names[i]);
      values.write(out, types[i], row[indexes[i]]);
    }
    out.writeEndObject();
  }
}
