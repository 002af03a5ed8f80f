package io.tributary.connector.postgres;

import java.util.Locale;

/** Where a pipeline without saved state starts. */
public enum StartupMode {
  /** Copy the tables through the slot's exported snapshot, then stream from the slot. */
  INITIAL,
  /** Copy the tables and stop. */
  SNAPSHOT,
  /** Stream from the slot, created now when missing (or from where it stands). */
  LATEST_OFFSET;

  /** Parses {@code initial}, {@code snapshot}, {@code latest-offset}. */
  public static StartupMode parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Whether this mode copies the tables first. */
  public boolean snapshots() {
    return this == INITIAL || this == SNAPSHOT;
  }
}
