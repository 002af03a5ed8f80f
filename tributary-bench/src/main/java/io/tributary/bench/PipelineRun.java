package io.tributary.bench;

import io.tributary.api.option.Config;
import io.tributary.api.sink.SinkFactory;
import io.tributary.runtime.Connectors;
import io.tributary.runtime.Pipeline;
import io.tributary.runtime.PipelineDefinition;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import io.tributary.runtime.PipelineDefinition.SourceDefinition;
import io.tributary.testkit.MariaDbServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** Runs one pipeline in this JVM on a thread, waits for a condition, and stops it. */
final class PipelineRun implements AutoCloseable {
  private static final Connectors CONNECTORS = Connectors.discover();
  private final Pipeline pipeline;
  private final Thread thread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final long startNanos = System.nanoTime();

  private PipelineRun(PipelineDefinition def) {
    pipeline = new Pipeline(def);
    thread = new Thread(() -> {
      try {
        pipeline.run();
      } catch (Throwable t) {
        failure.set(t);
      }
    }, def.name() + "-main");
    thread.start();
  }

  /** A pipeline from the bench tables of {@code mariadb} into one sink. */
  static PipelineRun start(String name, Path stateDir, MariaDbServer mariadb, String tables, String startupMode,
      SinkFactory sink, Config sinkConfig) {
    Config source = Config.of("hostname", mariadb.host(), "port", Integer.toString(mariadb.port()),
        "username", mariadb.user(), "password", mariadb.password(), "tables", tables,
        "startup-mode", startupMode, "server-id", Integer.toString(6000 + Math.abs(name.hashCode() % 1000)));
    return start(name, stateDir, "mysql", source, sink, sinkConfig);
  }

  /** A pipeline from a source of type {@code sourceType} into one sink. */
  static PipelineRun start(String name, Path stateDir, String sourceType, Config source, SinkFactory sink, Config sinkConfig) {
    PipelineDefinition def = new PipelineDefinition(name, 4, stateDir.resolve(name), Duration.ofSeconds(1), 20_000,
        io.tributary.runtime.PipelineOptions.BATCH_LINGER.defaultValue(), 16_384, 0,
        new SourceDefinition(CONNECTORS.source(sourceType), source),
        List.of(new SinkDefinition("target", sink, sinkConfig, Pattern.compile(".*"), false)));
    return new PipelineRun(def);
  }

  static SinkFactory sink(String type) {
    return CONNECTORS.sink(type);
  }

  Pipeline pipeline() {
    return pipeline;
  }

  /** Waits until the condition holds; returns the seconds since start. Fails if the pipeline failed. */
  double awaitSeconds(BooleanSupplier done, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (failure.get() != null) {
        throw new IllegalStateException("pipeline failed: " + failure.get().getMessage(), failure.get());
      }
      if (!thread.isAlive()) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out after " + timeout);
      }
      Thread.sleep(2);
    }
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Waits for a snapshot-only run to return; returns the seconds since start. */
  double awaitFinished(Duration timeout) throws InterruptedException {
    thread.join(timeout.toMillis());
    if (failure.get() != null) {
      throw new IllegalStateException("pipeline failed: " + failure.get().getMessage(), failure.get());
    }
    return (System.nanoTime() - startNanos) / 1e9;
  }

  @Override
  public void close() throws InterruptedException {
    pipeline.stop();
    thread.join(60_000);
  }
}
