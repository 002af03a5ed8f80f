package io.tributary.runtime;

import io.tributary.api.event.SourcePosition;
import io.tributary.runtime.function.FunctionCounters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one running pipeline: events captured, events and rows written per sink, each
 * user function's counters, the last checkpoint. Read by the progress log and by tests and benchmarks. Thread-safe.
 */
public final class PipelineMetrics {
  private final LongAdder captured = new LongAdder();
  private final Map<String, LongAdder> writtenEvents = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> writtenRows = new ConcurrentHashMap<>();
  private final Map<String, FunctionCounters> functions = new ConcurrentHashMap<>();
  private final AtomicLong checkpoints = new AtomicLong();
  private volatile SourcePosition lastCheckpoint;
  private volatile long lastCommitMillis;

  void captured(long n, long commitMillis) {
    captured.add(n);
    if (commitMillis > 0) {
      lastCommitMillis = commitMillis;
    }
  }

  void written(String sink, long events, long rows) {
    writtenEvents.computeIfAbsent(sink, s -> new LongAdder()).add(events);
    writtenRows.computeIfAbsent(sink, s -> new LongAdder()).add(rows);
  }

  void checkpointed(SourcePosition p) {
    lastCheckpoint = p;
    checkpoints.incrementAndGet();
  }

  /** Events the source handed over. */
  public long capturedEvents() {
    return captured.sum();
  }

  /** Events a sink's lanes have committed (before folding). */
  public long writtenEvents(String sink) {
    LongAdder a = writtenEvents.get(sink);
    return a == null ? 0 : a.sum();
  }

  /** Rows a sink's lanes have written (after folding). */
  public long writtenRows(String sink) {
    LongAdder a = writtenRows.get(sink);
    return a == null ? 0 : a.sum();
  }

  /** The metrics of the named user function (zero until it runs). */
  public FunctionCounters function(String name) {
    return functions.computeIfAbsent(name, n -> new FunctionCounters());
  }

  /** The metrics of every user function that ran, by name. */
  public Map<String, FunctionCounters> functions() {
    return Map.copyOf(functions);
  }

  /** The position of the last completed checkpoint, or null. */
  public SourcePosition lastCheckpoint() {
    return lastCheckpoint;
  }

  public long checkpoints() {
    return checkpoints.get();
  }

  /** Commit time (epoch ms) of the newest event captured, 0 when none. */
  public long lastCommitMillis() {
    return lastCommitMillis;
  }
}
