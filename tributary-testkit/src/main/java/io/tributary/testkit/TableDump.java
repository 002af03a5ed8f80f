package io.tributary.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads whole tables over JDBC into canonical, sorted text rows, so a MariaDB source table can be compared with
 * its replica in PostgreSQL, MariaDB or DuckDB: {@code assertSameRows(dump(source, ...), dump(target, ...))}.
 * Each value becomes one string ({@link CanonicalValue}); JSON columns are canonicalized ({@link CanonicalJson});
 * CHAR columns lose their trailing pad spaces; MariaDB {@code TINYINT(1)} reads as a number, {@code BIT(n)} as
 * hex bytes (and PostgreSQL/DuckDB bit strings as the same hex) and {@code YEAR} as a number, matching how
 * Tributary maps them. Rows are sorted by the key columns
 * (numerically where both values are numbers), then by the whole row.
 */
public final class TableDump {

  /** The canonical text of SQL NULL (U+2400, "SYMBOL FOR NULL"). */
  public static final String NULL = "\u2400";

  private static final int SHOWN_DIFFERENCES = 10;

  private TableDump() {}

  /**
   * All columns of {@code schema.table} (schema may be null: the connection's current schema or database; for
   * MariaDB the schema is the database), sorted by {@code keyColumns}.
   */
  public static List<List<String>> dump(Connection connection, String schema, String table, String... keyColumns) {
    return dump(connection, schema, table, List.of("*"), List.of(keyColumns));
  }

  /** The given {@code columns} (in that order; {@code "*"} for all) of {@code schema.table}, sorted by keys. */
  public static List<List<String>> dump(Connection connection, String schema, String table, List<String> columns,
      List<String> keyColumns) {
    try {
      String quote = connection.getMetaData().getIdentifierQuoteString().strip();
      String select = columns.equals(List.of("*")) ? "*"
          : columns.stream().map(c -> quote(quote, c)).collect(Collectors.joining(", "));
      String from = (schema == null ? "" : quote(quote, schema) + ".") + quote(quote, table);
      return dumpQuery(connection, "SELECT " + select + " FROM " + from, keyColumns);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read table " + schema + "." + table + ": " + e.getMessage(), e);
    }
  }

  /** The rows of any query, sorted by {@code keyColumns} (result column labels, case-insensitive). */
  public static List<List<String>> dumpQuery(Connection connection, String sql, List<String> keyColumns) {
    try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql)) {
      ResultColumns columns = ResultColumns.of(connection, resultSet.getMetaData());
      List<List<String>> rows = new ArrayList<>();
      while (resultSet.next()) {
        rows.add(columns.read(resultSet));
      }
      return sorted(rows, columns.indexesOf(keyColumns, sql));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot dump rows of " + sql + ": " + e.getMessage(), e);
    }
  }

  /** A sorted copy of {@code rows}: by the values at {@code keyIndexes}, then by the whole row. */
  public static List<List<String>> sorted(List<List<String>> rows, int... keyIndexes) {
    List<RowOrder.Keyed> keyed = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      keyed.add(RowOrder.keyed(row, keyIndexes));
    }
    Collections.sort(keyed);
    List<List<String>> result = new ArrayList<>(rows.size());
    keyed.forEach(k -> result.add(k.row()));
    return result;
  }

  /** A copy of {@code rows} with {@code mapping} applied to column {@code index} (NULL markers are kept). */
  public static List<List<String>> mapColumn(List<List<String>> rows, int index, UnaryOperator<String> mapping) {
    List<List<String>> result = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      List<String> copy = new ArrayList<>(row);
      if (!NULL.equals(copy.get(index))) {
        copy.set(index, mapping.apply(copy.get(index)));
      }
      result.add(copy);
    }
    return result;
  }

  /** {@link #assertSameRows(String, List, List)} with a generic description. */
  public static void assertSameRows(List<List<String>> source, List<List<String>> target) {
    assertSameRows("source and target", source, target);
  }

  /**
   * Checks that both dumps hold the same rows (as multisets, so order does not matter).
   *
   * @throws AssertionError naming the row counts and the first rows found only on one side
   */
  public static void assertSameRows(String description, List<List<String>> source, List<List<String>> target) {
    RowDifference difference = RowDifference.between(source, target);
    if (difference.isEmpty()) {
      return;
    }
    throw new AssertionError(description + " differ: source has " + source.size() + " rows, target has "
        + target.size() + "\n" + difference.describe("source", "target", SHOWN_DIFFERENCES));
  }

  static String quote(String quote, String identifier) {
    if (quote.isEmpty()) {
      return identifier;
    }
    return quote + identifier.replace(quote, quote + quote) + quote;
  }

  static boolean isMariaDbOrMySql(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("mariadb") || product.contains("mysql");
  }
}
