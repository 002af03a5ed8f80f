package io.tributary.connector.mysql;

import io.tributary.testkit.CollectingSourceContext;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.option.Config;
import io.tributary.api.source.Source;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a {@link Source} on its own thread for a test, and stops it. */
final class RunningSource implements AutoCloseable {
  final Source source;
  final CollectingSourceContext context;
  private final Thread thread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private RunningSource(Source source, CollectingSourceContext context, SourcePosition resumeFrom) {
    this.source = source;
    this.context = context;
    this.thread = new Thread(() -> {
      try {
        source.run(context, resumeFrom);
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "test-source-" + context.pipelineName());
    thread.start();
  }

  static RunningSource start(Config config, String pipeline, SourcePosition resumeFrom, boolean keepEvents) {
    Source source = new MySqlSourceFactory().create(config, pipeline);
    return new RunningSource(source, new CollectingSourceContext(pipeline, keepEvents), resumeFrom);
  }

  static RunningSource start(Config config, String pipeline, SourcePosition resumeFrom) {
    return start(config, pipeline, resumeFrom, true);
  }

  /** Waits for {@code run} to return by itself; returns its failure, or null. */
  Throwable awaitEnd(Duration timeout) throws InterruptedException {
    thread.join(timeout.toMillis());
    if (thread.isAlive()) {
      throw new AssertionError("source did not return within " + timeout);
    }
    return failure.get();
  }

  boolean isRunning() {
    return thread.isAlive();
  }

  /** Throws when {@code run} failed. */
  void assertHealthy() {
    Throwable t = failure.get();
    if (t != null) {
      throw new AssertionError("source failed: " + t, t);
    }
  }

  @Override
  public void close() {
    source.stop();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      throw new AssertionError("source did not stop within 10 s of stop()");
    }
    source.close();
  }
}
