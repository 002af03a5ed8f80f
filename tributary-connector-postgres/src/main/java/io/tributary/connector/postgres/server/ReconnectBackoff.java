package io.tributary.connector.postgres.server;

import java.io.IOException;
import java.sql.SQLException;
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

  /**
   * Whether a JDBC error means the connection is gone or the server is (re)starting, so a
   * reconnect is worth it, rather than a bad statement. Also true for a replication slot still
   * held by the server process of a connection that just died ({@code 55006}).
   */
  public static boolean isConnectionLoss(SQLException e) {
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
