package io.tributary.api.event;

/**
 * Marks a column whose value a change did not carry: "keep the value the target already has".
 *
 * <p>PostgreSQL logical replication, for example, leaves an unchanged TOASTed column out of an
 * UPDATE's new row image when the table's replica identity is DEFAULT; the source puts {@link
 * #VALUE} in that column instead of a guess.
 *
 * <p>Contract: {@link #VALUE} may appear only in the {@link ChangeEvent#after() after} row of an
 * {@link Operation#UPDATE} event, and only in columns that are not part of the primary key. Sources
 * guarantee this; {@link ChangeEvent} does not scan rows to check it (that would cost every event
 * on the capture path). A batch folder replaces the marker by the latest full value it holds for
 * the same key; a sink writing a row that still carries it updates only the present columns of an
 * existing row, and reports a row missing at the target as rejected, because the absent column's
 * value is unknown. Compare with {@code ==}: there is exactly one instance.
 */
public final class Unchanged {
  /** The only instance. */
  public static final Unchanged VALUE = new Unchanged();

  private Unchanged() {}

  /** True when {@code value} is the marker. */
  public static boolean is(Object value) {
    return value == VALUE;
  }

  /** True when any value of {@code row} is the marker; null rows have none. */
  public static boolean anyIn(Object[] row) {
    if (row == null) {
      return false;
    }
    for (Object value : row) {
      if (value == VALUE) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "UNCHANGED";
  }
}
