package io.tributary.connector.mysql.snapshot;

import io.tributary.api.TributaryException;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.connector.mysql.server.BinlogFiles;
import io.tributary.connector.mysql.server.ServerFlavor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Opens a REPEATABLE READ transaction with a consistent snapshot on a connection and finds the
 * binlog position it matches. MariaDB reports it without any lock ({@code binlog_snapshot_file}
 * and {@code binlog_snapshot_position}); MySQL needs a brief {@code FLUSH TABLES WITH READ LOCK}
 * around starting the transaction and reading the binlog status.
 */
final class ConsistentSnapshot {

  private ConsistentSnapshot() {}

  /**
   * Prepares the session (time zone, long write timeout) and starts the snapshot transaction.
   *
   * @return the binlog position the snapshot matches: a stream started there sees exactly the
   *     transactions the snapshot does not
   */
  static BinlogPosition begin(Connection connection, ServerFlavor flavor, ZoneId sessionZone) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      useSessionZone(statement, sessionZone);
      statement.execute("SET SESSION net_write_timeout = 86400");
      statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      if (flavor.mariaDb()) {
        statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
        return mariaDbSnapshotPosition(statement);
      }
      statement.execute("FLUSH TABLES WITH READ LOCK");
      try {
        statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
        return BinlogFiles.current(connection, flavor);
      } finally {
        statement.execute("UNLOCK TABLES");
      }
    }
  }

  /** Sets the session time zone TIMESTAMP columns are read in, as the snapshot reads them. */
  static void useSessionZone(Statement statement, ZoneId sessionZone) throws SQLException {
    statement.execute("SET SESSION time_zone = '" + zoneName(sessionZone) + "'");
  }

  /** Ends the snapshot transaction. */
  static void end(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("COMMIT");
    }
  }

  private static BinlogPosition mariaDbSnapshotPosition(Statement statement) throws SQLException {
    String file = null;
    long position = -1;
    try (ResultSet rows = statement.executeQuery("SHOW STATUS LIKE 'binlog_snapshot_%'")) {
      while (rows.next()) {
        switch (rows.getString(1).toLowerCase(java.util.Locale.ROOT)) {
          case "binlog_snapshot_file" -> file = rows.getString(2);
          case "binlog_snapshot_position" -> position = Long.parseLong(rows.getString(2));
          default -> { }
        }
      }
    }
    if (file == null || file.isEmpty() || position < 4) {
      throw new TributaryException(
          "the server reports no binlog snapshot position (binlog_snapshot_file='" + file
              + "'): binary logging seems off. Set log_bin=ON in my.cnf and restart the server.");
    }
    return BinlogPosition.at(file, position);
  }

  private static String zoneName(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? "+00:00" : zone.getId().replace("'", "");
  }
}
