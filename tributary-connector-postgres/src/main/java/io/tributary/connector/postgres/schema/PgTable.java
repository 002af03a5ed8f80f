package io.tributary.connector.postgres.schema;

import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import java.util.Objects;

/**
 * A captured table: its columns as the catalog (or a pgoutput Relation message) declares them, its
 * key columns and replica identity, and the {@link TableSchema} its events carry.
 *
 * @param id the table
 * @param replicaIdentity {@code relreplident}: d default, f full, i index, n nothing
 * @param columns the columns, in order
 * @param key the key columns, in key order
 * @param estimatedRows the planner's row estimate, for progress messages
 * @param schema the schema of its events
 */
public record PgTable(
    TableId id, char replicaIdentity, List<PgColumn> columns, List<String> key, long estimatedRows, TableSchema schema) {

  public PgTable {
    Objects.requireNonNull(id, "id");
    columns = List.copyOf(columns);
    key = List.copyOf(key);
    Objects.requireNonNull(schema, "schema");
  }

  /** A table with the schema derived from its columns and key. */
  public static PgTable of(TableId id, char replicaIdentity, List<PgColumn> columns, List<String> key, long estimatedRows,
      int version) {
    TableSchema schema = new TableSchema(id, columns.stream().map(PgColumn::column).toList(), key, version);
    return new PgTable(id, replicaIdentity, columns, key, estimatedRows, schema);
  }

  /** The same table with other columns and the next schema version. */
  public PgTable withColumns(List<PgColumn> newColumns) {
    return of(id, replicaIdentity, newColumns, key, estimatedRows, schema.version() + 1);
  }

  /** Whether updates and deletes carry every old column value (REPLICA IDENTITY FULL). */
  public boolean fullIdentity() {
    return replicaIdentity == 'f';
  }

  public List<String> columnNames() {
    return columns.stream().map(PgColumn::name).toList();
  }
}
