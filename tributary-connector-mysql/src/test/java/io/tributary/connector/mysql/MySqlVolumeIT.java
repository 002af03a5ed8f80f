package io.tributary.connector.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.testkit.MariaDbServer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Volume: a one-million-row transaction streams with bounded memory and every row arrives. Rates
 * are printed for information only; figures come from {@code tributary bench}, never from tests.
 */
class MySqlVolumeIT {
  private static final int ROWS = 1_000_000;
  private final MariaDbServer server = MariaDbServer.shared();

  @Test
  void streamsAMillionRowTransactionWithBoundedMemory() throws Exception {
    String db = server.createDatabase("volume");
    server.execute(db, "CREATE TABLE big (id INT PRIMARY KEY, a INT, b VARCHAR(32), c DATETIME(6), d DECIMAL(10,2))");
    BinlogPosition start = MySqlBinlogIT.currentPosition(server);
    server.execute(db, "INSERT INTO big SELECT seq, seq * 7, CONCAT('name-', seq), NOW(6), seq / 100 FROM seq_1_to_" + ROWS);
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "volume", start, false)) {
      long began = System.nanoTime();
      running.context.awaitEvents(ROWS / 2, Duration.ofMinutes(2));
      System.gc();
      long usedMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
      running.context.awaitEvents(ROWS, Duration.ofMinutes(2));
      long end = System.nanoTime();
      double seconds = (end - began) / 1e9;
      double streaming = (end - running.context.firstEventNanos()) / 1e9;
      System.out.printf("binlog capture: %d events in %.2f s from start = %.0f events/s (%.0f events/s from the first"
          + " event); heap in use mid-transaction %d MB%n", ROWS, seconds, ROWS / seconds, ROWS / streaming, usedMb);
      assertThat(usedMb).as("heap in use half-way through the transaction").isLessThan(200);
      assertThat(running.context.flushes()).isPositive();
      running.assertHealthy();
    }
    var snapshot = TestConfigs.forDatabase(server, db, "startup-mode", "snapshot");
    try (RunningSource running = RunningSource.start(snapshot, "volume-snapshot", null, false)) {
      long began = System.nanoTime();
      assertThat(running.awaitEnd(Duration.ofMinutes(2))).isNull();
      double seconds = (System.nanoTime() - began) / 1e9;
      assertThat(running.context.eventCount()).isEqualTo(ROWS);
      System.out.printf("snapshot: %d rows in %.2f s = %.0f rows/s%n", ROWS, seconds, ROWS / seconds);
    }
  }
}
