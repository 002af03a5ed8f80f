package io.tributary.connector.jdbc.mysql;

import io.tributary.api.ConfigException;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.jdbc.JdbcEndpoint;
import io.tributary.connector.jdbc.SqlDialect;
import io.tributary.connector.jdbc.SqlFailureClassifier;
import io.tributary.connector.jdbc.TargetColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;

/**
 * MySQL's and MariaDB's quoting, DDL, catalog queries and error meanings. Every connection runs
 * with {@code time_zone = '+00:00'} (TIMESTAMP values are written and read as UTC) and a fixed
 * {@code sql_mode} of {@code STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION}, so a
 * value that does not fit is refused instead of silently cut, and a 0 in an AUTO_INCREMENT column
 * stays 0. Tables and databases it creates are {@code utf8mb4} with {@code utf8mb4_bin}, which
 * compares keys byte for byte as the source did.
 */
public final class MySqlDialect extends SqlDialect {
  static final int MAX_NAME_CHARS = 64;
  static final String SQL_MODE = "STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION";
  private static final String TABLE_OPTIONS =
      " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

  private static final SqlFailureClassifier FAILURES = new SqlFailureClassifier(
      // connection exceptions, deadlock / serialization failure, query interrupted
      Set.of("08", "40001", "70100"),
      // too many connections, server shutdown, lock wait timeout, deadlock, query interrupted,
      // MariaDB connection killed, client idle disconnect, gone away, lost connection
      Set.of(1040, 1053, 1205, 1213, 1317, 1927, 4031, 2006, 2013),
      Set.of(),
      // column cannot be null, duplicate key, out of range, data truncated, incorrect datetime,
      // incorrect value, illegal value, too long, incorrect datetime for function, foreign key,
      // value out of range, invalid characters, invalid JSON, check constraint (MySQL, MariaDB)
      Set.of(1048, 1062, 1264, 1265, 1292, 1366, 1367, 1406, 1411, 1451, 1452, 1690, 1300,
          3140, 3819, 4025));

  public MySqlDialect() {
    super('`', FAILURES);
  }

  @Override
  public String productName() {
    return "MySQL";
  }

  /** MySQL column names compare without case. */
  @Override
  public String columnKey(String columnName) {
    return columnName.toLowerCase(Locale.ROOT);
  }

  @Override
  protected void checkLength(String identifier) {
    if (identifier.codePointCount(0, identifier.length()) > MAX_NAME_CHARS) {
      throw new TributaryException("the name '" + identifier + "' is longer than the "
          + MAX_NAME_CHARS + " characters MySQL allows; rename it with a transform");
    }
  }

  @Override
  public Connection connect(JdbcEndpoint endpoint, String applicationName) throws SQLException {
    Properties p = new Properties();
    if (endpoint.username() != null) {
      p.setProperty("user", endpoint.username());
    }
    if (endpoint.password() != null) {
      p.setProperty("password", endpoint.password());
    }
    p.setProperty("connectTimeout", Long.toString(endpoint.connectTimeout().toMillis()));
    p.setProperty("socketTimeout", Long.toString(endpoint.socketTimeout().toMillis()));
    p.setProperty("tcpKeepAlive", "true");
    Connection c = new org.mariadb.jdbc.Driver().connect(driverUrl(endpoint.url()), p);
    if (c == null) {
      throw new ConfigException("url", "'" + endpoint.displayUrl()
          + "' is not a MySQL or MariaDB JDBC URL; write jdbc:mysql://host:3306/ or"
          + " jdbc:mariadb://host:3306/");
    }
    try (Statement s = c.createStatement()) {
      s.execute("SET time_zone = '+00:00', sql_mode = '" + SQL_MODE + "'");
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** {@code jdbc:mysql:} URLs are served by the MariaDB driver under its own scheme. */
  static String driverUrl(String url) {
    String mysql = "jdbc:mysql:";
    return url.startsWith(mysql) ? "jdbc:mariadb:" + url.substring(mysql.length()) : url;
  }

  @Override
  public String offsetsTableSql() {
    return "CREATE TABLE IF NOT EXISTS " + offsetsTable() + " (`pipeline` varchar(255) NOT NULL,"
        + " `sink` varchar(255) NOT NULL, `lane` int NOT NULL, `position` mediumtext NOT NULL,"
        + " `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),"
        + " PRIMARY KEY (`pipeline`, `sink`, `lane`))" + TABLE_OPTIONS;
  }

  @Override
  public String truncationsTableSql() {
    return "CREATE TABLE IF NOT EXISTS " + table(truncationsTableId())
        + " (`change_key` char(64) NOT NULL PRIMARY KEY, `pipeline` varchar(255) NOT NULL,"
        + " `sink` varchar(255) NOT NULL, `target` text NOT NULL, `position` mediumtext NOT NULL,"
        + " `applied_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6))" + TABLE_OPTIONS;
  }

  @Override
  public String offsetUpsertSql() {
    return "INSERT INTO " + offsetsTable() + " (`pipeline`, `sink`, `lane`, `position`,"
        + " `updated_at`) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE"
        + " `position` = VALUES(`position`), `updated_at` = VALUES(`updated_at`)";
  }

  @Override
  public String truncationInsertSql() {
    return "INSERT INTO " + table(truncationsTableId()) + " (`change_key`, `pipeline`, `sink`,"
        + " `target`, `position`) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
        + " `change_key` = `change_key`";
  }

  @Override
  public boolean namespaceExists(Connection connection, String namespace) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT schema_name FROM information_schema.schemata WHERE schema_name = ?")) {
      ps.setString(1, namespace);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (namespace.equals(rs.getString(1))) {
            return true;
          }
        }
        return false;
      }
    }
  }

  @Override
  public String createNamespaceSql(String namespace) {
    return "CREATE DATABASE IF NOT EXISTS " + quote(namespace)
        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
  }

  @Override
  public String createTableSql(TableSchema schema) {
    List<String> types = MySqlTypes.of(schema);
    StringJoiner parts = new StringJoiner(", ", "CREATE TABLE IF NOT EXISTS " + table(schema.id())
        + " (", ")" + TABLE_OPTIONS);
    for (int i = 0; i < types.size(); i++) {
      Column c = schema.columns().get(i);
      parts.add(quote(c.name()) + " " + types.get(i) + (c.nullable() ? " NULL" : " NOT NULL"));
    }
    if (schema.hasPrimaryKey()) {
      parts.add("PRIMARY KEY (" + quotedList(schema.primaryKey()) + ")");
    }
    return parts.toString();
  }

  @Override
  public String addColumnsSql(TableSchema schema, List<Column> missing) {
    List<String> types = MySqlTypes.of(schema);
    StringJoiner parts = new StringJoiner(", ", "ALTER TABLE " + table(schema.id()) + " ", "");
    for (Column c : missing) {
      parts.add("ADD COLUMN " + quote(c.name()) + " " + types.get(schema.indexOf(c.name()))
          + " NULL");
    }
    return parts.toString();
  }

  @Override
  public String relaxNotNullSql(TableId table, TargetColumn column) {
    return "ALTER TABLE " + table(table) + " MODIFY COLUMN " + quote(column.name()) + " "
        + column.definition() + " NULL";
  }

  @Override
  public Optional<List<TargetColumn>> readColumns(Connection connection, TableId table)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT table_schema, table_name,"
        + " column_name, is_nullable, column_type, character_set_name, collation_name"
        + " FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
        + " ORDER BY ordinal_position")) {
      ps.setString(1, table.namespace());
      ps.setString(2, table.name());
      try (ResultSet rs = ps.executeQuery()) {
        List<TargetColumn> columns = new ArrayList<>();
        while (rs.next()) {
          if (table.namespace().equals(rs.getString(1)) && table.name().equals(rs.getString(2))) {
            columns.add(new TargetColumn(rs.getString(3), "YES".equals(rs.getString(4)),
                definition(rs.getString(5), rs.getString(6), rs.getString(7))));
          }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
      }
    }
  }

  private static String definition(String type, String charset, String collation) {
    return charset == null ? type : type + " CHARACTER SET " + charset + " COLLATE " + collation;
  }

  String quotedList(List<String> names) {
    StringJoiner j = new StringJoiner(", ");
    names.forEach(n -> j.add(quote(n)));
    return j.toString();
  }
}
