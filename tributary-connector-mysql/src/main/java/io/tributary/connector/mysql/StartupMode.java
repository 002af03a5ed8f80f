package io.tributary.connector.mysql;

import java.util.Locale;

/** Where a pipeline without saved state starts. */
public enum StartupMode {
  /** Copy the tables, then follow the binlog from the copy's position. */
  INITIAL,
  /** Copy the tables and stop. */
  SNAPSHOT,
  /** Follow the binlog from the server's current position. */
  LATEST_OFFSET,
  /** Follow the binlog from the oldest position the server still has. */
  EARLIEST_OFFSET;

  /** Parses {@code initial}, {@code snapshot}, {@code latest-offset}, {@code earliest-offset}. */
  public static StartupMode parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Whether this mode copies the tables first. */
  public boolean snapshots() {
    return this == INITIAL || this == SNAPSHOT;
  }
}
