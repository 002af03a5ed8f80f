package io.tributary.cli;

import java.time.Duration;

/** Option values as people write them in pipeline files: {@code 1s}, not {@code PT1S}. */
final class OptionText {
  static final String MASK = "****";

  private OptionText() {}

  static String format(Object value) {
    if (value instanceof Duration d) {
      return duration(d);
    }
    return String.valueOf(value);
  }

  private static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms == 0) {
      return "0s";
    }
    String[] units = {"d", "h", "m", "s"};
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    for (int i = 0; i < units.length; i++) {
      if (ms % sizes[i] == 0) {
        return ms / sizes[i] + units[i];
      }
    }
    return ms + "ms";
  }
}
