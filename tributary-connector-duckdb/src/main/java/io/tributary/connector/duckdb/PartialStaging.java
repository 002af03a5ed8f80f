package io.tributary.connector.duckdb;

import io.tributary.api.sink.UpsertGroups;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.RejectedRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One writer's staging for rows of one table shape that carry only some columns (the others
 * {@link Unchanged#VALUE}): a TEMP table with every column plus each row's ordinal. Per group of
 * rows with the same present columns: Appender (absent columns NULL) → flush → the ordinals of
 * rows whose key has no target row, reported as refused (their absent values are unknown, so
 * they are never inserted) → {@code UPDATE target ... FROM staging} of the present non-key
 * columns.
 */
final class PartialStaging {
  private final TableSchema schema;
  private final TableSchema target;
  private final DuckDbSql sql;
  private final DuckDbTypeMapping types;
  private final String name;
  private final String ordinal;
  private final ColumnStager[] stagers;
  private final String create;
  private final String empty;

  /** See {@link StagingTable#StagingTable} for the parameters. */
  PartialStaging(TableSchema schema, TableSchema target, DuckDbSql sql, DuckDbTypeMapping types, int number) {
    this.schema = schema;
    this.target = target;
    this.sql = sql;
    this.types = types;
    this.name = "tributary_stage_" + number + "_partial";
    this.ordinal = DuckDbSql.stagingColumn(schema.columns().size());
    this.stagers = new ColumnStager[schema.columns().size()];
    List<String> stagingTypes = new ArrayList<>();
    for (int i = 0; i < stagers.length; i++) {
      stagers[i] = ColumnStager.of(schema.columns().get(i));
      stagingTypes.add(types.stagingType(schema.columns().get(i).type()));
    }
    stagingTypes.add("INTEGER");
    this.create = DuckDbSql.createStaging(name, stagingTypes);
    this.empty = DuckDbSql.emptyStaging(name);
  }

  /** Creates the staging table in the connection's open transaction. */
  void create(Statement statement) throws SQLException {
    statement.execute(create);
  }

  /**
   * Writes the present columns of {@code rows} (which all lack the same columns) to their existing
   * target rows; rows without one, or with a value that cannot be converted, go to {@code refused}.
   */
  void apply(DuckDBConnection connection, int[] present, List<Object[]> rows, RejectedRows refused) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(empty); // opens the transaction the Appender then writes in (see StagingTable)
    }
    if (append(connection, rows, refused) == 0) {
      return;
    }
    String missingReason = UpsertGroups.missingRowReason(schema, present);
    String update = sql.updatePresent(target, name, types, present);
    try (Statement s = connection.createStatement()) {
      try (ResultSet missing = s.executeQuery(sql.missingKeys(target, name, types, ordinal))) {
        while (missing.next()) {
          refused.reject(schema, false, rows.get(missing.getInt(1)), missingReason);
        }
      }
      if (update != null) {
        s.execute(update);
      }
      s.execute(empty);
    }
  }

  private int append(DuckDBConnection connection, List<Object[]> rows, RejectedRows refused) throws SQLException {
    Object[] staged = new Object[stagers.length];
    int appended = 0;
    try (DuckDBAppender appender = connection.createAppender("temp", "main", name)) {
      for (int r = 0; r < rows.size(); r++) {
        String problem = stage(rows.get(r), staged);
        if (problem != null) {
          refused.reject(schema, false, rows.get(r), problem);
          continue;
        }
        appender.beginRow();
        for (int i = 0; i < staged.length; i++) {
          stagers[i].append(appender, staged[i]);
        }
        appender.append(r);
        appender.endRow();
        appended++;
      }
      appender.flush();
    }
    return appended;
  }

  /** Converts the row's present values into {@code staged} (absent ones NULL); returns why it cannot, or null. */
  private String stage(Object[] row, Object[] staged) {
    if (row.length != stagers.length) {
      return "the row has " + row.length + " values but " + schema.id() + " has " + stagers.length + " columns";
    }
    try {
      for (int i = 0; i < staged.length; i++) {
        staged[i] = row[i] == Unchanged.VALUE ? null : stagers[i].stage(row[i]);
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
