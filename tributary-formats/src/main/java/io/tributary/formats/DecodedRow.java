package io.tributary.formats;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import java.util.Objects;

/**
 * A row change read from a message.
 *
 * <p><b>Typed</b> ({@link #schema()} not null) when the message carries column types (Canal's
 * {@code mysqlType}, Debezium's schema envelope) or {@link FormatOptions#knownSchemas()} knows the
 * table: values then have the Java class of their column's kind, exactly as a source would emit
 * them, and {@link #toChangeEvent} works. <b>Untyped</b> otherwise: values are what the JSON held —
 * {@link String}, {@link Boolean}, {@link Long} for integers that fit, {@link java.math.BigDecimal}
 * for other numbers (exact text, so {@code 5.3} stays {@code 5.3}), {@link java.util.List} of such
 * values for arrays, and a {@link String} of JSON text for objects; null for null. Canal's own
 * values are all strings or null.
 *
 * <p>Like {@link ChangeEvent}, the row arrays are shared, not copied: do not change them. An UPDATE
 * from Canal has a full {@code before} image: {@code data} overlaid with {@code old}. An UPDATE
 * whose message lacks the old image (Debezium from PostgreSQL without {@code REPLICA IDENTITY
 * FULL}) has a null {@code before}. An UPDATE's {@code after} may hold {@link
 * io.tributary.api.event.Unchanged#VALUE} in non-key columns the message marked as not carried
 * (left out of Canal's {@code data}; Debezium's {@code __debezium_unavailable_value}).
 *
 * @param table the table
 * @param op INSERT, UPDATE, DELETE, or SNAPSHOT_READ (Debezium {@code op: r}; Canal has no
 *     snapshot type and writes snapshot rows as INSERT)
 * @param schema the table's shape when known (its version counts shape changes this decoder has
 *     seen for the table, from 1), else null
 * @param columns the column names the row arrays are aligned with
 * @param primaryKey the primary-key column names in key order (Canal {@code pkNames}, the Debezium
 *     message key's fields); empty when the message does not say
 * @param before the row before the change, or null
 * @param after the row after the change, or null
 * @param metadata times, transaction and position
 */
@SuppressWarnings("ArrayRecordComponent") // rows are shared arrays, as in ChangeEvent; equality is not needed
public record DecodedRow(
    TableId table,
    Operation op,
    TableSchema schema,
    List<String> columns,
    List<String> primaryKey,
    Object[] before,
    Object[] after,
    MessageMetadata metadata)
    implements Decoded {

  public DecodedRow {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(op, "op");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }

  /** Whether values are typed (see the class comment). */
  public boolean typed() {
    return schema != null;
  }

  /** The value of {@code column} in the before image; null when absent, NULL or no such column. */
  public Object before(String column) {
    return valueOf(before, column);
  }

  /** The value of {@code column} in the after image; null when absent, NULL or no such column. */
  public Object after(String column) {
    return valueOf(after, column);
  }

  private Object valueOf(Object[] row, String column) {
    int index = columns.indexOf(column);
    return row == null || index < 0 ? null : row[index];
  }

  /**
   * The canonical event, with the message's commit time and transaction. An UPDATE without a
   * before image gets one holding only the key (the rest null), as {@link ChangeEvent} allows.
   *
   * @param position the position to give the event (a decoder cannot rebuild a source's position
   *     type; {@link MessageMetadata#position()} holds the text the message carried)
   * @throws FormatException when the row is untyped, or an UPDATE without before image belongs to
   *     a table without primary key
   */
  public ChangeEvent toChangeEvent(SourcePosition position) {
    if (schema == null) {
      throw new FormatException("the " + op + " of " + table + " carries no column types; give the decoder the table's"
          + " shape with FormatOptions.withKnownSchemas, or use a format with types (Canal mysqlType, Debezium envelope)");
    }
    Object[] oldRow = before;
    if (op == Operation.UPDATE && oldRow == null) {
      if (!schema.hasPrimaryKey()) {
        throw new FormatException("the UPDATE of " + table + " has no before image and the table no primary key,"
            + " so the changed row cannot be identified; capture with full before images");
      }
      oldRow = new Object[columns.size()];
      for (int index : schema.primaryKeyIndexes()) {
        oldRow[index] = after[index];
      }
    }
    return new ChangeEvent(op, schema, oldRow, after, position, metadata.commitMillis(), metadata.transactionId());
  }
}
