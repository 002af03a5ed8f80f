package io.tributary.bench.debezium;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One timed Debezium engine run: starts the engine with the {@link CountingConsumer}, waits until the expected
 * record was consumed, closes the engine and returns the figures. Timing starts right before the engine is handed
 * to its thread and ends when the expected record is consumed; closing is not timed.
 */
public final class PeerRun {
  private static final Logger LOG = LoggerFactory.getLogger(PeerRun.class);

  private final PeerArguments arguments;

  /** A run of {@code arguments}; nothing starts until {@link #measure()}. */
  public PeerRun(PeerArguments arguments) {
    this.arguments = arguments;
  }

  /**
   * Runs the engine until the expected record arrives. Fails if the engine stops first, or if the timeout passes;
   * both failures name the table, the mode and how many records were counted.
   */
  public PeerResult measure() throws PeerFailure, InterruptedException {
    Properties properties = EngineSettings.of(arguments);
    String description = EngineSettings.describe(properties);
    LOG.info("Debezium peer {} {} of {}, expecting {} records, settings:\n{}", arguments.connector().argument(),
        arguments.mode().argument(), arguments.qualifiedTable(), arguments.expect(), description);
    writeSettings(description);
    CountingConsumer consumer =
        new CountingConsumer(EngineSettings.destination(arguments), arguments.mode(), arguments.expect());
    DebeziumEngine<ChangeEvent<String, String>> engine = DebeziumEngine.create(Json.class)
        .using(properties)
        .using((success, message, error) -> engineStopped(consumer, success, message, error))
        .notifying(consumer)
        .build();
    ExecutorService engineThread = Executors.newSingleThreadExecutor(task -> new Thread(task, "debezium-peer-engine"));
    long startNanos;
    long endNanos;
    try {
      startNanos = System.nanoTime();
      engineThread.execute(engine);
      endNanos = awaitExpected(consumer);
    } finally {
      close(engine);
      stop(engineThread);
    }
    PeerResult result = new PeerResult(consumer.counted(), (endNanos - startNanos) / 1e9);
    LOG.info("Debezium peer counted {} records in {} s ({} records/s)", result.records(), result.seconds(),
        Math.round(result.recordsPerSecond()));
    return result;
  }

  private long awaitExpected(CountingConsumer consumer) throws PeerFailure, InterruptedException {
    try {
      return consumer.expectedReached().get(arguments.timeout().toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new PeerFailure("timed out after " + arguments.timeout().toSeconds() + " s waiting for " + what()
          + ": counted " + consumer.counted() + "; check the workload, or raise --timeout-seconds", e);
    } catch (ExecutionException e) {
      throw new PeerFailure(e.getCause().getMessage(), e.getCause());
    }
  }

  private void engineStopped(CountingConsumer consumer, boolean success, String message, Throwable error) {
    if (consumer.expectedReached().isDone()) {
      return;
    }
    String reason = "the Debezium engine stopped before delivering " + what() + " (counted " + consumer.counted()
        + "): " + (success ? "stopped normally" : "failed") + ": " + message;
    consumer.expectedReached().completeExceptionally(new PeerFailure(reason, error));
  }

  private String what() {
    return arguments.expect() + " " + arguments.mode().argument() + " records of " + arguments.qualifiedTable()
        + " from " + arguments.connector().argument() + " " + arguments.host() + ":" + arguments.port();
  }

  private void writeSettings(String description) throws PeerFailure {
    try {
      Files.createDirectories(arguments.work());
      Files.writeString(arguments.work().resolve("debezium-engine.properties"), description, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PeerFailure("cannot write the engine settings to --work " + arguments.work() + ": " + e, e);
    }
  }

  /** Lets the engine's thread finish its own shutdown (close() has stopped it), interrupting it only if it hangs. */
  private static void stop(ExecutorService engineThread) throws InterruptedException {
    engineThread.shutdown();
    if (!engineThread.awaitTermination(30, TimeUnit.SECONDS)) {
      LOG.warn("the Debezium engine thread did not finish within 30 s of close(); interrupting it");
      engineThread.shutdownNow();
    }
  }

  private static void close(DebeziumEngine<?> engine) {
    try {
      engine.close();
    } catch (IllegalStateException e) {
      // The engine had already shut down by itself (it failed); its completion callback holds the reason.
      LOG.debug("the Debezium engine was already shut down", e);
    } catch (IOException | RuntimeException e) {
      LOG.warn("closing the Debezium engine failed", e);
    }
  }
}
