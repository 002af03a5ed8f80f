package io.tributary.connector.postgres.stream;

import io.tributary.api.TributaryException;
import io.tributary.connector.postgres.pgoutput.TupleData;
import io.tributary.connector.postgres.position.WalPosition;

/**
 * Builds the row images of an event from pgoutput tuples. A new row's TOASTed column that the
 * update left unchanged ({@code 'u'}) takes its value from the full old row when REPLICA IDENTITY
 * FULL sent one, else from the {@link UnchangedToastPolicy}. An update without an old tuple (the
 * key did not change) gets a before image holding just the key.
 */
final class RowImages {
  private final UnchangedToastPolicy unchangedToast;

  RowImages(UnchangedToastPolicy unchangedToast) {
    this.unchangedToast = unchangedToast;
  }

  /**
   * The new row.
   *
   * @param fullOldRow the whole old row (REPLICA IDENTITY FULL), or null
   * @param keyChanged whether the update moves the row to another key: a value left unchanged then
   *     cannot be kept at the target (the move is a delete and an insert), so it is always refused
   */
  Object[] newImage(RelationBinding binding, TupleData row, TupleData fullOldRow, boolean keyChanged,
      WalPosition position) {
    UnchangedToastPolicy policy = keyChanged ? UnchangedToastPolicy.refuse() : unchangedToast;
    Object[] out = new Object[requireWidth(binding, row, position)];
    for (int i = 0; i < out.length; i++) {
      byte kind = row.kind(i);
      if (kind == TupleData.UNCHANGED_TOAST) {
        out[i] = unchanged(binding, fullOldRow, i, policy, position);
      } else if (kind != TupleData.NULL) {
        out[i] = value(binding, row, i);
      }
    }
    return out;
  }

  /** The old row as sent: the whole row (FULL) or its key columns, the other columns null. */
  Object[] oldImage(RelationBinding binding, TupleData row, WalPosition position) {
    Object[] out = new Object[requireWidth(binding, row, position)];
    for (int i = 0; i < out.length; i++) {
      byte kind = row.kind(i);
      if (kind == TupleData.TEXT || kind == TupleData.BINARY) {
        out[i] = value(binding, row, i);
      }
    }
    return out;
  }

  /** A before image with the key columns of {@code after}, the other columns null. */
  Object[] keyOnly(RelationBinding binding, Object[] after) {
    Object[] out = new Object[after.length];
    for (int k : binding.keyIndexes()) {
      out[k] = after[k];
    }
    return out;
  }

  private static Object unchanged(
      RelationBinding binding, TupleData fullOldRow, int i, UnchangedToastPolicy policy, WalPosition position) {
    if (fullOldRow != null && i < fullOldRow.size()) {
      byte kind = fullOldRow.kind(i);
      if (kind == TupleData.TEXT || kind == TupleData.BINARY) {
        return value(binding, fullOldRow, i);
      }
      if (kind == TupleData.NULL) {
        return null;
      }
    }
    return policy.valueFor(binding.table().schema(), i, position);
  }

  private static Object value(RelationBinding binding, TupleData row, int i) {
    try {
      return binding.value(row, i);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("column " + binding.table().columns().get(i).name() + ": " + e.getMessage(), e);
    }
  }

  private static int requireWidth(RelationBinding binding, TupleData row, WalPosition position) {
    int width = binding.table().columns().size();
    if (row.size() != width) {
      throw new TributaryException("a row of " + binding.table().id() + " at " + position + " has " + row.size()
          + " columns where its Relation message declared " + width + "; the stream is out of step (a bug)");
    }
    return width;
  }
}
