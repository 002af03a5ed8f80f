package io.tributary.connector.postgres.server;

import java.io.IOException;
import java.sql.SQLException;

/** Which JDBC errors of PostgreSQL mean the connection is gone, so reconnecting (with {@link io.tributary.api.Backoff}) is worth it. */
public final class ConnectionLoss {
  private ConnectionLoss() {}

  /**
   * Whether a JDBC error means the connection is gone or the server is (re)starting, so a
   * reconnect is worth it, rather than a bad statement. Also true for a replication slot still
   * held by the server process of a connection that just died ({@code 55006}).
   */
  public static boolean is(SQLException e) {
    String state = e.getSQLState();
    if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03") || state.equals("55006"))) {
      return true;
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
