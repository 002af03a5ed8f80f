package io.tributary.connector.mysql.server;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Which JDBC errors of MySQL/MariaDB mean the connection is gone, so reconnecting (with {@link io.tributary.api.Backoff}) is worth it. */
public final class ConnectionLoss {
  private ConnectionLoss() {}

  /** Whether a JDBC error means the connection is gone (worth reconnecting) rather than a bad statement. */
  public static boolean is(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLNonTransientConnectionException
        || e instanceof SQLTransientConnectionException
        || e instanceof SQLRecoverableException
        || (state != null && state.startsWith("08"))
        || e.getErrorCode() == 1927 // ER_CONNECTION_KILLED (MariaDB)
        || e.getErrorCode() == 1053; // ER_SERVER_SHUTDOWN
  }
}
