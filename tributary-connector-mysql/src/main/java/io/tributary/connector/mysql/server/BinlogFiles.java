package io.tributary.connector.mysql.server;

import io.tributary.api.TributaryException;
import io.tributary.connector.mysql.position.BinlogPosition;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The server's binary logs: which files exist and where writing is now. */
public final class BinlogFiles {

  private BinlogFiles() {}

  /** The files of {@code SHOW BINARY LOGS}, oldest first. */
  public static List<String> list(Connection connection) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW BINARY LOGS")) {
      while (rows.next()) {
        out.add(rows.getString(1));
      }
    }
    return out;
  }

  /** Where the server writes now: the next transaction starts here. */
  public static BinlogPosition current(Connection connection, ServerFlavor flavor) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(flavor.binlogStatusStatement())) {
      if (!rows.next()) {
        throw new TributaryException(
            "the server reports no binary log status (" + flavor.binlogStatusStatement()
                + " returned nothing): binary logging is off. Set log_bin=ON in my.cnf and restart the server.");
      }
      return BinlogPosition.at(rows.getString(1), rows.getLong(2));
    }
  }

  /** The oldest position the server still has: the first file of {@code SHOW BINARY LOGS}, position 4. */
  public static BinlogPosition earliest(Connection connection) throws SQLException {
    List<String> files = list(connection);
    if (files.isEmpty()) {
      throw new TributaryException("the server lists no binary logs; set log_bin=ON in my.cnf and restart it");
    }
    return BinlogPosition.at(files.get(0), 4);
  }

  /**
   * Fails when the file of {@code position} is no longer on the server.
   *
   * @param server {@code host:port}, for the message
   */
  public static void requireAvailable(Connection connection, BinlogPosition position, String server)
      throws SQLException {
    List<String> files = list(connection);
    if (!files.contains(position.file())) {
      throw purged(position, server, files);
    }
  }

  /** The error for a saved position whose binlog file was purged. */
  public static TributaryException purged(BinlogPosition position, String server, List<String> available) {
    return new TributaryException(
        "binlog file " + position.file() + " was purged on " + server + " (it now keeps "
            + (available.isEmpty() ? "no binlog files" : available.get(0) + " .. " + available.get(available.size() - 1))
            + "); the saved position " + position + " is no longer available. To recover: stop the pipeline, "
            + "delete its state directory and the target tables and offsets, and restart it with "
            + "'startup-mode: initial' to take a new snapshot. Keep binlogs longer than the pipeline may be "
            + "down (expire_logs_days / binlog_expire_logs_seconds).");
  }
}
