package io.tributary.bench;

import io.tributary.api.option.Config;
import io.tributary.testkit.KafkaBroker;
import io.tributary.testkit.MariaDbServer;
import io.tributary.testkit.PostgresServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * MySQL → Kafka → PostgreSQL, the scale-out path, on the benchmark's change mix: the binlog
 * captured into Kafka (Debezium-JSON with schemas, one producer transaction per batch, as
 * {@code tributary capture} writes it), then applied from Kafka into a seeded PostgreSQL target
 * by one consumer-group member and, into a second target, by two members sharing the partitions.
 * The broker runs inside the bench JVM (Kafka's own test kit); the members are pipelines in this
 * JVM, as separate processes would only add JVMs to the same 2 cores. A run is done when the
 * target's row count and {@code sum(k)} equal the source table's (exact, and blind to changes a
 * rebalance made a member write twice).
 */
final class KafkaBench {
  private static final int PARTITIONS = 6;
  private final Path work;
  private final Report report;
  private final PrintStream out;

  KafkaBench(Path work, Report report, PrintStream out) {
    this.work = work;
    this.report = report;
    this.out = out;
  }

  void measure(MariaDbServer mariadb, PostgresServer target, ChangeMix mix, long events) throws Exception {
    List<Object> expected = mariadb.query(MariaDbWorkload.DB, "SELECT count(*), sum(k) FROM changes").get(0);
    try (KafkaBroker kafka = KafkaBroker.start()) {
      kafka.createTopic("bench.changes", PARTITIONS);
      step("measuring: binlog capture into Kafka (" + PARTITIONS + " partitions)");
      double captured = capture(mariadb, kafka, events);
      report.add(new Figure("e2e.mysql.kafka", "events/s", captured, null, null));
      double copy = PostgresLimits.copyRowsPerSecond(target, events);
      for (int members : new int[] {1, 2}) {
        step("measuring: Kafka into postgres, " + members + " apply member" + (members == 1 ? "" : "s"));
        Config sink = TargetSeed.postgres(target, "kafka_apply" + members, mix);
        double applied = apply(kafka, members, sink, target, expected, events);
        report.add(new Figure("e2e.kafka.postgres.apply" + members, "events/s", applied, null, copy));
      }
    }
  }

  private double capture(MariaDbServer mariadb, KafkaBroker kafka, long events) throws Exception {
    Config sink = Config.of("bootstrap-servers", kafka.bootstrapServers(), "format", "debezium-json",
        "debezium.include-schema", "true", "positions-topic", "bench.positions", "topic-partitions", Integer.toString(PARTITIONS));
    try (PipelineRun run = PipelineRun.start("bench-kafka-capture", work, mariadb, "bench\\.changes", "earliest-offset",
        PipelineRun.sink("kafka"), sink)) {
      double seconds = run.awaitSeconds(() -> run.pipeline().metrics().writtenEvents("target") >= events, Duration.ofMinutes(30));
      return events / seconds;
    }
  }

  private double apply(KafkaBroker kafka, int members, Config sink, PostgresServer target, List<Object> expected, long events)
      throws Exception {
    Config source = Config.of("bootstrap-servers", kafka.bootstrapServers(), "format", "debezium-json",
        "topics", "bench.changes", "group-id", "bench-apply-" + members, "startup-mode", "earliest");
    String db = sink.raw("url").replaceAll(".*/([^/?]+)\\?.*", "$1");
    List<PipelineRun> runs = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int m = 0; m < members; m++) {
        runs.add(PipelineRun.start("bench-kafka-apply" + members + "-" + m, work, "kafka", source, PipelineRun.sink("postgres"), sink));
      }
      long[] nextCheck = {0};
      runs.get(0).awaitSeconds(() -> {
        long written = runs.stream().mapToLong(r -> r.pipeline().metrics().writtenEvents("target")).sum();
        if (written < events || System.nanoTime() < nextCheck[0]) {
          return false; // members wrote fewer changes than there are: not there yet, no need to ask
        }
        nextCheck[0] = System.nanoTime() + 200_000_000L;
        return caughtUp(target, db, expected);
      }, Duration.ofMinutes(30));
      return events / ((System.nanoTime() - start) / 1e9);
    } finally {
      for (PipelineRun run : runs) {
        run.close();
      }
    }
  }

  private static boolean caughtUp(PostgresServer target, String db, List<Object> expected) {
    List<Object> now = target.query(db, "SELECT count(*), coalesce(sum(k), 0) FROM bench.changes").get(0);
    return Objects.equals(number(now.get(0)), number(expected.get(0))) && Objects.equals(number(now.get(1)), number(expected.get(1)));
  }

  private static Long number(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }

  private void step(String what) {
    out.printf(Locale.ROOT, "%s...%n", what);
    out.flush();
  }
}
