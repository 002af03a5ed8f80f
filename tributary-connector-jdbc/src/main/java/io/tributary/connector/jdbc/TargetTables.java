package io.tributary.connector.jdbc;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings target tables up to the source's shapes: creates missing schemas and tables, adds missing
 * columns, lets columns the source dropped (or stopped requiring) accept NULL. Remembers which
 * columns each table is known to have, so a shape seen before costs no round trip. Used by the
 * sink's dispatcher thread only.
 */
public final class TargetTables {
  private static final Logger LOG = LoggerFactory.getLogger(TargetTables.class);

  private final SqlDialect dialect;
  private final Map<TableId, Set<String>> knownColumns = new HashMap<>();

  public TargetTables(SqlDialect dialect) {
    this.dialect = dialect;
  }

  /** Makes sure the table exists with every column of {@code schema}. Idempotent. */
  public void ensure(Connection connection, TableSchema schema) throws SQLException {
    TableId id = schema.id();
    Set<String> known = knownColumns.get(id);
    if (known != null && known.containsAll(keys(schema.columns()))) {
      return;
    }
    Optional<List<TargetColumn>> existing = dialect.readColumns(connection, id);
    if (existing.isEmpty()) {
      create(connection, schema);
      existing = dialect.readColumns(connection, id);
      if (existing.isEmpty()) {
        throw new TributaryException("created table " + id + " in " + dialect.productName()
            + " but cannot find it in the catalog; check that the user may read it");
      }
    } else {
      addMissingColumns(connection, schema, existing.get());
    }
    Set<String> columns = new HashSet<>(keys(schema.columns()));
    existing.get().forEach(c -> columns.add(dialect.columnKey(c.name())));
    knownColumns.put(id, columns);
  }

  /**
   * After an ALTER at the source: lets target columns accept NULL when the source dropped them or
   * stopped requiring a value, so later rows without them are not refused. Key columns are kept.
   */
  public void relaxNotNull(Connection connection, TableSchema before, TableSchema after)
      throws SQLException {
    Optional<List<TargetColumn>> existing = dialect.readColumns(connection, after.id());
    if (existing.isEmpty()) {
      return;
    }
    Set<String> key = new HashSet<>();
    after.primaryKey().forEach(k -> key.add(dialect.columnKey(k)));
    for (TargetColumn target : existing.get()) {
      String name = dialect.columnKey(target.name());
      if (target.nullable() || key.contains(name)) {
        continue;
      }
      Column was = find(before, name);
      Column now = find(after, name);
      boolean dropped = was != null && now == null;
      boolean relaxed = was != null && now != null && !was.nullable() && now.nullable();
      if (dropped || relaxed) {
        DdlStatement.execute(connection, dialect, dialect.relaxNotNullSql(after.id(), target));
        LOG.info("table {}: column '{}' now accepts NULL ({} at the source)", after.id(),
            target.name(), dropped ? "dropped" : "made nullable");
      }
    }
  }

  /** Whether the table exists in the target. */
  public boolean exists(Connection connection, TableId id) throws SQLException {
    return dialect.readColumns(connection, id).isPresent();
  }

  /** Forgets what is known about a table, so the next {@link #ensure} reads the catalog. */
  public void forget(TableId id) {
    knownColumns.remove(id);
  }

  private void create(Connection connection, TableSchema schema) throws SQLException {
    String namespace = schema.id().namespace();
    if (!dialect.namespaceExists(connection, namespace)) {
      DdlStatement.execute(connection, dialect, dialect.createNamespaceSql(namespace));
    }
    DdlStatement.execute(connection, dialect, dialect.createTableSql(schema));
    LOG.info("created table {} in {} ({} columns, primary key {})", schema.id(),
        dialect.productName(), schema.columns().size(), schema.primaryKey());
  }

  private void addMissingColumns(Connection connection, TableSchema schema, List<TargetColumn> have)
      throws SQLException {
    Set<String> present = new HashSet<>();
    have.forEach(c -> present.add(dialect.columnKey(c.name())));
    List<Column> missing = new ArrayList<>();
    for (Column c : schema.columns()) {
      if (!present.contains(dialect.columnKey(c.name()))) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      DdlStatement.execute(connection, dialect, dialect.addColumnsSql(schema, missing));
      LOG.info("table {}: added columns {}", schema.id(),
          missing.stream().map(Column::name).toList());
    }
  }

  private Column find(TableSchema schema, String key) {
    if (schema == null) {
      return null;
    }
    for (Column c : schema.columns()) {
      if (dialect.columnKey(c.name()).equals(key)) {
        return c;
      }
    }
    return null;
  }

  private List<String> keys(List<Column> columns) {
    return columns.stream().map(c -> dialect.columnKey(c.name())).toList();
  }
}
