package io.tributary.connector.postgres.snapshot;

import io.tributary.connector.postgres.server.ServerEndpoint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections that all see one snapshot of the database: REPEATABLE READ, read-only transactions
 * that imported the same exported snapshot ({@code SET TRANSACTION SNAPSHOT}). The snapshot is
 * either the one a new replication slot exported (the copy then matches the slot's start exactly)
 * or one exported here by the first connection ({@code pg_export_snapshot()}).
 */
final class SharedSnapshot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SharedSnapshot.class);

  private final List<Connection> connections = new ArrayList<>();
  private final String name;

  private SharedSnapshot(String name) {
    this.name = name;
  }

  /**
   * Opens {@code count} connections in one snapshot.
   *
   * @param exported the name of an exported snapshot to import, or null to export a new one
   */
  static SharedSnapshot open(ServerEndpoint endpoint, int count, String exported) throws SQLException {
    List<Connection> opened = new ArrayList<>();
    try {
      String name = exported;
      if (name == null) {
        Connection first = begin(endpoint.connect());
        opened.add(first);
        try (Statement statement = first.createStatement(); ResultSet row = statement.executeQuery("SELECT pg_export_snapshot()")) {
          row.next();
          name = row.getString(1);
        }
      }
      while (opened.size() < count) {
        Connection connection = begin(endpoint.connect());
        opened.add(connection);
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET TRANSACTION SNAPSHOT '" + name.replace("'", "''") + "'");
        }
      }
      SharedSnapshot snapshot = new SharedSnapshot(name);
      snapshot.connections.addAll(opened);
      LOG.info("{} snapshot connections share snapshot {}", count, name);
      return snapshot;
    } catch (SQLException | RuntimeException e) {
      closeAll(opened);
      throw e;
    }
  }

  private static Connection begin(Connection connection) throws SQLException {
    try {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  /** The snapshot's name. */
  String name() {
    return name;
  }

  /** Connection {@code i}, from 0. */
  Connection connection(int i) {
    return connections.get(i);
  }

  int size() {
    return connections.size();
  }

  @Override
  public void close() {
    closeAll(connections);
  }

  private static void closeAll(List<Connection> connections) {
    for (Connection connection : connections) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing a snapshot connection: {}", e.getMessage());
      }
    }
  }
}
