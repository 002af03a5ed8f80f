package io.tributary.bench;

import io.tributary.api.option.Config;
import io.tributary.testkit.PostgresServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The end-to-end figures of one source, the same for every source: the change mix applied into
 * PostgreSQL (against one {@code COPY} of as many rows, and against PostgreSQL running the same
 * statements itself) and into DuckDB, each target seeded with the table's starting rows.
 */
final class EndToEndFigures {
  /** Runs one pipeline from the source into a sink with these options; returns events/s. */
  @FunctionalInterface
  interface Run {
    double eventsPerSecond(String sinkType, Config sinkConfig) throws Exception;
  }

  private EndToEndFigures() {}

  static void measure(String source, Run run, PostgresServer target, ChangeMix mix, long events, Path work,
      Report report, PrintStream out) throws Exception {
    step(out, "measuring: COPY of " + events + " rows into PostgreSQL (limit)");
    double copy = PostgresLimits.copyRowsPerSecond(target, events);
    step(out, "measuring: " + source + " end to end into postgres");
    double postgres = run.eventsPerSecond("postgres", TargetSeed.postgres(target, "e2e_" + source, mix));
    report.add(new Figure("e2e." + source + ".postgres", "events/s", postgres, null, copy));
    step(out, "measuring: PostgreSQL running the same changes itself (context)");
    double replay = PostgresLimits.replayRowsPerSecond(target, mix);
    report.add(new Figure("e2e." + source + ".postgres.vs-replay", "events/s", postgres, null, replay));
    step(out, "measuring: " + source + " end to end into duckdb");
    double duckdb = run.eventsPerSecond("duckdb", TargetSeed.duckdb(work.resolve("e2e-" + source + ".duckdb"), mix));
    report.add(new Figure("e2e." + source + ".duckdb", "events/s", duckdb, null, null));
  }

  private static void step(PrintStream out, String what) {
    out.printf(Locale.ROOT, "%s...%n", what);
    out.flush();
  }
}
