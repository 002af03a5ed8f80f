package io.tributary.testkit;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique database names for tests: a readable prefix, a JVM-wide counter and a random suffix. */
final class DatabaseNames {

  private static final int MAX_PREFIX = 40;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private DatabaseNames() {}

  /**
   * {@code prefix} lower-cased with every character outside {@code [a-z0-9_]} replaced by '_' (cut to 40
   * characters; "db" when empty), then {@code _<counter>_<6 hex digits>}: safe unquoted in MariaDB and
   * PostgreSQL and within both systems' 63-character limit.
   */
  static String unique(String prefix) {
    String base = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (base.isEmpty()) {
      base = "db";
    }
    base = base.substring(0, Math.min(base.length(), MAX_PREFIX));
    return base + "_" + COUNTER.incrementAndGet() + "_"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0x1000000));
  }
}
