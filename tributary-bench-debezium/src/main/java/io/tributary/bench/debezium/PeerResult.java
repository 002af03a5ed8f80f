package io.tributary.bench.debezium;

import java.util.Locale;

/**
 * What one peer run measured.
 *
 * @param records the data-change records of the table counted by the time the engine was closed: equal to
 *     {@code --expect} unless Debezium delivered more than expected, which the bench should treat as a mismatch
 * @param seconds from right before the engine was started to the moment the expected record was consumed
 */
public record PeerResult(long records, double seconds) {
  /** The prefix of the one line the peer prints on stdout. */
  public static final String LINE_PREFIX = "DEBEZIUM_RESULT ";

  /** Validates the figures. */
  public PeerResult {
    if (records < 0 || seconds < 0 || Double.isNaN(seconds)) {
      throw new IllegalArgumentException("records and seconds must be >= 0, got " + records + ", " + seconds);
    }
  }

  /** The line the bench reads: {@code DEBEZIUM_RESULT {"records":N,"seconds":S}}. */
  public String line() {
    return LINE_PREFIX + String.format(Locale.ROOT, "{\"records\":%d,\"seconds\":%.6f}", records, seconds);
  }

  /** Records per second, for logs and tests. */
  public double recordsPerSecond() {
    return seconds > 0 ? records / seconds : 0;
  }
}
