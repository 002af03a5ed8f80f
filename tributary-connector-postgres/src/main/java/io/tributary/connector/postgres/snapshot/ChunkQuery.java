package io.tributary.connector.postgres.snapshot;

import io.tributary.connector.postgres.schema.PgColumn;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.server.Publication;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that cut a table into primary-key chunks and read one chunk. Key bounds travel as
 * the text PostgreSQL prints for the key values and are cast back to the key columns' types, so
 * every key type compares exactly as the server orders it; row comparisons ({@code (k1, k2) >
 * (?, ?)}) follow the index order.
 */
final class ChunkQuery {
  private final PgTable table;
  private final int chunkSize;
  private final String columnList;
  private final String keyList;
  private final String keyParameters;

  ChunkQuery(PgTable table, int chunkSize) {
    this.table = table;
    this.chunkSize = chunkSize;
    this.columnList = table.columns().stream().map(c -> Publication.quoteIdentifier(c.name()))
        .collect(Collectors.joining(", "));
    this.keyList = table.key().stream().map(Publication::quoteIdentifier).collect(Collectors.joining(", "));
    this.keyParameters = table.key().stream().map(k -> "?::" + keyColumn(k).valueType().sourceType())
        .collect(Collectors.joining(", "));
  }

  /**
   * The statement that lists the upper bound of every full chunk after {@code after} (null: from
   * the start): the key of every {@code chunkSize}-th row.
   */
  PreparedStatement boundaries(java.sql.Connection connection, List<String> after) throws SQLException {
    String sql = "SELECT " + keyList + " FROM (SELECT " + keyList + ", row_number() OVER (ORDER BY " + keyList
        + ") AS tributary_row FROM " + Publication.quote(table.id()) + where(after != null, false)
        + ") AS keys WHERE tributary_row % " + chunkSize + " = 0 ORDER BY tributary_row";
    PreparedStatement statement = connection.prepareStatement(sql);
    bind(statement, 1, after);
    return statement;
  }

  /** The statement that reads the rows with key in {@code (after, upTo]}; null bounds are open. */
  PreparedStatement chunk(java.sql.Connection connection, List<String> after, List<String> upTo) throws SQLException {
    String sql = "SELECT " + columnList + " FROM " + Publication.quote(table.id()) + where(after != null, upTo != null)
        + " ORDER BY " + keyList;
    PreparedStatement statement = connection.prepareStatement(sql);
    int next = bind(statement, 1, after);
    bind(statement, next, upTo);
    return statement;
  }

  /** The statement that reads the first {@code chunkSize} rows in key order (a preview's sample). */
  PreparedStatement firstRows(java.sql.Connection connection) throws SQLException {
    return connection.prepareStatement("SELECT " + columnList + " FROM " + Publication.quote(table.id())
        + " ORDER BY " + keyList + " LIMIT " + chunkSize);
  }

  private String where(boolean lower, boolean upper) {
    if (!lower && !upper) {
      return "";
    }
    String lowerTerm = "(" + keyList + ") > (" + keyParameters + ")";
    String upperTerm = "(" + keyList + ") <= (" + keyParameters + ")";
    return " WHERE " + (lower && upper ? lowerTerm + " AND " + upperTerm : lower ? lowerTerm : upperTerm);
  }

  private static int bind(PreparedStatement statement, int first, List<String> key) throws SQLException {
    if (key == null) {
      return first;
    }
    for (int i = 0; i < key.size(); i++) {
      statement.setString(first + i, key.get(i));
    }
    return first + key.size();
  }

  private PgColumn keyColumn(String name) {
    return table.columns().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("key column " + name + " is not a column of " + table.id()));
  }
}
