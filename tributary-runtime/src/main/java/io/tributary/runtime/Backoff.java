package io.tributary.runtime;

import java.time.Duration;

/** Exponential backoff with a cap: 100 ms, 200 ms, ... up to 30 s. Not thread-safe. */
final class Backoff {
  private static final long FIRST_MS = 100;
  private static final long MAX_MS = 30_000;
  private long nextMs = FIRST_MS;
  private int attempts;

  /** Sleeps for the next interval; returns it. */
  Duration pause() throws InterruptedException {
    long ms = nextMs;
    attempts++;
    Thread.sleep(ms);
    nextMs = Math.min(MAX_MS, nextMs * 2);
    return Duration.ofMillis(ms);
  }

  int attempts() {
    return attempts;
  }

  void reset() {
    nextMs = FIRST_MS;
    attempts = 0;
  }
}
