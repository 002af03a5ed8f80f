package io.tributary.connector.jdbc.postgres;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;

/**
 * Writes chosen columns of rows as lines of COPY text. Whole numbers and strings go straight into
 * the buffer; every other value through {@link PostgresText}.
 */
final class CopyRowEncoder {
  private final TableSchema schema;
  private final int[] columns;
  private final DataType[] types;

  /**
   * @param schema the rows' table shape
   * @param columns positions in the row of the columns to write, in COPY column order
   */
  CopyRowEncoder(TableSchema schema, int[] columns) {
    this.schema = schema;
    this.columns = columns.clone();
    this.types = new DataType[columns.length];
    for (int i = 0; i < columns.length; i++) {
      types[i] = schema.columns().get(columns[i]).type();
    }
  }

  void row(CopyTextBuffer out, Object[] row) {
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        out.fieldSeparator();
      }
      value(out, row[columns[i]], i);
    }
    out.rowEnd();
  }

  private void value(CopyTextBuffer out, Object value, int i) {
    if (value == null) {
      out.nullValue();
    } else if (value instanceof String s) {
      out.text(s);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      out.number(((Number) value).longValue());
    } else {
      try {
        out.text(PostgresText.of(value, types[i]));
      } catch (IllegalArgumentException e) {
        throw new TributaryException("table " + schema.id() + ", column '"
            + schema.columns().get(columns[i]).name() + "': " + e.getMessage()
            + "; the source or a transform produced a value of the wrong class", e);
      }
    }
  }
}
