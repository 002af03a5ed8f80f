package io.tributary.connector.duckdb;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and changes the sink's target tables: creates them, adds columns, relaxes NOT NULL, follows
 * type changes, empties them. Every operation is idempotent, so a change replayed after a restart
 * finds the table already changed and does nothing.
 *
 * <p>DuckDB matches identifiers case-insensitively in ASCII only ({@code "ID"} is {@code "id"},
 * {@code "Ä"} is not {@code "ä"}); this class compares names the same way.
 */
final class DuckDbCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(DuckDbCatalog.class);
  private static final String COLUMNS =
      "SELECT schema_name, table_name, column_name, is_nullable FROM duckdb_columns()"
          + " WHERE database_name = ? AND lower(schema_name) = lower(?) AND lower(table_name) = lower(?)"
          + " ORDER BY column_index";

  private final Connection connection;
  private final DuckDbSql sql;
  private final DuckDbTypeMapping types;
  private final DuckDbOffsets offsets;

  /** A column of an existing target table. */
  record ExistingColumn(String name, boolean nullable) {}

  /**
   * @param connection a connection in auto-commit mode
   * @param sql names the tables in the database's catalog
   * @param offsets where truncations are recorded
   */
  DuckDbCatalog(Connection connection, DuckDbSql sql, DuckDbTypeMapping types, DuckDbOffsets offsets) {
    this.connection = connection;
    this.sql = sql;
    this.types = types;
    this.offsets = offsets;
  }

  /** Creates the table when missing, or adds the columns it lacks. */
  void ensureTable(TableSchema schema) throws SQLException {
    if (schema.columns().isEmpty()) {
      throw new SQLException("table " + schema.id() + " has no columns; DuckDB cannot create a table without columns");
    }
    execute(sql.createSchema(schema.id().namespace()));
    Map<String, ExistingColumn> existing = columns(schema.id());
    if (existing.isEmpty()) {
      execute(sql.createTable(schema, types));
      LOG.info("Created DuckDB table {}", schema.id());
      return;
    }
    for (Column c : schema.columns()) {
      if (!existing.containsKey(identifierKey(c.name()))) {
        execute(sql.addColumn(schema.id(), c, types));
        LOG.info("Added column {} {} to DuckDB table {}", c.name(), types.targetType(c.type()), schema.id());
      }
    }
  }

  /** Applies a source's schema change to its target table. */
  void apply(SchemaChange change) throws SQLException {
    switch (change.kind()) {
      case CREATE_TABLE -> ensureTable(shapeAfter(change));
      case ALTER_TABLE -> alter(change.before(), shapeAfter(change));
      case TRUNCATE_TABLE -> truncateOnce(change.table(), change.position().encode());
      case DROP_TABLE -> LOG.info("Table {} was dropped at the source; its DuckDB table is kept with its rows", change.table());
    }
  }

  private static TableSchema shapeAfter(SchemaChange change) {
    if (change.after() == null) {
      throw new IllegalArgumentException(change.kind() + " of " + change.table() + " carries no new table shape");
    }
    return change.after();
  }

  /** Adds new columns, drops NOT NULL from dropped or now-nullable columns, follows type changes. */
  private void alter(TableSchema before, TableSchema after) throws SQLException {
    ensureTable(after);
    Map<String, Column> wanted = new LinkedHashMap<>();
    after.columns().forEach(c -> wanted.put(identifierKey(c.name()), c));
    Set<String> key = new HashSet<>();
    after.primaryKey().forEach(k -> key.add(identifierKey(k)));
    for (ExistingColumn existing : columns(after.id()).values()) {
      Column column = wanted.get(identifierKey(existing.name()));
      boolean nullable = column == null || column.nullable();
      if (!existing.nullable() && nullable && !key.contains(identifierKey(existing.name()))) {
        tryAlter(sql.dropNotNull(after.id(), existing.name()), after.id(), "drop NOT NULL of " + existing.name());
      }
    }
    if (before == null) {
      return;
    }
    for (Column column : after.columns()) {
      int old = before.indexOf(column.name());
      if (old >= 0 && !before.columns().get(old).type().equals(column.type()) && !after.primaryKey().contains(column.name())) {
        tryAlter(sql.changeType(after.id(), column, types), after.id(), "change the type of " + column.name() + " to " + types.targetType(column.type()));
      }
    }
  }

  private void tryAlter(String sql, TableId table, String what) {
    try {
      execute(sql);
      LOG.info("DuckDB table {}: {}", table, what);
    } catch (SQLException e) {
      LOG.warn("DuckDB table {}: could not {} ({}); the column stays as it is and rows that do not fit it are rejected",
          table, what, DuckDbErrorKind.firstLine(e));
    }
  }

  /** Empties the table and records the truncation in one transaction, unless it was recorded. */
  private void truncateOnce(TableId table, String position) throws SQLException {
    execute("BEGIN TRANSACTION");
    try {
      if (offsets.truncationApplied(connection, table, position)) {
        LOG.info("Truncation of {} at {} was applied before; skipping it", table, position);
      } else {
        if (!columns(table).isEmpty()) {
          execute(sql.deleteAll(table));
          LOG.info("Emptied DuckDB table {} (truncated at the source at {})", table, position);
        }
        offsets.recordTruncation(connection, table, position);
      }
      execute("COMMIT");
    } catch (SQLException | RuntimeException e) {
      try {
        execute("ROLLBACK");
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
  }

  private Map<String, ExistingColumn> columns(TableId table) throws SQLException {
    return columns(connection, sql.catalog(), table);
  }

  /**
   * The table's columns keyed by {@link #identifierKey}; empty when the table does not exist. Only
   * tables of {@code catalog} count: another attached database may hold a table of the same name.
   */
  static Map<String, ExistingColumn> columns(Connection connection, String catalog, TableId table) throws SQLException {
    Map<String, ExistingColumn> out = new LinkedHashMap<>();
    try (PreparedStatement s = connection.prepareStatement(COLUMNS)) {
      s.setString(1, catalog);
      s.setString(2, table.namespace());
      s.setString(3, table.name());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (identifierKey(r.getString(1)).equals(identifierKey(table.namespace())) && identifierKey(r.getString(2)).equals(identifierKey(table.name()))) {
            out.put(identifierKey(r.getString(3)), new ExistingColumn(r.getString(3), r.getBoolean(4)));
          }
        }
      }
    }
    return out;
  }

  /**
   * The schema with its column names spelled as the existing target table spells them. DuckDB
   * matches names case-insensitively, but {@code INSERT ... ON CONFLICT} mismatches a column listed
   * in another case than the table's (it reports a NOT NULL failure), so statements use the
   * table's own spelling. Columns the table lacks keep their names.
   */
  static TableSchema withTargetNames(TableSchema schema, Map<String, ExistingColumn> existing) {
    List<Column> columns = new ArrayList<>();
    for (Column c : schema.columns()) {
      columns.add(new Column(targetName(c.name(), existing), c.type(), c.nullable(), c.sourceType()));
    }
    List<String> key = new ArrayList<>();
    schema.primaryKey().forEach(k -> key.add(targetName(k, existing)));
    return new TableSchema(schema.id(), columns, key, schema.version());
  }

  private static String targetName(String name, Map<String, ExistingColumn> existing) {
    ExistingColumn column = existing.get(identifierKey(name));
    return column == null ? name : column.name();
  }

  /** A name as DuckDB compares identifiers: ASCII letters folded to lower case, nothing else. */
  static String identifierKey(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return out.toString();
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
