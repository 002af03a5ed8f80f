package io.tributary.connector.postgres.snapshot;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.connector.postgres.position.SnapshotPosition;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.value.ValueDecoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first rows of one table for a preview, decoded exactly as the snapshot decodes them:
 * the snapshot's chunk statement in key order with a limit, read as text through the same value
 * decoders. One read-only transaction, rolled back: nothing is written, and the only lock is the
 * {@code ACCESS SHARE} lock every {@code SELECT} takes.
 */
public final class SampleReader {

  private SampleReader() {}

  /**
   * Reads up to {@code rows} rows of {@code table} as {@link Operation#SNAPSHOT_READ} events that
   * carry the position of the table's first snapshot chunk.
   *
   * @param connection a connection of the source's endpoint (its session settings shape the value
   *     text); left in autocommit mode
   */
  public static List<ChangeEvent> read(Connection connection, PgTable table, int rows) throws SQLException {
    SnapshotPosition position = SnapshotPosition.firstChunk(table.id());
    ValueDecoder[] decoders = ChunkWorker.decodersOf(table);
    List<ChangeEvent> events = new ArrayList<>(Math.min(rows, 1024));
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    try (PreparedStatement statement = new ChunkQuery(table, rows).firstRows(connection);
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        Object[] row = ChunkWorker.decodeRow(result, decoders, table);
        events.add(new ChangeEvent(Operation.SNAPSHOT_READ, table.schema(), null, row, position, 0, null));
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    return events;
  }
}
