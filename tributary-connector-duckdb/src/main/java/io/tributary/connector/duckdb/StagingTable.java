package io.tributary.connector.duckdb;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.RejectedRows;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One writer's staging for one table shape: a TEMP table for upserts (every column) and one for
 * deletes (the key columns), both keyless, filled by the Appender and emptied after each merge.
 *
 * <p>Upserts: empty the staging table (which also opens the transaction the Appender then writes
 * in) → Appender → flush (which throws on bad data, unlike {@code close()}, which drops rows
 * silently) → {@code INSERT INTO target SELECT ... FROM staging ON CONFLICT (key) DO UPDATE}.
 * Deletes: Appender → flush → {@code DELETE FROM target USING staging WHERE key matches}. Rows
 * with columns left unchanged go through a third staging table, {@link PartialStaging}.
 */
final class StagingTable {
  private final TableSchema schema;
  private final Part upserts;
  private final Part deletes;
  private final PartialStaging partial;

  /** The staging of one kind of change: its table, its columns and its statement. */
  private record Part(String name, String create, int[] columns, ColumnStager[] stagers, String apply, String empty) {}

  /**
   * @param schema the rows' shape, as the source names it (rejected rows are reported with it)
   * @param target the same shape with the column names spelled as the target table spells them
   * @param sql names the target table in the database's catalog
   * @param number makes the staging table names unique within the writer's connection
   */
  StagingTable(TableSchema schema, TableSchema target, DuckDbSql sql, DuckDbTypeMapping types, int number) {
    this.schema = schema;
    int[] all = new int[schema.columns().size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    String upsertName = "tributary_stage_" + number + "_upserts";
    String deleteName = "tributary_stage_" + number + "_deletes";
    this.upserts = part(upsertName, all, types, sql.merge(target, upsertName, types));
    this.deletes = part(deleteName, DuckDbSql.deleteColumns(schema), types, sql.delete(target, deleteName, types));
    this.partial = new PartialStaging(schema, target, sql, types, number);
  }

  private Part part(String name, int[] columns, DuckDbTypeMapping types, String apply) {
    List<String> stagingTypes = new ArrayList<>();
    ColumnStager[] stagers = new ColumnStager[columns.length];
    for (int i = 0; i < columns.length; i++) {
      Column c = schema.columns().get(columns[i]);
      stagingTypes.add(types.stagingType(c.type()));
      stagers[i] = ColumnStager.of(c);
    }
    return new Part(name, DuckDbSql.createStaging(name, stagingTypes), columns, stagers, apply, DuckDbSql.emptyStaging(name));
  }

  TableSchema schema() {
    return schema;
  }

  /** Creates the staging tables in the connection's open transaction (commit it yourself). */
  void create(DuckDBConnection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(upserts.create());
      s.execute(deletes.create());
      partial.create(s);
    }
  }

  /** Writes rows that carry only the columns at {@code present}; see {@link PartialStaging}. */
  void applyPresent(DuckDBConnection connection, int[] present, List<Object[]> rows, RejectedRows refused)
      throws SQLException {
    partial.apply(connection, present, rows, refused);
  }

  /**
   * Stages the rows and applies them to the target in the connection's open transaction. Rows
   * with a value that cannot be converted go to {@code refused} and are skipped; errors DuckDB
   * raises are thrown.
   */
  void apply(DuckDBConnection connection, boolean delete, List<Object[]> rows, RejectedRows refused) throws SQLException {
    Part part = delete ? deletes : upserts;
    if (append(connection, part, delete, rows, refused) == 0) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute(part.apply());
      s.execute(part.empty());
    }
  }

  private int append(DuckDBConnection connection, Part part, boolean delete, List<Object[]> rows, RejectedRows refused) throws SQLException {
    // The Appender does not open a transaction: with none open, its rows would commit on their own
    // and survive a rollback. Emptying the staging table first opens it (and clears any leftovers).
    try (Statement s = connection.createStatement()) {
      s.execute(part.empty());
    }
    Object[] staged = new Object[part.stagers().length];
    int appended = 0;
    try (DuckDBAppender appender = connection.createAppender("temp", "main", part.name())) {
      for (Object[] row : rows) {
        String problem = stage(part, row, staged);
        if (problem != null) {
          refused.reject(schema, delete, row, problem);
          continue;
        }
        appender.beginRow();
        for (int i = 0; i < staged.length; i++) {
          part.stagers()[i].append(appender, staged[i]);
        }
        appender.endRow();
        appended++;
      }
      appender.flush();
    }
    return appended;
  }

  /** Converts the row's values into {@code staged}; returns why it cannot, or null. */
  private String stage(Part part, Object[] row, Object[] staged) {
    if (row.length != schema.columns().size()) {
      return "the row has " + row.length + " values but " + schema.id() + " has " + schema.columns().size() + " columns";
    }
    try {
      for (int i = 0; i < staged.length; i++) {
        staged[i] = part.stagers()[i].stage(row[part.columns()[i]]);
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
