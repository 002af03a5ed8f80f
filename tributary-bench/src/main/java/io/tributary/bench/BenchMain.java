package io.tributary.bench;

import io.tributary.api.option.Config;
import io.tributary.testkit.MariaDbServer;
import io.tributary.testkit.PostgresServer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code tributary bench}: the {@code pipeline} suite (the default) starts throwaway MariaDB and
 * PostgreSQL servers, generates the workloads, measures Tributary and the machine's limits in one
 * run for a MySQL source, a PostgreSQL source or both ({@link PostgresBench}), prints a table and
 * writes {@code target/bench/results.json}. The {@code formats} suite needs no database: JMH
 * micro-benchmarks of Canal-JSON and Debezium-JSON encoding and decoding against Jackson ({@link
 * FormatsBench}), written to {@code target/bench/formats.json}; the {@code transforms} suite the same for a
 * transform rule against hand-written Java; the other options do not apply to them.
 *
 * <pre>
 * tributary bench [--suite pipeline|formats|transforms|functions] [--source mysql|postgres|all] [--snapshot-rows N] [--changes N]
 *                 [--rate N] [--seconds N] [--peer debezium|none] [--kafka on|off]
 * </pre>
 *
 * <p>{@code --kafka on} adds MySQL → Kafka → PostgreSQL ({@link KafkaBench}) to the MySQL figures;
 * its broker runs inside the bench JVM, so the heap figure of such a run includes the broker's.
 */
public final class BenchMain {
  private final Options options;
  private final Report report = new Report();
  private final PrintStream out = System.out;
  private final Path work;

  private BenchMain(Options options) throws Exception {
    this.options = options;
    this.work = Files.createTempDirectory("tributary-bench");
  }

  public static void main(String[] args) throws Exception {
    SLF4JBridgeHandler.removeHandlersForRootLogger(); // the binlog client logs through java.util.logging
    SLF4JBridgeHandler.install();
    Options options = Options.parse(args);
    if (options == null) {
      System.out.println("usage: tributary bench [--suite pipeline|formats|transforms|functions] [--source mysql|postgres|all] [--snapshot-rows N]"
          + " [--changes N] [--rate N] [--seconds N] [--peer debezium|none] [--kafka on|off]");
      System.exit(2);
    }
    if (!options.suite.equals("pipeline")) {
      FormatsBench.run(System.out, options.suite);
      System.exit(0);
    }
    HeapSampler.start();
    new BenchMain(options).runAll();
    System.exit(0);
  }

  private void runAll() throws Exception {
    try (PostgresServer postgres = PostgresServer.start()) {
      HeapSampler.reset();
      if (!options.source.equals("postgres")) {
        runMySql(postgres);
      }
      if (!options.source.equals("mysql")) {
        new PostgresBench(options, report, out, work).run(postgres);
      }
      report.add(new Figure("heap.peak", "MB", HeapSampler.peakMegabytes(), null, HeapSampler.maxMegabytes()));
      double peerRss = DebeziumRun.peakRssMegabytes();
      report.add(new Figure("rss.peak", "MB", ProcessMemory.peakRssMegabytes(), peerRss == 0 ? null : peerRss, null));
    }
    out.println();
    report.print(out);
    Path json = Paths.get("target", "bench", "results.json");
    report.writeJson(json);
    out.println();
    out.println("written to " + json.toAbsolutePath() + "; limit = what the machine does with no CDC work "
        + "(snapshot: plain SELECT scan; capture: raw binlog client parse, or a bare PostgreSQL replication stream "
        + "without decoding; e2e into PostgreSQL: one COPY of as many rows); heap limit = -Xmx; Debezium = embedded "
        + "engine, JSON converter, no-op consumer, in its own JVM with the same flags");
  }

  /** The MySQL-source figures; {@code postgres} holds the PostgreSQL sink's databases. */
  private void runMySql(PostgresServer postgres) throws Exception {
    try (MariaDbServer mariadb = MariaDbServer.start()) {
      MariaDbWorkload workload = new MariaDbWorkload(mariadb);
      snapshot(mariadb, workload);
      ChangeMix mix = ChangeMix.plan(options.changes);
      out.printf(Locale.ROOT, "generating %,d changes (%,d transactions of 1-100 rows: %,d updates, %,d inserts, %,d deletes)...%n",
          mix.rows(), mix.transactions().size(), mix.rows(ChangeMix.Kind.UPDATE), mix.rows(ChangeMix.Kind.INSERT),
          mix.rows(ChangeMix.Kind.DELETE));
      long events = workload.changes(mix);
      String firstBinlog = (String) mariadb.query(null, "SHOW BINARY LOGS").get(0).get(0);
      capture(mariadb, firstBinlog, events);
      EndToEndFigures.measure("mysql", (type, config) -> endToEnd(mariadb, events, type, config), postgres, mix, events, work,
          report, out);
      if (options.kafka) {
        new KafkaBench(work, report, out).measure(mariadb, postgres, mix, events);
      }
      latency(mariadb, workload, "postgres", postgresConfig(postgres, "latency"));
      latency(mariadb, workload, "duckdb", Config.of("path", work.resolve("latency.duckdb").toString()));
    }
  }

  /** A fresh database on {@code pg} as a PostgreSQL sink's options. */
  static Config postgresConfig(PostgresServer pg, String prefix) {
    return postgresConfigOf(pg, pg.createDatabase(prefix));
  }

  /** Database {@code db} of {@code pg} as a PostgreSQL sink's options. */
  static Config postgresConfigOf(PostgresServer pg, String db) {
    return Config.of("url", pg.jdbcUrl(db), "username", pg.user(), "password", pg.password());
  }

  private void step(String what) {
    out.printf(Locale.ROOT, "%s...%n", what);
    out.flush();
  }

  private void snapshot(MariaDbServer mariadb, MariaDbWorkload workload) throws Exception {
    out.printf(Locale.ROOT, "generating a %,d-row sysbench table...%n", options.snapshotRows);
    workload.sysbenchTable("sbtest1", options.snapshotRows);
    step("measuring: plain SELECT scan (limit)");
    double limit = Limits.scanRowsPerSecond(mariadb, "sbtest1");
    step("measuring: snapshot into blackhole");
    double seconds;
    try (PipelineRun run = PipelineRun.start("bench-snapshot", work, mariadb, "bench\\.sbtest1", "snapshot",
        PipelineRun.sink("blackhole"), Config.of())) {
      seconds = run.awaitFinished(Duration.ofMinutes(30));
    }
    step("measuring: Debezium snapshot into a no-op consumer");
    Double peer = debezium(mariadb, "snapshot", "bench.sbtest1", options.snapshotRows);
    report.add(new Figure("snapshot.mysql", "rows/s", options.snapshotRows / seconds, peer, limit));
  }

  /** Debezium's MariaDB connector on the same server and table; records/s. */
  private Double debezium(MariaDbServer mariadb, String mode, String table, long expect) throws Exception {
    if (!options.peer) {
      return null;
    }
    List<String> args = List.of("--mode", mode, "--host", mariadb.host(), "--port", Integer.toString(mariadb.port()),
        "--user", mariadb.user(), "--password", mariadb.password(), "--database", MariaDbWorkload.DB, "--table", table,
        "--expect", Long.toString(expect), "--work", Files.createDirectories(work.resolve("debezium-mariadb-" + mode)).toString(),
        "--server-id", mode.equals("snapshot") ? "8801" : "8802");
    return DebeziumRun.run("mariadb", args, work.resolve("debezium-mariadb-" + mode + ".log"), Duration.ofMinutes(60))
        .recordsPerSecond();
  }

  private void capture(MariaDbServer mariadb, String firstBinlog, long events) throws Exception {
    step("measuring: raw binlog client parse (limit)");
    double limit = Limits.rawBinlogRowsPerSecond(mariadb, firstBinlog, events);
    step("measuring: binlog capture into blackhole");
    double seconds;
    try (PipelineRun run = PipelineRun.start("bench-capture", work, mariadb, "bench\\.changes", "earliest-offset",
        PipelineRun.sink("blackhole"), Config.of())) {
      seconds = run.awaitSeconds(() -> run.pipeline().metrics().capturedEvents() >= events, Duration.ofMinutes(30));
    }
    step("measuring: Debezium capture into a no-op consumer");
    Double peer = debezium(mariadb, "capture", "bench.changes", events);
    report.add(new Figure("capture.mysql", "events/s", events / seconds, peer, limit));
  }

  private double endToEnd(MariaDbServer mariadb, long events, String sinkType, Config sinkConfig) throws Exception {
    try (PipelineRun run = PipelineRun.start("bench-e2e-" + sinkType, work, mariadb, "bench\\.changes", "earliest-offset",
        PipelineRun.sink(sinkType), sinkConfig)) {
      double seconds = run.awaitSeconds(() -> run.pipeline().metrics().writtenEvents("target") >= events, Duration.ofMinutes(30));
      return events / seconds;
    }
  }

  private void latency(MariaDbServer mariadb, MariaDbWorkload workload, String sinkType, Config sinkConfig) throws Exception {
    step("measuring: latency into " + sinkType + " at " + options.rate + " changes/s for " + options.seconds + " s");
    Histogram histogram = new Histogram();
    String table = "latency_" + sinkType;
    mariadb.execute(MariaDbWorkload.DB, "CREATE TABLE " + table + " (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
        + "k INT NOT NULL, v VARCHAR(64) NOT NULL, ts BIGINT NOT NULL)");
    try (PipelineRun run = PipelineRun.start("bench-latency-" + sinkType, work, mariadb, "bench\\." + table, "latest-offset",
        new LatencyRecordingSinkFactory(PipelineRun.sink(sinkType), histogram), sinkConfig)) {
      Thread.sleep(2000);
      long written = new SteadyLoad(mariadb, MariaDbWorkload.DB, table, options.rate).run(Duration.ofSeconds(options.seconds));
      run.awaitSeconds(() -> histogram.count() >= written, Duration.ofMinutes(2));
    }
    report.add(new Figure("latency.p50.mysql." + sinkType, "ms", histogram.percentileMillis(50), null, null));
    report.add(new Figure("latency.p95.mysql." + sinkType, "ms", histogram.percentileMillis(95), null, null));
    report.add(new Figure("latency.p99.mysql." + sinkType, "ms", histogram.percentileMillis(99), null, null));
  }

  /** Command-line options with the defaults of the documented benchmark. */
  record Options(String suite, String source, long snapshotRows, long changes, int rate, int seconds, boolean peer,
      boolean kafka) {
    static Options parse(String[] args) {
      String suite = "pipeline";
      String source = "all";
      String peer = "debezium";
      String kafka = "off";
      long snapshotRows = 5_000_000;
      long changes = 2_000_000;
      int rate = 10_000;
      int seconds = 60;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (i + 1 >= args.length) {
          return null;
        }
        String v = args[++i].replace("_", "").replace(",", "");
        switch (a) {
          case "--suite" -> suite = v;
          case "--kafka" -> kafka = v;
          case "--source" -> source = v;
          case "--snapshot-rows" -> snapshotRows = Long.parseLong(v);
          case "--changes" -> changes = Long.parseLong(v);
          case "--rate" -> rate = Integer.parseInt(v);
          case "--seconds" -> seconds = Integer.parseInt(v);
          case "--peer" -> peer = v;
          default -> {
            return null;
          }
        }
      }
      boolean known = (suite.equals("pipeline") || suite.equals("formats") || suite.equals("transforms")
          || suite.equals("functions"))
          && (source.equals("mysql") || source.equals("postgres") || source.equals("all"))
          && (peer.equals("debezium") || peer.equals("none")) && (kafka.equals("on") || kafka.equals("off"));
      return known ? new Options(suite, source, snapshotRows, changes, rate, seconds, peer.equals("debezium"), kafka.equals("on"))
          : null;
    }
  }
}
