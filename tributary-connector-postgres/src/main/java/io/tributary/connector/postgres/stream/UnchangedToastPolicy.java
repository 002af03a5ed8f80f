package io.tributary.connector.postgres.stream;

import io.tributary.api.TributaryException;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.postgres.position.WalPosition;

/**
 * What an UPDATE's column becomes when pgoutput did not send it: a TOASTed value the update left
 * unchanged ({@code 'u'}) in a table whose REPLICA IDENTITY is not FULL, so no old row image
 * carries it either. (With FULL identity the stream takes the value from the old image and never
 * asks this policy.)
 *
 * <p>{@link #keepTargetValue()} is the default: it puts {@link Unchanged#VALUE} in the column, which
 * the runtime's batch folding fills from an earlier image of the same key and sinks leave out of
 * their update. {@link #refuse()} stops the stream with a message instead; {@link #marker(Object)}
 * emits any other sentinel (tests). A key-changing update is refused whatever the policy.
 */
@FunctionalInterface
public interface UnchangedToastPolicy {

  /**
   * The value to put in column {@code column} of the UPDATE's new row image.
   *
   * @throws TributaryException when the update cannot be captured faithfully
   */
  Object valueFor(TableSchema table, int column, WalPosition position);

  /** Puts {@link Unchanged#VALUE} in the column: the targets keep the value they have. */
  static UnchangedToastPolicy keepTargetValue() {
    return marker(Unchanged.VALUE);
  }

  /** Stops the stream: an event without the value would overwrite the target's value. */
  static UnchangedToastPolicy refuse() {
    return (table, column, position) -> {
      String name = table.columns().get(column).name();
      String quoted = '"' + table.id().namespace().replace("\"", "\"\"") + "\".\"" + table.id().name().replace("\"", "\"\"") + '"';
      throw new TributaryException(
          "the UPDATE of " + table.id() + " at " + position + " left the large (TOASTed) value of column " + name
              + " unchanged, and with REPLICA IDENTITY DEFAULT PostgreSQL does not send it, so the new row cannot be"
              + " written without losing that value. Run ALTER TABLE " + quoted + " REPLICA IDENTITY FULL; so later"
              + " updates carry it; this update was logged without it, so the table must be copied again: delete the"
              + " pipeline's state and the table at the targets and restart with startup-mode: initial.");
    };
  }

  /** Puts {@code marker} in the column: a "keep the target's value" sentinel sinks understand. */
  static UnchangedToastPolicy marker(Object marker) {
    return (table, column, position) -> marker;
  }
}
