package io.tributary.api;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Tributary's one retry pace for transient faults: waits of 100 ms doubling up to 30 s, forever,
 * back to the shortest after {@link #reset()} (a connection that did useful work). Used by sources
 * to reconnect and by the runtime to retry targets. Not thread-safe: one per retry loop.
 */
public final class Backoff {
  private static final long FIRST_MILLIS = 100;
  private static final long MAX_MILLIS = 30_000;

  private long nextMillis = FIRST_MILLIS;
  private int waits;

  /** The number of the coming wait, from 1. */
  public int attempt() {
    return waits + 1;
  }

  /** How many waits have been done since the start or the last reset. */
  public int waits() {
    return waits;
  }

  /** The length of the coming wait. */
  public Duration nextDelay() {
    return Duration.ofMillis(nextMillis);
  }

  /** Forgets earlier failures: the next wait is the shortest again. */
  public void reset() {
    nextMillis = FIRST_MILLIS;
    waits = 0;
  }

  /**
   * Waits the coming delay in short steps, so a stop request ends the wait early, then doubles it.
   *
   * @return false when stop was requested during the wait
   */
  public boolean await(BooleanSupplier stopRequested) throws InterruptedException {
    long deadline = System.nanoTime() + nextMillis * 1_000_000;
    waits++;
    nextMillis = Math.min(nextMillis * 2, MAX_MILLIS);
    while (System.nanoTime() < deadline) {
      if (stopRequested.getAsBoolean()) {
        return false;
      }
      Thread.sleep(Math.max(1, Math.min(50, (deadline - System.nanoTime()) / 1_000_000)));
    }
    return !stopRequested.getAsBoolean();
  }

  /** Waits the coming delay whatever happens (only an interrupt ends it); returns how long it was. */
  public Duration pause() throws InterruptedException {
    Duration delay = nextDelay();
    await(() -> false);
    return delay;
  }
}
