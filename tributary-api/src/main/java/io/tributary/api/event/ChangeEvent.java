package io.tributary.api.event;

import io.tributary.api.schema.TableSchema;
import java.util.Objects;

/**
 * One committed change to one row: the canonical event every source produces and every sink
 * consumes.
 *
 * <p>Immutable by contract: the row arrays are shared, never copied, and nobody may change them
 * after the event is built. Values are aligned with {@code schema.columns()} and use the Java class
 * of each column's {@link io.tributary.api.schema.DataType.Kind}; NULL is {@code null}.
 *
 * <p>An UPDATE's {@code after} row may hold {@link Unchanged#VALUE} in non-primary-key columns the
 * source did not receive ("keep the target's value"); no other row and no key column may. The
 * source guarantees this: the constructor does not scan rows for the marker, because that would
 * add a per-event cost to capture (measured: about 15-20 ms per million 12-column UPDATEs, against
 * an otherwise free constructor).
 *
 * @param op what happened
 * @param schema the table's shape these rows have
 * @param before the row before the change (UPDATE, DELETE), else null
 * @param after the row after the change (SNAPSHOT_READ, INSERT, UPDATE), else null
 * @param position where this event is in the source; resuming from it skips this event
 * @param commitMillis the source transaction's commit time, epoch milliseconds (0 for snapshot
 *     rows)
 * @param transactionId the source transaction id, or null
 */
public record ChangeEvent(
    Operation op,
    TableSchema schema,
    Object[] before,
    Object[] after,
    SourcePosition position,
    long commitMillis,
    String transactionId) {

  public ChangeEvent {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(position, "position");
    switch (op) {
      case SNAPSHOT_READ, INSERT -> require(after != null && before == null, op);
      case UPDATE -> require(after != null && before != null, op);
      case DELETE -> require(after == null && before != null, op);
      default -> throw new IllegalArgumentException(op.name());
    }
  }

  private static void require(boolean ok, Operation op) {
    if (!ok) {
      throw new IllegalArgumentException("row images do not fit operation " + op);
    }
  }

  /**
   * The same change (position, commit time, transaction) with other rows: for user functions that
   * change an event. The rows must fit {@code op} as in the constructor and be aligned with {@code
   * newSchema}.
   */
  public ChangeEvent withRows(Operation newOp, TableSchema newSchema, Object[] newBefore, Object[] newAfter) {
    return new ChangeEvent(newOp, newSchema, newBefore, newAfter, position, commitMillis, transactionId);
  }

  /**
   * The value of a column in the row after the change, or null (NULL, no after row, or no such
   * column). Looks the column up by name on each call; index {@link #after()} directly in hot code.
   */
  public Object after(String column) {
    int i = schema.indexOf(column);
    return after == null || i < 0 ? null : after[i];
  }

  /** Like {@link #after(String)}, in the row before the change. */
  public Object before(String column) {
    int i = schema.indexOf(column);
    return before == null || i < 0 ? null : before[i];
  }

  /** The row that identifies the key: {@code after} when present, else {@code before}. */
  public Object[] keyRow() {
    return after != null ? after : before;
  }

  @Override
  public String toString() {
    return op + " " + schema.id() + " @" + position.encode();
  }
}
