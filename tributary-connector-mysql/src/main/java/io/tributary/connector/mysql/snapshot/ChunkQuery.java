package io.tributary.connector.mysql.snapshot;

import io.tributary.connector.mysql.schema.MySqlTable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two statements that read a table in primary-key chunks by keyset pagination: the first chunk,
 * and every later one, which starts after the previous chunk's last key. A composite key's bound
 * {@code (k1, k2) > (?, ?)} is written as {@code k1 > ? OR (k1 = ? AND k2 > ?)}, a form both MySQL
 * and MariaDB turn into index ranges.
 *
 * @param first the statement for the first chunk
 * @param next the statement for a chunk after a key; its parameters are listed by {@link
 *     #parameterKeyIndexes()}
 * @param parameterKeyIndexes for each parameter of {@code next}, which key column's value it takes
 */
record ChunkQuery(String first, String next, int[] parameterKeyIndexes) {

  /** The statements for {@code table}, {@code chunkSize} rows each. */
  static ChunkQuery of(MySqlTable table, int chunkSize) {
    List<String> key = table.schema().primaryKey();
    String select = selectAll(table);
    String order = orderBy(key) + " LIMIT " + chunkSize;
    StringBuilder where = new StringBuilder(" WHERE ");
    int parameters = key.size() * (key.size() + 1) / 2;
    int[] indexes = new int[parameters];
    int p = 0;
    for (int term = 0; term < key.size(); term++) {
      where.append(term == 0 ? "(" : " OR (");
      for (int k = 0; k <= term; k++) {
        where.append(k == 0 ? "" : " AND ").append(quote(key.get(k))).append(k == term ? " > ?" : " = ?");
        indexes[p++] = k;
      }
      where.append(')');
    }
    return new ChunkQuery(select + order, select + where + order, indexes);
  }

  /**
   * The statement for the first {@code rows} rows of {@code table}, in primary-key order when it
   * has a key (the order of the snapshot's first chunk), else in the server's order.
   */
  static String firstRows(MySqlTable table, int rows) {
    List<String> key = table.schema().primaryKey();
    return selectAll(table) + (key.isEmpty() ? "" : orderBy(key)) + " LIMIT " + rows;
  }

  private static String selectAll(MySqlTable table) {
    return "SELECT " + table.columnNames().stream().map(ChunkQuery::quote).collect(Collectors.joining(", "))
        + " FROM " + quote(table.id().namespace()) + "." + quote(table.id().name());
  }

  private static String orderBy(List<String> key) {
    return " ORDER BY " + key.stream().map(ChunkQuery::quote).collect(Collectors.joining(", "));
  }

  /** A MySQL identifier in backticks, backticks doubled. */
  static String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }
}
