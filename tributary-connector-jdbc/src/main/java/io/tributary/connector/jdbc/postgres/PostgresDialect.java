package io.tributary.connector.jdbc.postgres;

import io.tributary.api.ConfigException;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.jdbc.JdbcEndpoint;
import io.tributary.connector.jdbc.SqlDialect;
import io.tributary.connector.jdbc.SqlFailureClassifier;
import io.tributary.connector.jdbc.TargetColumn;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;

/** PostgreSQL's quoting, DDL, catalog queries and error meanings. */
public final class PostgresDialect extends SqlDialect {
  /** Names longer than this many bytes are cut by PostgreSQL (NAMEDATALEN - 1). */
  static final int MAX_NAME_BYTES = 63;

  private static final SqlFailureClassifier FAILURES = new SqlFailureClassifier(
      // admin/crash shutdown, cannot connect now, serialization failure, deadlock, lock not
      // available, insufficient resources (too many connections, out of memory or disk)
      Set.of("57P01", "57P02", "57P03", "40001", "40P01", "55P03", "53"),
      Set.of(),
      // program limit exceeded: index row or row too big for one value
      Set.of("54000"),
      Set.of());

  private static final String COLUMNS_SQL = "SELECT a.attname, NOT a.attnotnull,"
      + " pg_catalog.format_type(a.atttypid, a.atttypmod)"
      + " FROM pg_catalog.pg_class c"
      + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
      + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
      + " AND NOT a.attisdropped"
      + " WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')"
      + " ORDER BY a.attnum";

  public PostgresDialect() {
    super('"', FAILURES);
  }

  @Override
  public String productName() {
    return "PostgreSQL";
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
    p.setProperty("connectTimeout", seconds(endpoint.connectTimeout()));
    p.setProperty("loginTimeout", seconds(endpoint.connectTimeout()));
    p.setProperty("socketTimeout", seconds(endpoint.socketTimeout()));
    p.setProperty("ApplicationName", applicationName);
    p.setProperty("tcpKeepAlive", "true");
    Connection c = new org.postgresql.Driver().connect(endpoint.url(), p);
    if (c == null) {
      throw new ConfigException("url", "'" + endpoint.displayUrl()
          + "' is not a PostgreSQL JDBC URL; write jdbc:postgresql://host:5432/database");
    }
    return c;
  }

  private static String seconds(Duration d) {
    long s = d.toSeconds();
    return Long.toString(d.isZero() ? 0 : Math.max(1, s));
  }

  @Override
  protected void checkLength(String identifier) {
    if (identifier.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      throw new TributaryException("the name '" + identifier + "' is longer than the "
          + MAX_NAME_BYTES + " bytes PostgreSQL keeps of a name; rename it with a transform");
    }
  }

  @Override
  public String offsetsTableSql() {
    return "CREATE TABLE IF NOT EXISTS " + offsetsTable() + " (" + quote("pipeline")
        + " text NOT NULL, " + quote("sink") + " text NOT NULL, " + quote("lane")
        + " integer NOT NULL, " + quote("position") + " text NOT NULL, " + quote("updated_at")
        + " timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (" + quote("pipeline") + ", "
        + quote("sink") + ", " + quote("lane") + "))";
  }

  @Override
  public String truncationsTableSql() {
    return "CREATE TABLE IF NOT EXISTS " + table(truncationsTableId()) + " ("
        + quote("change_key") + " char(64) PRIMARY KEY, " + quote("pipeline") + " text NOT NULL, "
        + quote("sink") + " text NOT NULL, " + quote("target") + " text NOT NULL, "
        + quote("position") + " text NOT NULL, " + quote("applied_at")
        + " timestamptz NOT NULL DEFAULT now())";
  }

  @Override
  public String offsetUpsertSql() {
    return "INSERT INTO " + offsetsTable() + " (" + quote("pipeline") + ", " + quote("sink")
        + ", " + quote("lane") + ", " + quote("position") + ", " + quote("updated_at")
        + ") VALUES (?, ?, ?, ?, now()) ON CONFLICT (" + quote("pipeline") + ", " + quote("sink")
        + ", " + quote("lane") + ") DO UPDATE SET " + quote("position") + " = EXCLUDED."
        + quote("position") + ", " + quote("updated_at") + " = EXCLUDED." + quote("updated_at");
  }

  @Override
  public String truncationInsertSql() {
    return "INSERT INTO " + table(truncationsTableId()) + " (" + quote("change_key") + ", "
        + quote("pipeline") + ", " + quote("sink") + ", " + quote("target") + ", "
        + quote("position") + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  }

  @Override
  public boolean namespaceExists(Connection connection, String namespace) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
      ps.setString(1, namespace);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public String createNamespaceSql(String namespace) {
    return "CREATE SCHEMA IF NOT EXISTS " + quote(namespace);
  }

  @Override
  public String createTableSql(TableSchema schema) {
    StringJoiner parts = new StringJoiner(", ", "CREATE TABLE IF NOT EXISTS " + table(schema.id())
        + " (", ")");
    for (Column c : schema.columns()) {
      String notNull = c.nullable() ? "" : " NOT NULL";
      parts.add(quote(c.name()) + " " + PostgresTypes.of(c.type()) + notNull);
    }
    if (schema.hasPrimaryKey()) {
      parts.add("PRIMARY KEY (" + quotedList(schema.primaryKey()) + ")");
    }
    return parts.toString();
  }

  @Override
  public String addColumnsSql(TableSchema schema, List<Column> missing) {
    StringJoiner parts = new StringJoiner(", ", "ALTER TABLE " + table(schema.id()) + " ", "");
    for (Column c : missing) {
      parts.add("ADD COLUMN IF NOT EXISTS " + quote(c.name()) + " " + PostgresTypes.of(c.type()));
    }
    return parts.toString();
  }

  @Override
  public String relaxNotNullSql(TableId table, TargetColumn column) {
    return "ALTER TABLE " + table(table) + " ALTER COLUMN " + quote(column.name())
        + " DROP NOT NULL";
  }

  @Override
  public Optional<List<TargetColumn>> readColumns(Connection connection, TableId table)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(COLUMNS_SQL)) {
      ps.setString(1, table.namespace());
      ps.setString(2, table.name());
      try (ResultSet rs = ps.executeQuery()) {
        boolean found = false;
        List<TargetColumn> columns = new ArrayList<>();
        while (rs.next()) {
          found = true;
          if (rs.getString(1) != null) {
            columns.add(new TargetColumn(rs.getString(1), rs.getBoolean(2), rs.getString(3)));
          }
        }
        return found ? Optional.of(columns) : Optional.empty();
      }
    }
  }

  /** The quoted names joined with commas. */
  String quotedList(List<String> names) {
    StringJoiner j = new StringJoiner(", ");
    names.forEach(n -> j.add(quote(n)));
    return j.toString();
  }
}
