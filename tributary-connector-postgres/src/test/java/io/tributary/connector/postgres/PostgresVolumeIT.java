package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.PostgresServer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Volume: a one-million-row transaction streams (text and binary values) with bounded memory and
 * every row arrives; the snapshot copies a million rows. Rates are printed for information only.
 */
class PostgresVolumeIT {
  private static final int ROWS = 1_000_000;
  private final PostgresServer server = PostgresServer.shared();

  @Test
  void streamsAMillionRowTransactionInTextAndBinaryWithBoundedMemory() throws Exception {
    String db = server.createDatabase("volume");
    server.execute(db,
        "CREATE TABLE big (id integer PRIMARY KEY, a integer, b varchar(32), c timestamp(6), d numeric(10,2))",
        "CREATE PUBLICATION volume_pub FOR TABLE big",
        "SELECT pg_create_logical_replication_slot('volume_text', 'pgoutput')",
        "SELECT pg_create_logical_replication_slot('volume_binary', 'pgoutput')",
        "INSERT INTO big SELECT g, g * 7, 'name-' || g, now(), g / 100.0 FROM generate_series(1, " + ROWS + ") g");
    try {
      for (String mode : new String[] {"text", "binary"}) {
        var config = TestConfigs.forDatabase(server, db, "startup-mode", "latest-offset", "publication-name", "volume_pub",
            "slot-name", "volume_" + mode, "binary-tuples", Boolean.toString(mode.equals("binary")));
        try (RunningSource running = RunningSource.start(config, "volume_" + mode, null, false)) {
          long began = System.nanoTime();
          running.context.awaitEvents(ROWS / 2, Duration.ofMinutes(3));
          System.gc();
          long usedMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
          running.context.awaitEvents(ROWS, Duration.ofMinutes(3));
          long end = System.nanoTime();
          double seconds = (end - began) / 1e9;
          double streaming = (end - running.context.firstEventNanos()) / 1e9;
          System.out.printf("pgoutput capture (%s): %d events in %.2f s from start = %.0f events/s (%.0f events/s from"
              + " the first event); heap in use mid-transaction %d MB%n", mode, ROWS, seconds, ROWS / seconds,
              ROWS / streaming, usedMb);
          assertThat(usedMb).as("heap in use half-way through the transaction").isLessThan(200);
          assertThat(running.context.flushes()).isPositive();
          running.assertHealthy();
        }
      }
    } finally {
      TestConfigs.dropSlot(server, db, "volume_text");
      TestConfigs.dropSlot(server, db, "volume_binary");
    }
    var snapshot = TestConfigs.forDatabase(server, db, "startup-mode", "snapshot", "snapshot-parallelism", "4");
    try (RunningSource running = RunningSource.start(snapshot, "volume_snapshot", null, false)) {
      long began = System.nanoTime();
      assertThat(running.awaitEnd(Duration.ofMinutes(3))).isNull();
      double seconds = (System.nanoTime() - began) / 1e9;
      assertThat(running.context.eventCount()).isEqualTo(ROWS);
      System.out.printf("snapshot: %d rows in %.2f s = %.0f rows/s%n", ROWS, seconds, ROWS / seconds);
    }
  }
}
