package io.tributary.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one DDL statement in autocommit. {@code IF NOT EXISTS} statements can still collide when
 * two sinks create the same object at once (PostgreSQL then reports a unique violation); such a
 * statement is run once more, when it finds the object and does nothing.
 */
final class DdlStatement {
  private static final Logger LOG = LoggerFactory.getLogger(DdlStatement.class);

  private DdlStatement() {}

  static void execute(Connection connection, SqlDialect dialect, String sql) throws SQLException {
    try {
      run(connection, sql);
    } catch (SQLException e) {
      if (dialect.classify(e) != SqlFailure.DATA) {
        throw e;
      }
      LOG.debug("'{}' collided with a concurrent change ({}); running it again", sql,
          e.getMessage());
      run(connection, sql);
    }
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }
}
