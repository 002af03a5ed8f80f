package io.tributary.runtime.batch;

import java.util.Arrays;
import java.util.Objects;

/**
 * The primary-key values of one row, compared by value (byte arrays by content), so they can key a
 * hash map. Immutable.
 */
public final class RowKey {
  private final Object[] values;
  private final int hash;

  private RowKey(Object[] values) {
    this.values = values;
    this.hash = Arrays.deepHashCode(values);
  }

  /** The key of {@code row} given the positions of the key columns. */
  public static RowKey of(Object[] row, int[] keyIndexes) {
    Object[] v = new Object[keyIndexes.length];
    for (int i = 0; i < keyIndexes.length; i++) {
      v[i] = row[keyIndexes[i]];
    }
    return new RowKey(v);
  }

  /** Whether two rows have the same key, without building keys. */
  public static boolean sameKey(Object[] a, Object[] b, int[] keyIndexes) {
    for (int i : keyIndexes) {
      if (!Objects.deepEquals(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  /** A hash of the key values of {@code row}, stable across runs (used to pick a lane). */
  public static int hashOf(Object[] row, int[] keyIndexes) {
    int h = 1;
    for (int i : keyIndexes) {
      Object v = row[i];
      h = 31 * h + (v instanceof byte[] b ? Arrays.hashCode(b) : v == null ? 0 : v.hashCode());
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowKey k && k.hash == hash && Arrays.deepEquals(k.values, values);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return Arrays.deepToString(values);
  }
}
