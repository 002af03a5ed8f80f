package io.tributary.connector.mysql.server;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Exponential backoff between reconnect attempts: 100 ms doubling up to 30 s, forever, reset after
 * a connection did useful work. Waits can be cut short by a stop request.
 */
public final class ReconnectBackoff {
  private static final long FIRST_MILLIS = 100;
  private static final long MAX_MILLIS = 30_000;

  private long nextMillis = FIRST_MILLIS;
  private int attempt;

  /** The attempt number of the coming wait, from 1. */
  public int attempt() {
    return attempt + 1;
  }

  /** The length of the coming wait. */
  public Duration nextDelay() {
    return Duration.ofMillis(nextMillis);
  }

  /** Forget earlier failures: the next wait is the shortest again. */
  public void reset() {
    nextMillis = FIRST_MILLIS;
    attempt = 0;
  }

  /**
   * Waits the current delay (in short steps so a stop request ends the wait), then doubles it.
   *
   * @return false when stop was requested during the wait
   */
  public boolean await(BooleanSupplier stopRequested) throws InterruptedException {
    long deadline = System.nanoTime() + nextMillis * 1_000_000;
    attempt++;
    nextMillis = Math.min(nextMillis * 2, MAX_MILLIS);
    while (System.nanoTime() < deadline) {
      if (stopRequested.getAsBoolean()) {
        return false;
      }
      Thread.sleep(Math.max(1, Math.min(50, (deadline - System.nanoTime()) / 1_000_000)));
    }
    return !stopRequested.getAsBoolean();
  }

  /** Whether a JDBC error means the connection is gone (worth reconnecting) rather than a bad statement. */
  public static boolean isConnectionLoss(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLNonTransientConnectionException
        || e instanceof SQLTransientConnectionException
        || e instanceof SQLRecoverableException
        || (state != null && state.startsWith("08"))
        || e.getErrorCode() == 1927 // ER_CONNECTION_KILLED (MariaDB)
        || e.getErrorCode() == 1053; // ER_SERVER_SHUTDOWN
  }
}
