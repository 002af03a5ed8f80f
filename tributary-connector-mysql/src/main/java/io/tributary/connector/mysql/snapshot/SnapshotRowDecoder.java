package io.tributary.connector.mysql.snapshot;

import io.tributary.connector.mysql.schema.MySqlTable;
import io.tributary.connector.mysql.snapshot.SnapshotColumnReaders.ColumnReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * Turns the current row of a result set that selects every column of a table, in order, into a row
 * of the columns' value classes: one {@link SnapshotColumnReaders typed reader} per column.
 */
final class SnapshotRowDecoder {
  private final ColumnReader[] readers;

  /** @param sessionZone the session time zone the TIMESTAMP columns are read in */
  SnapshotRowDecoder(MySqlTable table, ZoneId sessionZone) {
    this.readers = new ColumnReader[table.columns().size()];
    for (int i = 0; i < readers.length; i++) {
      readers[i] = SnapshotColumnReaders.forColumn(table.columns().get(i), sessionZone);
    }
  }

  /** The values of the result set's current row, aligned with the table's columns. */
  Object[] read(ResultSet result) throws SQLException {
    Object[] row = new Object[readers.length];
    for (int c = 0; c < readers.length; c++) {
      row[c] = readers[c].read(result, c + 1);
    }
    return row;
  }
}
