package io.tributary.connector.mysql.snapshot;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.connector.mysql.position.SnapshotPosition;
import io.tributary.connector.mysql.schema.MySqlTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first rows of one table for a preview, decoded exactly as the snapshot decodes them:
 * the statement of the snapshot's first chunk (primary-key order) with a smaller limit, the same
 * session time zone and the same {@link SnapshotRowDecoder}. One autocommit {@code SELECT}: no
 * transaction is kept open and nothing is locked or written.
 */
public final class SampleReader {
  private final ZoneId sessionZone;

  /** @param sessionZone the session time zone the snapshot reads TIMESTAMP columns in */
  public SampleReader(ZoneId sessionZone) {
    this.sessionZone = sessionZone;
  }

  /**
   * Reads up to {@code rows} rows of {@code table} as {@link Operation#SNAPSHOT_READ} events.
   *
   * @param connection a connection with the binary protocol, as the snapshot uses; this sets its
   *     session time zone
   * @param position the position every event carries (only shown)
   */
  public List<ChangeEvent> read(Connection connection, MySqlTable table, int rows, SnapshotPosition position)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      ConsistentSnapshot.useSessionZone(statement, sessionZone);
    }
    SnapshotRowDecoder decoder = new SnapshotRowDecoder(table, sessionZone);
    List<ChangeEvent> events = new ArrayList<>(Math.min(rows, 1024));
    try (PreparedStatement statement = connection.prepareStatement(ChunkQuery.firstRows(table, rows));
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        events.add(new ChangeEvent(Operation.SNAPSHOT_READ, table.schema(), null, decoder.read(result), position, 0, null));
      }
    } catch (TributaryException e) {
      throw new TributaryException("sample of " + table.id() + ": " + e.getMessage(), e);
    }
    return events;
  }
}
