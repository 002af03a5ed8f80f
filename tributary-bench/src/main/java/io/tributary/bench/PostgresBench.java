package io.tributary.bench;

import io.tributary.api.option.Config;
import io.tributary.testkit.PostgresServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The PostgreSQL-source half of {@code tributary bench}: a throwaway source server, the same
 * workloads as the MySQL half (generated server-side), Tributary's figures and the machine's limits
 * (plain pgjdbc scan; bare replication stream without decoding).
 */
final class PostgresBench {
  private static final String CHANGES = "bench\\.changes";
  private final BenchMain.Options options;
  private final Report report;
  private final PrintStream out;
  private final Path work;

  PostgresBench(BenchMain.Options options, Report report, PrintStream out, Path work) {
    this.options = options;
    this.report = report;
    this.out = out;
    this.work = work;
  }

  /** Runs every PostgreSQL figure; {@code target} holds the PostgreSQL sink's databases. */
  void run(PostgresServer target) throws Exception {
    // synchronous commits: the WAL sender ships only flushed WAL, and with synchronous_commit=off (the
    // testkit's default) the WAL writer flushes every 200 ms, which would be measured as latency
    try (PostgresServer source = PostgresServer.builder().setting("synchronous_commit", "on").start()) {
      PostgresWorkload workload = new PostgresWorkload(source);
      snapshot(source, workload);
      ChangeMix mix = ChangeMix.plan(options.changes());
      workload.createChangesTable(mix);
      for (String slot : new String[] {"bench_pg_limit", "bench_pg_capture", "bench_pg_debezium", "bench_pg_e2e_postgres",
          "bench_pg_e2e_duckdb"}) {
        workload.createSlot(slot); // before the changes, so each slot retains them all
      }
      out.printf(Locale.ROOT, "generating %,d changes in PostgreSQL (%,d transactions of 1-100 rows)...%n", mix.rows(),
          mix.transactions().size());
      long events = workload.changes(mix);
      // settle the server first: autovacuum after 2M changes would otherwise compete with the first measurement
      source.execute(PostgresWorkload.DB, "VACUUM ANALYZE bench.changes", "CHECKPOINT");
      capture(source, events);
      EndToEndFigures.measure("postgres", (type, config) -> endToEnd(source, events, type, config), target, mix, events, work,
          report, out);
      latency(source, "postgres", BenchMain.postgresConfig(target, "latency_pg"));
    }
  }

  private void snapshot(PostgresServer source, PostgresWorkload workload) throws Exception {
    out.printf(Locale.ROOT, "generating a %,d-row sysbench table in PostgreSQL...%n", options.snapshotRows());
    workload.sysbenchTable("sbtest1", options.snapshotRows());
    step("measuring: plain pgjdbc SELECT scan (limit)");
    double limit = PostgresLimits.scanRowsPerSecond(source, "bench.sbtest1");
    step("measuring: PostgreSQL snapshot into blackhole");
    try (PipelineRun run = start("bench-pg-snapshot", source, "bench\\.sbtest1", "snapshot", null, "blackhole", Config.of())) {
      double seconds = run.awaitFinished(Duration.ofMinutes(30));
      step("measuring: Debezium PostgreSQL snapshot into a no-op consumer");
      Double peer = debezium(source, "snapshot", "bench.sbtest1", "bench_pg_debezium_snapshot", options.snapshotRows());
      report.add(new Figure("snapshot.postgres", "rows/s", options.snapshotRows() / seconds, peer, limit));
    }
  }

  /** Debezium's PostgreSQL connector on the same server and table; records/s. */
  private Double debezium(PostgresServer source, String mode, String table, String slot, long expect) throws Exception {
    if (!options.peer()) {
      return null;
    }
    List<String> args = List.of("--mode", mode, "--host", source.host(), "--port", Integer.toString(source.port()),
        "--user", source.user(), "--password", source.password(), "--database", PostgresWorkload.DB, "--table", table,
        "--expect", Long.toString(expect), "--slot", slot, "--publication", slot,
        "--work", Files.createDirectories(work.resolve("debezium-postgres-" + mode)).toString());
    return DebeziumRun.run("postgres", args, work.resolve("debezium-postgres-" + mode + ".log"), Duration.ofMinutes(60))
        .recordsPerSecond();
  }

  private void capture(PostgresServer source, long events) throws Exception {
    step("measuring: PostgreSQL capture into blackhole");
    double seconds;
    try (PipelineRun run = start("bench-pg-capture", source, CHANGES, "latest-offset", "bench_pg_capture", "blackhole", Config.of())) {
      seconds = run.awaitSeconds(() -> run.pipeline().metrics().capturedEvents() >= events, Duration.ofMinutes(30));
    }
    step("measuring: Debezium PostgreSQL capture into a no-op consumer");
    Double peer = debezium(source, "capture", "bench.changes", "bench_pg_debezium", events);
    // last, so the bare stream is not the one that first reads the WAL from disk
    step("measuring: bare pgjdbc replication stream (limit)");
    double limit = PostgresLimits.rawStreamRowsPerSecond(source, "bench_pg_limit", events);
    report.add(new Figure("capture.postgres", "events/s", events / seconds, peer, limit));
  }

  private double endToEnd(PostgresServer source, long events, String sinkType, Config sinkConfig) throws Exception {
    try (PipelineRun run = start("bench-pg-e2e-" + sinkType, source, CHANGES, "latest-offset", "bench_pg_e2e_" + sinkType,
        sinkType, sinkConfig)) {
      double seconds = run.awaitSeconds(() -> run.pipeline().metrics().writtenEvents("target") >= events, Duration.ofMinutes(30));
      return events / seconds;
    }
  }

  private void latency(PostgresServer source, String sinkType, Config sinkConfig) throws Exception {
    step("measuring: PostgreSQL latency into " + sinkType + " at " + options.rate() + " changes/s for " + options.seconds() + " s");
    Histogram histogram = new Histogram();
    String table = "latency_" + sinkType;
    source.execute(PostgresWorkload.DB, "CREATE TABLE bench." + table + " (id bigserial PRIMARY KEY, k integer NOT NULL, "
        + "v varchar(64) NOT NULL, ts bigint NOT NULL)");
    Config config = sourceConfig(source, "bench\\." + table, "latest-offset", null);
    try (PipelineRun run = PipelineRun.start("bench-pg-latency-" + sinkType, work, "postgres", config,
        new LatencyRecordingSinkFactory(PipelineRun.sink(sinkType), histogram), sinkConfig)) {
      Thread.sleep(2000);
      long written = new SteadyLoad(source, PostgresWorkload.DB, "bench." + table, options.rate()).run(Duration.ofSeconds(options.seconds()));
      run.awaitSeconds(() -> histogram.count() >= written, Duration.ofMinutes(2));
    }
    for (int p : new int[] {50, 95, 99}) {
      report.add(new Figure("latency.p" + p + ".postgres." + sinkType, "ms", histogram.percentileMillis(p), null, null));
    }
  }

  private PipelineRun start(String name, PostgresServer source, String tables, String mode, String slot, String sinkType,
      Config sinkConfig) {
    return PipelineRun.start(name, work, "postgres", sourceConfig(source, tables, mode, slot), PipelineRun.sink(sinkType), sinkConfig);
  }

  /** The source's options; {@code slot} (also the publication's name) null for the names it derives itself. */
  private static Config sourceConfig(PostgresServer source, String tables, String mode, String slot) {
    Config config = Config.of("hostname", source.host(), "port", Integer.toString(source.port()), "database", PostgresWorkload.DB,
        "username", source.user(), "password", source.password(), "tables", tables, "startup-mode", mode);
    return slot == null ? config : config.with("slot-name", slot).with("publication-name", slot);
  }

  private void step(String what) {
    out.printf(Locale.ROOT, "%s...%n", what);
    out.flush();
  }
}
