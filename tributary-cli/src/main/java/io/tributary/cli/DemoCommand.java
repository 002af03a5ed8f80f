package io.tributary.cli;

import io.tributary.cli.demo.DemoReport;
import io.tributary.cli.demo.DemoShop;
import io.tributary.cli.file.LoadedPipeline;
import io.tributary.runtime.Pipeline;
import io.tributary.runtime.PipelineMetrics;
import io.tributary.testkit.MariaDbServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tributary demo}: a throwaway MariaDB with a shop database and a live workload, a pipeline
 * from it into a DuckDB file, progress while it runs, and at the end analytical queries on the
 * copy and a source-vs-target comparison.
 */
@Command(name = "demo", description = {
    "Runs a self-contained demo: a throwaway MariaDB shop database with a live workload, captured into a DuckDB file.",
    "Stops after --seconds or on Ctrl-C, then shows queries on the copy and that it matches the source."})
final class DemoCommand implements Callable<Integer> {
  private final CliContext context;
  @Spec CommandSpec spec;

  @Option(names = "--seconds", defaultValue = "30", description = "How long the live workload runs (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--dir", defaultValue = "demo", description = "Where the pipeline file, state and DuckDB file go (default ./${DEFAULT-VALUE}).")
  Path dir;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Files.createDirectories(dir);
    Path duck = dir.resolve("demo.duckdb").toAbsolutePath();
    Files.deleteIfExists(duck);
    Files.deleteIfExists(duck.resolveSibling("demo.duckdb.wal"));
    deleteRecursively(dir.resolve("state"));
    out.println("Starting a throwaway MariaDB (binlog on, ROW format)...");
    out.flush();
    try (MariaDbServer mariadb = MariaDbServer.start(); DemoShop shop = new DemoShop(mariadb)) {
      out.printf(Locale.ROOT, "Creating shop.customers (%,d rows) and shop.orders (%,d rows)...%n", DemoShop.CUSTOMERS, DemoShop.ORDERS);
      out.flush();
      shop.create();
      Path file = writePipelineFile(mariadb, duck);
      out.println("Pipeline file " + file + ":");
      out.println(Files.readString(file).indent(2));
      LoadedPipeline loaded = context.loader().load(file);
      Pipeline pipeline = new Pipeline(loaded.definition());
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread runner = new Thread(() -> {
        try {
          pipeline.run();
        } catch (Throwable t) {
          failure.set(t);
        }
      }, "demo-pipeline");
      runner.start();
      shop.startWorkload();
      DemoProgress progress = new DemoProgress(pipeline.metrics(), shop, out);
      boolean interrupted;
      try (StopSignals signals = StopSignals.install(new PipelineProcess() {
            @Override public int run() {
              return 0;
            }

            @Override public void stop() {
              progress.interrupt();
            }
          }, "demo")) {
        interrupted = progress.show(seconds, failure, runner);
      }
      shop.close();
      awaitCaughtUp(pipeline.metrics(), failure);
      pipeline.stop();
      runner.join();
      if (failure.get() != null) {
        throw failure.get() instanceof Exception e ? e : new IllegalStateException(failure.get());
      }
      out.println();
      boolean same = new DemoReport(mariadb, duck, out).print();
      out.println();
      out.println(interrupted ? "Stopped early (Ctrl-C)." : "Done.");
      out.println("To capture your own database, edit hostname, port, username, password and tables in");
      out.println("  " + file + "  (and the sinks), check it with  ./tributary validate " + file);
      out.println("and run it with  ./tributary run " + file + "  — see README.md for the server settings it needs.");
      out.flush();
      return same ? 0 : 1;
    }
  }

  private static void awaitCaughtUp(PipelineMetrics metrics, AtomicReference<Throwable> failure) throws InterruptedException {
    long last = -1;
    for (int i = 0; i < 600 && failure.get() == null; i++) {
      long captured = metrics.capturedEvents();
      if (captured == last && metrics.writtenEvents("olap") >= captured) {
        return;
      }
      last = captured;
      Thread.sleep(500);
    }
  }

  private Path writePipelineFile(MariaDbServer mariadb, Path duck) throws Exception {
    Path file = dir.resolve("pipeline.yaml").toAbsolutePath();
    Files.writeString(file, """
        # Written by `tributary demo`. Point it at your own MariaDB/MySQL and run it with `tributary run`.
        pipeline:
          name: demo-shop
          parallelism: 2
          state-dir: %s
        source:
          type: mariadb
          hostname: %s
          port: %d
          username: %s
          password: %s
          tables: shop\\..*
          server-id: 5499
          startup-mode: initial
        sinks:
          - name: olap
            type: duckdb
            path: %s
        """.formatted(dir.resolve("state").toAbsolutePath(), mariadb.host(), mariadb.port(), mariadb.user(),
        mariadb.password(), duck));
    return file;
  }

  private static void deleteRecursively(Path p) throws java.io.IOException {
    if (Files.exists(p)) {
      try (var walk = Files.walk(p)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
