package io.tributary.connector.mysql.schema;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads table shapes from {@code information_schema}: base tables, their columns in order, their
 * primary keys, and (on MariaDB) which LONGTEXT columns are JSON through a {@code json_valid} check.
 * System databases are never read.
 */
public final class SchemaReader {

  /** Databases that are never captured. */
  public static final Set<String> SYSTEM_DATABASES =
      Set.of("mysql", "information_schema", "performance_schema", "sys");

  private static final String NOT_SYSTEM =
      " NOT IN ('mysql','information_schema','performance_schema','sys')";
  private static final Pattern JSON_CHECK =
      Pattern.compile("\\s*json_valid\\(\\s*`((?:[^`]|``)+)`\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);

  private final boolean mariaDb;

  /** @param mariaDb whether the server is MariaDB (JSON columns are LONGTEXT with a check there) */
  public SchemaReader(boolean mariaDb) {
    this.mariaDb = mariaDb;
  }

  /**
   * Every base table accepted by {@code filter}, sorted by {@link TableId}. Tables without a
   * primary key are returned with an empty key; the caller decides what to do with them.
   *
   * @throws TributaryException naming every column whose type cannot be captured
   */
  public Map<TableId, MySqlTable> readAll(Connection connection, Predicate<TableId> filter) throws SQLException {
    return read(connection, "", List.of(), filter);
  }

  /** The current shape of one table, or empty when it does not exist. */
  public Optional<MySqlTable> read(Connection connection, TableId table) throws SQLException {
    Map<TableId, MySqlTable> found =
        read(connection, " AND TABLE_SCHEMA = ? AND TABLE_NAME = ?", List.of(table.namespace(), table.name()), t -> true);
    return Optional.ofNullable(found.get(table));
  }

  private Map<TableId, MySqlTable> read(
      Connection connection, String scope, List<String> params, Predicate<TableId> filter) throws SQLException {
    Map<TableId, Long> estimates = tables(connection, scope, params, filter);
    Map<TableId, List<String>> keys = primaryKeys(connection, scope, params, estimates.keySet());
    Set<String> jsonColumns = mariaDb ? jsonChecks(connection, scope, params) : Set.of();
    Map<TableId, List<MySqlColumn>> columns = columns(connection, scope, params, estimates.keySet(), jsonColumns);
    Map<TableId, MySqlTable> out = new TreeMap<>();
    columns.forEach(
        (id, cols) -> {
          List<Column> logical = cols.stream().map(MySqlColumn::column).toList();
          TableSchema schema = new TableSchema(id, logical, keys.getOrDefault(id, List.of()), 1);
          out.put(id, new MySqlTable(schema, cols, estimates.get(id)));
        });
    return out;
  }

  /** The columns of the wanted tables, in order; fails naming every column that cannot be captured. */
  private static Map<TableId, List<MySqlColumn>> columns(
      Connection connection, String scope, List<String> params, Set<TableId> wanted, Set<String> jsonColumns)
      throws SQLException {
    Map<TableId, List<MySqlColumn>> columns = new HashMap<>();
    List<String> unsupported = new ArrayList<>();
    String sql =
        "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, CHARACTER_SET_NAME, DATA_TYPE"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA" + NOT_SYSTEM + scope
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION";
    try (PreparedStatement statement = prepare(connection, sql, params);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableId id = new TableId(rows.getString(1), rows.getString(2));
        if (!wanted.contains(id)) {
          continue;
        }
        String name = rows.getString(3);
        String columnType = rows.getString(4);
        boolean json = "json".equalsIgnoreCase(rows.getString(7)) || jsonColumns.contains(columnKey(id, name));
        try {
          columns.computeIfAbsent(id, k -> new ArrayList<>())
              .add(MySqlColumn.describe(name, columnType, "YES".equals(rows.getString(5)), rows.getString(6), json));
        } catch (IllegalArgumentException e) {
          unsupported.add(id + "." + name + " (" + columnType + ": " + e.getMessage() + ")");
        }
      }
    }
    if (!unsupported.isEmpty()) {
      throw new TributaryException(
          "cannot capture these columns: " + String.join("; ", unsupported)
              + ". Exclude their tables with 'tables-exclude', or change the column types.");
    }
    return columns;
  }

  private static Map<TableId, Long> tables(
      Connection connection, String scope, List<String> params, Predicate<TableId> filter) throws SQLException {
    String sql =
        "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES"
            + " WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA" + NOT_SYSTEM + scope;
    Map<TableId, Long> out = new HashMap<>();
    try (PreparedStatement statement = prepare(connection, sql, params);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableId id = new TableId(rows.getString(1), rows.getString(2));
        if (filter.test(id)) {
          out.put(id, rows.getLong(3));
        }
      }
    }
    return out;
  }

  private static Map<TableId, List<String>> primaryKeys(
      Connection connection, String scope, List<String> params, Set<TableId> wanted) throws SQLException {
    String sql =
        "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
            + " WHERE INDEX_NAME = 'PRIMARY' AND TABLE_SCHEMA" + NOT_SYSTEM + scope
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME, SEQ_IN_INDEX";
    Map<TableId, List<String>> out = new HashMap<>();
    try (PreparedStatement statement = prepare(connection, sql, params);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableId id = new TableId(rows.getString(1), rows.getString(2));
        if (wanted.contains(id)) {
          out.computeIfAbsent(id, k -> new ArrayList<>()).add(rows.getString(3));
        }
      }
    }
    return out;
  }

  private static Set<String> jsonChecks(Connection connection, String scope, List<String> params) throws SQLException {
    String sql =
        "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
            + " WHERE LEVEL = 'Column' AND CONSTRAINT_SCHEMA" + NOT_SYSTEM
            + scope.replace("TABLE_SCHEMA", "CONSTRAINT_SCHEMA");
    Set<String> out = new HashSet<>();
    try (PreparedStatement statement = prepare(connection, sql, params);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        Matcher m = JSON_CHECK.matcher(rows.getString(3));
        if (m.matches()) {
          TableId id = new TableId(rows.getString(1), rows.getString(2));
          out.add(columnKey(id, m.group(1).replace("``", "`")));
        }
      }
    }
    return out;
  }

  private static String columnKey(TableId id, String column) {
    return id.namespace() + '\u0000' + id.name() + '\u0000' + column;
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<String> params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      statement.setString(i + 1, params.get(i));
    }
    return statement;
  }
}
