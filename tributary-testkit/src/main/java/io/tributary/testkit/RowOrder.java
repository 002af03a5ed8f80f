package io.tributary.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Sort order of dumped rows: key values (NULL first, then numbers numerically, then text), then whole rows. */
final class RowOrder {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private RowOrder() {}

  /** A row with its parsed sort key. */
  record Keyed(List<String> row, Object[] keys) implements Comparable<Keyed> {
    @Override
    public int compareTo(Keyed other) {
      for (int i = 0; i < keys.length; i++) {
        int order = compareKeys(keys[i], other.keys[i]);
        if (order != 0) {
          return order;
        }
      }
      return compareRows(row, other.row);
    }
  }

  static Keyed keyed(List<String> row, int... keyIndexes) {
    Object[] keys = new Object[keyIndexes.length];
    for (int i = 0; i < keyIndexes.length; i++) {
      String value = row.get(keyIndexes[i]);
      keys[i] = value.length() < 400 && NUMBER.matcher(value).matches() ? new BigDecimal(value) : value;
    }
    return new Keyed(row, keys);
  }

  private static int compareKeys(Object left, Object right) {
    if (left instanceof BigDecimal l && right instanceof BigDecimal r) {
      return l.compareTo(r);
    }
    int leftRank = rank(left);
    int rightRank = rank(right);
    return leftRank != rightRank ? Integer.compare(leftRank, rightRank) : ((String) left).compareTo((String) right);
  }

  private static int rank(Object key) {
    if (TableDump.NULL.equals(key)) {
      return 0;
    }
    return key instanceof BigDecimal ? 1 : 2;
  }

  private static int compareRows(List<String> left, List<String> right) {
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int order = left.get(i).compareTo(right.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.size(), right.size());
  }
}
