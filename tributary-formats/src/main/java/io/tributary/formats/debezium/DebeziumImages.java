package io.tributary.formats.debezium;

import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.TableId;
import io.tributary.formats.DecimalHandling;
import io.tributary.formats.FormatException;
import io.tributary.formats.value.Columns;
import io.tributary.formats.value.JsonValueWriter;
import io.tributary.formats.value.RawJson;
import io.tributary.formats.value.RawRow;
import io.tributary.formats.value.TypedValues;
import io.tributary.formats.value.ValueCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

/** Reads a {@code before} or {@code after} object into a row array aligned with the columns. */
final class DebeziumImages {
  private static final Object MISSING = new Object();
  private static final String UNAVAILABLE_BASE64 =
      Base64.getEncoder().encodeToString(JsonValueWriter.UNAVAILABLE.getBytes(StandardCharsets.UTF_8));

  /**
   * The row {@code field} ({@code before} or {@code after}) of {@code message}: every column must
   * be present; in an UPDATE's after image, Debezium's placeholder {@code
   * __debezium_unavailable_value} (or its base64 in a bytes field) in a non-key column is {@link
   * Unchanged#VALUE}.
   */
  Object[] image(Columns columns, RawRow raw, DebeziumMessage message, String field, boolean updateAfter,
      TableId table, DecimalHandling decimals) {
    Object[] typed = raw.typedValues(columns);
    if (typed != null) {
      return typed;
    }
    Object[] row = new Object[columns.size()];
    Arrays.fill(row, MISSING);
    for (int j = 0; j < raw.size(); j++) {
      String name = raw.name(j);
      int i = columns.indexOf(name, j);
      if (i < 0) {
        throw error(message.path(field) + "." + name, raw.offset(), name + " is not a column of " + table + " (the "
            + (columns.typed() ? "schema" : "message") + " has " + columns.names + ")");
      }
      Object value = raw.value(j);
      if (updateAfter && !columns.isKey(i) && (JsonValueWriter.UNAVAILABLE.equals(value)
          || UNAVAILABLE_BASE64.equals(value))) {
        row[i] = Unchanged.VALUE;
      } else if (!columns.typed()) {
        row[i] = RawJson.untyped(value);
      } else {
        row[i] = typed(columns, i, value, raw.offset(), message, field, table, decimals);
      }
    }
    for (int i = 0; i < row.length; i++) {
      if (row[i] == MISSING) {
        throw error(message.path(field), raw.offset(), "the row of " + table + " lacks column " + columns.names.get(i));
      }
    }
    return row;
  }

  private static Object typed(Columns columns, int i, Object raw, long offset, DebeziumMessage message, String field,
      TableId table, DecimalHandling decimals) {
    try {
      return columns.codec(i).read(raw, decimals);
    } catch (RuntimeException e) {
      String path = message.path(field) + "." + columns.names.get(i);
      throw new FormatException(FormatException.describe(DebeziumMessageReader.FORMAT, path, offset, "cannot read "
          + RawJson.preview(raw) + " as " + columns.codec(i).type() + " (column " + columns.names.get(i) + " of "
          + table + "): " + e.getMessage()), path, offset, e);
    }
  }

  /** Builds columns, turning a key column that is not a column into an error naming the key. */
  /**
   * Debezium's conversion of one raw value, for rows {@linkplain
   * io.tributary.formats.value.JsonScanner#typedRow scanned straight into their types}: what {@link
   * #image} does to each value, refusing the placeholder for a value not carried (which only the
   * raw path reads, knowing whether the row is an UPDATE's after image).
   */
  static TypedValues typedValues(DecimalHandling decimals) {
    return new TypedValues() {
      @Override
      public Object convert(ValueCodec codec, Object raw) {
        return codec.read(raw, decimals);
      }

      @Override
      public boolean refuses(String text) {
        return JsonValueWriter.UNAVAILABLE.equals(text) || UNAVAILABLE_BASE64.equals(text);
      }
    };
  }

  static Columns checkedColumns(TableId table, Supplier<Columns> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw error("key", -1, "the message key does not fit " + table + ": " + e.getMessage());
    }
  }

  static FormatException error(String field, long offset, String problem) {
    return new FormatException(FormatException.describe(DebeziumMessageReader.FORMAT, field, offset, problem), field,
        offset, null);
  }
}
