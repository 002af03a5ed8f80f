package io.tributary.connector.mysql.schema;

import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import java.util.Objects;

/**
 * A captured table: its logical shape plus the MySQL facts of each column, aligned with {@code
 * schema.columns()}.
 *
 * @param schema the logical shape handed to the pipeline
 * @param columns the MySQL facts of each column, in the same order
 * @param estimatedRows the server's row estimate ({@code information_schema.TABLES.TABLE_ROWS}), for
 *     progress logs only
 */
public record MySqlTable(TableSchema schema, List<MySqlColumn> columns, long estimatedRows) {

  public MySqlTable {
    Objects.requireNonNull(schema, "schema");
    columns = List.copyOf(columns);
    if (columns.size() != schema.columns().size()) {
      throw new IllegalArgumentException("column facts do not match the columns of " + schema.id());
    }
  }

  public TableId id() {
    return schema.id();
  }

  /** Names of the columns in order. */
  public List<String> columnNames() {
    return columns.stream().map(MySqlColumn::name).toList();
  }

  /** The same table with another schema version. */
  public MySqlTable withVersion(int version) {
    return new MySqlTable(schema.withVersion(version), columns, estimatedRows);
  }
}
