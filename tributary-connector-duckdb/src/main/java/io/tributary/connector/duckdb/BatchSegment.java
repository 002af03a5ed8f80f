package io.tributary.connector.duckdb;

import io.tributary.api.sink.RejectedRows;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * A run of rows of one table to upsert or to delete: the unit a batch is applied in, and halved
 * when DuckDB refuses one of its rows.
 *
 * @param table the table's staging
 * @param delete true for deletes, false for upserts
 * @param rows the rows (a view of the batch's lists)
 * @param present for upserts of rows with columns left unchanged, the positions of the present
 *     columns (only those are written, and only to existing rows); null for complete rows
 */
record BatchSegment(StagingTable table, boolean delete, List<Object[]> rows, int[] present) {

  /** A segment of complete rows. */
  BatchSegment(StagingTable table, boolean delete, List<Object[]> rows) {
    this(table, delete, rows, null);
  }

  void apply(DuckDBConnection connection, RejectedRows refused) throws SQLException {
    if (present != null) {
      table.applyPresent(connection, present, rows, refused);
    } else {
      table.apply(connection, delete, rows, refused);
    }
  }

  /** The first and the second half; only for segments of two rows or more. */
  List<BatchSegment> halves() {
    int middle = rows.size() / 2;
    return List.of(
        new BatchSegment(table, delete, rows.subList(0, middle), present),
        new BatchSegment(table, delete, rows.subList(middle, rows.size()), present));
  }
}
