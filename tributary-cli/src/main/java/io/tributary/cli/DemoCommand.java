package io.tributary.cli;

import io.tributary.cli.demo.DemoPipelineFile;
import io.tributary.cli.demo.DemoPostgres;
import io.tributary.cli.demo.DemoReport;
import io.tributary.cli.demo.DemoShop;
import io.tributary.cli.demo.DemoWorkload;
import io.tributary.runtime.Pipeline;
import io.tributary.runtime.PipelineMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary demo}: an embedded PostgreSQL (binaries from a Maven artifact, no installed
 * database, no root) with a shop schema and a live workload, a pipeline from it into a DuckDB file,
 * progress while it runs, and at the end analytical queries on the copy and a source-vs-target comparison.
 */
@Command(name = "demo", description = {
    "Runs a self-contained demo: an embedded PostgreSQL shop database with a live workload, captured into a DuckDB file.",
    "Stops --seconds after the initial copy or on Ctrl-C, then shows queries on the copy and that it matches the source."})
final class DemoCommand implements Callable<Integer> {
  private final CliContext context;
  @Spec CommandSpec spec;

  @Option(names = "--seconds", defaultValue = "30", description = "How long to stream the live workload once the initial copy is done (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--dir", defaultValue = "demo", description = "Where the pipeline file, state and DuckDB file go (default ./${DEFAULT-VALUE}).")
  Path dir;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path duck = prepareDirectory();
    out.println("Starting an embedded PostgreSQL (wal_level=logical)...");
    out.flush();
    try (DemoPostgres postgres = DemoPostgres.start()) {
      out.printf(Locale.ROOT, "Creating shop.customers (%,d rows) and shop.orders (%,d rows) in database %s on port %d...%n",
          DemoShop.CUSTOMERS, DemoShop.ORDERS, DemoShop.DATABASE, postgres.port());
      out.flush();
      DemoShop.create(postgres);
      Path file = DemoPipelineFile.write(dir, postgres.port(), duck);
      out.println("Pipeline file " + file + ":");
      out.println(Files.readString(file).indent(2));
      boolean interrupted = capture(file, postgres, out);
      out.println();
      boolean same = new DemoReport(postgres, duck, out).print();
      printClosingLines(out, interrupted, file);
      return same ? 0 : 1;
    }
  }

  /** Runs the pipeline while the workload runs, then until it has caught up; returns true on Ctrl-C. */
  private boolean capture(Path file, DemoPostgres postgres, PrintWriter out) throws Exception {
    Pipeline pipeline = new Pipeline(context.loader().load(file).definition());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread runner = new Thread(() -> {
      try {
        pipeline.run();
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "demo-pipeline");
    runner.start();
    boolean interrupted;
    try (DemoWorkload workload = new DemoWorkload(postgres)) {
      workload.start();
      DemoProgress progress = new DemoProgress(pipeline.metrics(), workload, out);
      try (StopSignals signals = StopSignals.install(progressStopper(progress), "demo")) {
        interrupted = progress.show(seconds, failure, runner);
      }
    }
    awaitCaughtUp(pipeline.metrics(), failure);
    pipeline.stop();
    runner.join();
    if (failure.get() != null) {
      throw failure.get() instanceof Exception e ? e : new IllegalStateException(failure.get());
    }
    return interrupted;
  }

  private static PipelineProcess progressStopper(DemoProgress progress) {
    return new PipelineProcess() {
      @Override public int run() {
        return 0;
      }

      @Override public void stop() {
        progress.interrupt();
      }
    };
  }

  /** Waits until nothing new is captured for a second and the sink has written all of it. */
  private static void awaitCaughtUp(PipelineMetrics metrics, AtomicReference<Throwable> failure) throws InterruptedException {
    long last = -1;
    int quiet = 0;
    for (int i = 0; i < 600 && failure.get() == null && quiet < 2; i++) {
      long captured = metrics.capturedEvents();
      boolean same = captured == last && metrics.writtenEvents(DemoPipelineFile.SINK) >= captured;
      quiet = same ? quiet + 1 : 0;
      last = captured;
      Thread.sleep(500);
    }
  }

  private static void printClosingLines(PrintWriter out, boolean interrupted, Path file) {
    out.println();
    out.println(interrupted ? "Stopped early (Ctrl-C)." : "Done.");
    out.println("To capture your own PostgreSQL, edit hostname, port, database, username, password and tables in");
    out.println("  " + file + "  (and the sinks), check it with  ./tributary validate " + file);
    out.println("and run it with  ./tributary run " + file);
    out.println("The server needs wal_level=logical (then a restart) and a user with REPLICATION and SELECT on the");
    out.println("tables (ALTER ROLE cdc REPLICATION); see tributary-connector-postgres/README.md. MySQL/MariaDB: type mariadb.");
    out.flush();
  }

  /** Creates the demo directory and clears what an earlier run left: DuckDB file and pipeline state. */
  private Path prepareDirectory() throws IOException {
    Files.createDirectories(dir);
    Path duck = dir.resolve("shop_copy.duckdb").toAbsolutePath();
    Files.deleteIfExists(duck);
    Files.deleteIfExists(duck.resolveSibling("shop_copy.duckdb.wal"));
    Path state = dir.resolve("state");
    if (Files.exists(state)) {
      try (Stream<Path> walk = Files.walk(state)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    return duck;
  }
}
