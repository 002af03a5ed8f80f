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

  /** The row that identifies the key: {@code after} when present, else {@code before}. */
  public Object[] keyRow() {
    return after != null ? after : before;
  }

  @Override
  public String toString() {
    return op + " " + schema.id() + " @" + position.encode();
  }
}
