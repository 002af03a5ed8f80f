package io.tributary.connector.jdbc;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What differs between target databases outside the write path: quoting, connecting, the DDL of
 * target tables and of the offsets store, reading the target's catalog and the meaning of its
 * errors. Stateless and thread-safe.
 */
public abstract class SqlDialect {
  /** The schema (PostgreSQL) or database (MySQL) holding the offsets store. */
  public static final String STORE_NAMESPACE = "tributary";
  /** The table of committed positions: (pipeline, sink, lane) → position. */
  public static final String OFFSETS_TABLE = "offsets";
  /** The table recording which source truncations were applied, so a replay skips them. */
  public static final String TRUNCATIONS_TABLE = "truncations";

  private final char quote;
  private final SqlFailureClassifier classifier;

  protected SqlDialect(char quote, SqlFailureClassifier classifier) {
    this.quote = quote;
    this.classifier = classifier;
  }

  /** The database's name for messages, e.g. {@code PostgreSQL}. */
  public abstract String productName();

  /** Opens a connection; the caller owns it. */
  public abstract Connection connect(JdbcEndpoint endpoint, String applicationName)
      throws SQLException;

  /**
   * The identifier in quotes, any quote character inside doubled, so that any name (reserved
   * words, spaces, quotes, mixed case, any script) stays the exact name.
   */
  public String quote(String identifier) {
    if (identifier.indexOf('\0') >= 0) {
      throw new TributaryException(
          "the name '" + identifier.replace("\0", "\\0") + "' contains a NUL character, which "
              + productName() + " does not allow in names; rename it with a transform");
    }
    checkLength(identifier);
    String q = String.valueOf(quote);
    return q + identifier.replace(q, q + q) + q;
  }

  /** Fails when the name is longer than the database keeps; the default accepts every name. */
  protected void checkLength(String identifier) {}

  /** The quoted, namespace-qualified name of a target table. */
  public String table(TableId id) {
    return quote(id.namespace()) + "." + quote(id.name());
  }

  /**
   * The form of a column name under which the target compares names: the name itself where names
   * are case-sensitive, a lowercase form where they are not.
   */
  public String columnKey(String columnName) {
    return columnName;
  }

  /** What a failure means for the batch. */
  public SqlFailure classify(SQLException failure) {
    return classifier.classify(failure);
  }

  /** Creates the offsets table (the store's namespace exists). */
  public abstract String offsetsTableSql();

  /** Creates the table recording applied truncations (the store's namespace exists). */
  public abstract String truncationsTableSql();

  /** Upserts (pipeline, sink, lane, position) into the offsets table, stamping the time. */
  public abstract String offsetUpsertSql();

  /** Records (change_key, pipeline, sink, target, position), ignoring a key already present. */
  public abstract String truncationInsertSql();

  /** Selects (lane, position) of one (pipeline, sink). */
  public String offsetsSelectSql() {
    return "SELECT " + quote("lane") + ", " + quote("position") + " FROM " + offsetsTable()
        + " WHERE " + quote("pipeline") + " = ? AND " + quote("sink") + " = ?";
  }

  /** Selects the position of one (pipeline, sink, lane). */
  public String offsetSelectSql() {
    return offsetsSelectSql() + " AND " + quote("lane") + " = ?";
  }

  /** Selects 1 when a truncation with the given change key was applied. */
  public String truncationSelectSql() {
    return "SELECT 1 FROM " + table(truncationsTableId())
        + " WHERE " + quote("change_key") + " = ?";
  }

  /** The quoted name of the offsets table. */
  public String offsetsTable() {
    return table(offsetsTableId());
  }

  public static TableId offsetsTableId() {
    return new TableId(STORE_NAMESPACE, OFFSETS_TABLE);
  }

  public static TableId truncationsTableId() {
    return new TableId(STORE_NAMESPACE, TRUNCATIONS_TABLE);
  }

  /** Whether the schema (PostgreSQL) or database (MySQL) exists. */
  public abstract boolean namespaceExists(Connection connection, String namespace)
      throws SQLException;

  /** Creates the schema or database when missing. */
  public abstract String createNamespaceSql(String namespace);

  /** Creates the table when missing, with the mapped types, NOT NULL and primary key. */
  public abstract String createTableSql(TableSchema schema);

  /** Adds the given columns of {@code schema} to its table, each accepting NULL. */
  public abstract String addColumnsSql(TableSchema schema, List<Column> missing);

  /** Makes one existing column accept NULL. */
  public abstract String relaxNotNullSql(TableId table, TargetColumn column);

  /** Empties the table. */
  public String truncateSql(TableId table) {
    return "TRUNCATE TABLE " + table(table);
  }

  /** The target's columns of the table in their order, or empty when the table does not exist. */
  public abstract Optional<List<TargetColumn>> readColumns(Connection connection, TableId table)
      throws SQLException;
}
