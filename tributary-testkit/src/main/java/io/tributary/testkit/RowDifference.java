package io.tributary.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rows found on only one side of a comparison of two dumps, compared as multisets. */
record RowDifference(List<List<String>> onlyLeft, List<List<String>> onlyRight) {

  static RowDifference between(List<List<String>> left, List<List<String>> right) {
    Map<List<String>, Integer> unmatched = new HashMap<>();
    for (List<String> row : right) {
      unmatched.merge(row, 1, Integer::sum);
    }
    List<List<String>> onlyLeft = new ArrayList<>();
    for (List<String> row : left) {
      Integer count = unmatched.get(row);
      if (count == null) {
        onlyLeft.add(row);
      } else if (count == 1) {
        unmatched.remove(row);
      } else {
        unmatched.put(row, count - 1);
      }
    }
    List<List<String>> onlyRight = new ArrayList<>();
    for (List<String> row : right) {
      Integer count = unmatched.get(row);
      if (count != null) {
        onlyRight.add(row);
        unmatched.put(row, count - 1);
        unmatched.remove(row, 0);
      }
    }
    return new RowDifference(onlyLeft, onlyRight);
  }

  boolean isEmpty() {
    return onlyLeft.isEmpty() && onlyRight.isEmpty();
  }

  String describe(String leftName, String rightName, int maxRows) {
    return section(leftName, onlyLeft, maxRows) + "\n" + section(rightName, onlyRight, maxRows);
  }

  private static String section(String name, List<List<String>> rows, int maxRows) {
    StringBuilder text = new StringBuilder("rows only in " + name + " (" + rows.size() + "):");
    rows.stream().limit(maxRows).forEach(row -> text.append("\n  ").append(render(row)));
    if (rows.size() > maxRows) {
      text.append("\n  ... ").append(rows.size() - maxRows).append(" more");
    }
    return text.toString();
  }

  static String render(List<String> row) {
    return row.stream()
        .map(value -> TableDump.NULL.equals(value) ? "NULL" : "\"" + value + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
