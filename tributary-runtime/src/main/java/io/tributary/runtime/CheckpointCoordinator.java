package io.tributary.runtime;

import io.tributary.api.event.SourcePosition;
import io.tributary.api.source.Source;
import io.tributary.runtime.state.StateDirectory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns barriers into checkpoints. A barrier is complete when every lane of every sink has
 * committed everything before it together with its position; then, on the coordinator's own
 * thread, the position is recorded in the state directory and the source is told it may release
 * the log before it. Lanes acknowledge barriers in order, so checkpoints complete in order.
 */
final class CheckpointCoordinator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointCoordinator.class);
  private static final long REPORT_NANOS = TimeUnit.SECONDS.toNanos(30);
  private final int participants;
  private final StateDirectory state;
  private final Source source;
  private final PipelineControl control;
  private final PipelineMetrics metrics;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CountDownLatch> pending = new ConcurrentHashMap<>();
  private final ExecutorService recorder;
  private final String pipeline;
  private long lastReportNanos = System.nanoTime();
  private long lastReportEvents;

  CheckpointCoordinator(String pipeline, int participants, StateDirectory state, Source source,
      PipelineControl control, PipelineMetrics metrics) {
    this.pipeline = pipeline;
    this.participants = participants;
    this.state = state;
    this.source = source;
    this.control = control;
    this.metrics = metrics;
    this.recorder = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, pipeline + "-checkpoint");
      t.setDaemon(true);
      return t;
    });
  }

  /** A new barrier for {@code position}, to be put into every lane. */
  Barrier begin(SourcePosition position) {
    Barrier b = new Barrier(ids.incrementAndGet(), position);
    pending.put(b.id(), new CountDownLatch(participants));
    return b;
  }

  /** Called by a lane after it committed everything up to the barrier. */
  void acknowledge(Barrier b) {
    CountDownLatch latch = pending.get(b.id());
    latch.countDown();
    if (latch.getCount() == 0) {
      recorder.execute(() -> complete(b));
    }
  }

  /** Waits until the barrier is complete; false when the pipeline failed meanwhile. */
  boolean await(Barrier b) throws InterruptedException {
    CountDownLatch latch = pending.get(b.id());
    if (latch == null) {
      return true; // completed and recorded already
    }
    while (!latch.await(100, TimeUnit.MILLISECONDS)) {
      if (control.failure() != null) {
        return false;
      }
    }
    return true;
  }

  private void complete(Barrier b) {
    pending.remove(b.id());
    try {
      state.writeCheckpoint(b.position().encode(), Map.of("checkpoint", Long.toString(b.id())));
      metrics.checkpointed(b.position());
      source.committed(b.position());
      report();
    } catch (RuntimeException e) {
      control.fail(e);
    }
  }

  /** Every 30 s: one line with throughput, backlog age and the resume point. */
  private void report() {
    long now = System.nanoTime();
    if (now - lastReportNanos < REPORT_NANOS) {
      return;
    }
    long events = metrics.capturedEvents();
    double rate = (events - lastReportEvents) / ((now - lastReportNanos) / 1e9);
    long commit = metrics.lastCommitMillis();
    LOG.info("pipeline '{}': {} events captured ({}/s over the last {} s), newest source commit {} ago; resume point {}",
        pipeline, events, Math.round(rate), Math.round((now - lastReportNanos) / 1e9),
        commit == 0 ? "n/a" : Math.max(0, System.currentTimeMillis() - commit) / 1000 + " s",
        metrics.lastCheckpoint() == null ? "none" : metrics.lastCheckpoint().encode());
    lastReportNanos = now;
    lastReportEvents = events;
  }

  @Override
  public void close() {
    recorder.shutdown();
    try {
      if (!recorder.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("checkpoint recorder did not finish in 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
