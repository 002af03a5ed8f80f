package io.tributary.bench;

import io.tributary.testkit.ThrowawayServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;

/**
 * Inserts rows at a steady rate (one small transaction every 10 ms), each carrying in {@code ts}
 * the time (epoch microseconds) just before its transaction commits, for latency measurements.
 */
final class SteadyLoad {
  private final ThrowawayServer server;
  private final String database;
  private final String table;
  private final int rate;

  SteadyLoad(ThrowawayServer server, String database, String table, int rate) {
    this.server = server;
    this.database = database;
    this.table = table;
    this.rate = rate;
  }

  long run(Duration duration) throws Exception {
    int perTick = Math.max(1, rate / 100);
    long rows = 0;
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try (Connection c = server.connect(database);
        PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (k, v, ts) VALUES (?, ?, ?)")) {
      c.setAutoCommit(false);
      for (long tick = 0; System.nanoTime() < end; tick++) {
        long micros = System.currentTimeMillis() * 1000;
        for (int i = 0; i < perTick; i++) {
          ps.setInt(1, i);
          ps.setString(2, "steady-" + tick);
          ps.setLong(3, micros);
          ps.addBatch();
        }
        ps.executeBatch();
        c.commit();
        rows += perTick;
        long next = start + (tick + 1) * 10_000_000L;
        long sleep = next - System.nanoTime();
        if (sleep > 0) {
          Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
      }
    }
    return rows;
  }
}
