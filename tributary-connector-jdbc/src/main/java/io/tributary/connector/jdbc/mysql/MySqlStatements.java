package io.tributary.connector.jdbc.mysql;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The multi-row statements of one table shape: {@code INSERT ... VALUES (...),(...) ON DUPLICATE
 * KEY UPDATE c = VALUES(c)} (a no-op update of the first key column when every column is in the
 * key), {@code DELETE ... WHERE k IN (?, ...)} or {@code WHERE (k1, k2) IN ((?, ?), ...)}, and the update of a row's present
 * columns by key for rows with columns left unchanged.
 */
final class MySqlStatements {
  private final String insertHead;
  private final String insertRow;
  private final String insertTail;
  private final String deleteHead;
  private final String deleteRow;
  private final boolean compositeKey;
  private final MySqlDialect dialect;
  private final TableSchema schema;

  MySqlStatements(MySqlDialect dialect, TableSchema schema) {
    this.dialect = dialect;
    this.schema = schema;
    String target = dialect.table(schema.id());
    List<String> names = schema.columns().stream().map(Column::name).toList();
    insertHead = "INSERT INTO " + target + " (" + dialect.quotedList(names) + ") VALUES ";
    insertRow = placeholders(names.size());
    List<String> set = new ArrayList<>();
    for (String n : names) {
      if (!schema.primaryKey().contains(n)) {
        String q = dialect.quote(n);
        set.add(q + " = VALUES(" + q + ")");
      }
    }
    if (set.isEmpty()) {
      String first = dialect.quote(schema.primaryKey().get(0));
      set.add(first + " = " + first);
    }
    insertTail = " ON DUPLICATE KEY UPDATE " + String.join(", ", set);
    compositeKey = schema.primaryKey().size() > 1;
    String keys = dialect.quotedList(schema.primaryKey());
    deleteHead = "DELETE FROM " + target + " WHERE " + (compositeKey ? "(" + keys + ")" : keys)
        + " IN (";
    deleteRow = compositeKey ? placeholders(schema.primaryKey().size()) : "?";
  }

  /** The upsert of {@code rows} rows. */
  String upsert(int rows) {
    StringBuilder sql = new StringBuilder(insertHead.length() + rows * (insertRow.length() + 1)
        + insertTail.length());
    sql.append(insertHead);
    repeat(sql, insertRow, rows);
    return sql.append(insertTail).toString();
  }

  /**
   * The update of one row's columns at {@code present} by key: parameters are the present
   * non-key columns in schema order, then the key columns in key order. With no present non-key
   * column it sets the first key column to itself, so the matched-row count still tells whether
   * the row exists (the driver reports found rows).
   */
  String updatePresent(int[] present) {
    List<String> set = new ArrayList<>();
    for (int i : presentNonKey(present)) {
      String q = dialect.quote(schema.columns().get(i).name());
      set.add(q + " = ?");
    }
    if (set.isEmpty()) {
      String first = dialect.quote(schema.primaryKey().get(0));
      set.add(first + " = " + first);
    }
    List<String> where = new ArrayList<>();
    for (String k : schema.primaryKey()) {
      where.add(dialect.quote(k) + " = ?");
    }
    return "UPDATE " + dialect.table(schema.id()) + " SET " + String.join(", ", set) + " WHERE "
        + String.join(" AND ", where);
  }

  /** The positions of {@code updatePresent}'s parameters in the row, in parameter order. */
  int[] updatePresentParameters(int[] present) {
    int[] nonKey = presentNonKey(present);
    int[] key = schema.primaryKeyIndexes();
    int[] all = Arrays.copyOf(nonKey, nonKey.length + key.length);
    System.arraycopy(key, 0, all, nonKey.length, key.length);
    return all;
  }

  private int[] presentNonKey(int[] present) {
    return Arrays.stream(present)
        .filter(i -> !schema.primaryKey().contains(schema.columns().get(i).name())).toArray();
  }

  /** The delete of {@code rows} keys. */
  String delete(int rows) {
    StringBuilder sql =
        new StringBuilder(deleteHead.length() + rows * (deleteRow.length() + 1) + 1);
    sql.append(deleteHead);
    repeat(sql, deleteRow, rows);
    return sql.append(')').toString();
  }

  private static void repeat(StringBuilder sql, String item, int times) {
    for (int i = 0; i < times; i++) {
      if (i > 0) {
        sql.append(',');
      }
      sql.append(item);
    }
  }

  private static String placeholders(int n) {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "?" : ",?");
    }
    return s.append(')').toString();
  }
}
