package io.tributary.connector.jdbc.mysql;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The multi-row statements of one table shape: {@code INSERT ... VALUES (...),(...) ON DUPLICATE
 * KEY UPDATE c = VALUES(c)} (a no-op update of the first key column when every column is in the
 * key) and {@code DELETE ... WHERE k IN (?, ...)} or {@code WHERE (k1, k2) IN ((?, ?), ...)}.
 */
final class MySqlStatements {
  private final String insertHead;
  private final String insertRow;
  private final String insertTail;
  private final String deleteHead;
  private final String deleteRow;
  private final boolean compositeKey;

  MySqlStatements(MySqlDialect dialect, TableSchema schema) {
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
