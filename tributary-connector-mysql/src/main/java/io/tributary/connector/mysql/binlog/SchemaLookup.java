package io.tributary.connector.mysql.binlog;

import io.tributary.api.RetriableException;
import io.tributary.api.schema.TableId;
import io.tributary.connector.mysql.schema.MySqlTable;
import io.tributary.connector.mysql.schema.SchemaReader;
import io.tributary.connector.mysql.server.ServerEndpoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads a table's current shape from {@code information_schema} while streaming, over one JDBC
 * connection that is opened on first use and reopened after a failure.
 */
class SchemaLookup implements AutoCloseable {
  private final ServerEndpoint endpoint;
  private final SchemaReader reader;
  private Connection connection;

  SchemaLookup(ServerEndpoint endpoint, SchemaReader reader) {
    this.endpoint = endpoint;
    this.reader = reader;
  }

  /**
   * The table's shape now, or empty when it no longer exists.
   *
   * @throws RetriableException when the server cannot be reached
   */
  Optional<MySqlTable> read(TableId table) {
    try {
      if (connection == null || !connection.isValid(5)) {
        close();
        connection = endpoint.connect(false);
      }
      return reader.read(connection, table);
    } catch (SQLException e) {
      close();
      throw new RetriableException("cannot read the shape of " + table + " from information_schema: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing a broken connection: nothing to do
      }
      connection = null;
    }
  }
}
