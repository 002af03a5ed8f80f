package io.tributary.cli;

import io.tributary.cli.demo.DemoPipelineFile;
import io.tributary.cli.demo.DemoShop;
import io.tributary.cli.demo.DemoWorkload;
import io.tributary.runtime.PipelineMetrics;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/** The demo's live status line: a progress bar for the initial copy, then events/s and backlog while streaming. */
final class DemoProgress {
  private final PipelineMetrics metrics;
  private final DemoWorkload workload;
  private final PrintWriter out;
  private volatile boolean interrupted;

  DemoProgress(PipelineMetrics metrics, DemoWorkload workload, PrintWriter out) {
    this.metrics = metrics;
    this.workload = workload;
    this.out = out;
  }

  /** Ends {@link #show} early (Ctrl-C). */
  void interrupt() {
    interrupted = true;
  }

  /**
   * Shows the copy's progress, then the stream's for {@code seconds} (the clock starts once the copy is
   * written), or until Ctrl-C or a failure; returns true when interrupted.
   */
  boolean show(int seconds, AtomicReference<Throwable> failure, Thread runner) throws InterruptedException {
    long snapshotRows = DemoShop.CUSTOMERS + DemoShop.ORDERS;
    long start = System.nanoTime();
    long streamingSince = 0;
    long lastEvents = 0;
    long lastNanos = start;
    while (!interrupted && failure.get() == null && runner.isAlive()
        && (streamingSince == 0 || System.nanoTime() - streamingSince < seconds * 1_000_000_000L)) {
      Thread.sleep(1000);
      long events = metrics.capturedEvents();
      long now = System.nanoTime();
      double rate = (events - lastEvents) / ((now - lastNanos) / 1e9);
      lastEvents = events;
      lastNanos = now;
      long written = metrics.writtenEvents(DemoPipelineFile.SINK);
      boolean copying = written < snapshotRows;
      if (!copying && streamingSince == 0) {
        streamingSince = now;
      }
      String status = copying ? snapshotBar(written, snapshotRows) : String.format(Locale.ROOT,
          "streaming  %,9.0f events/s  %,d changes made at the source  %,d events behind", rate, workload.changes(),
          Math.max(0, events - written));
      out.printf(Locale.ROOT, "[%3ds] %s%n", (now - start) / 1_000_000_000L, status);
      out.flush();
    }
    return interrupted;
  }

  private static String snapshotBar(long done, long total) {
    int width = 30;
    int filled = (int) Math.min(width, done * width / total);
    return String.format(Locale.ROOT, "snapshot [%s%s] %3d%%  %,d / %,d rows", "#".repeat(filled), ".".repeat(width - filled),
        done * 100 / total, done, total);
  }
}
