package io.tributary.bench.debezium;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The no-op consumer: it only counts the table's data-change records of the counted operations, marks every record
 * processed, and completes {@link #expectedReached()} with {@link System#nanoTime()} when the expected record arrives.
 * Heartbeats, schema changes, transaction markers and records of other operations are marked and not counted.
 *
 * <p>Called by the engine's threads; the count is atomic, so batches handed over concurrently are counted once each.
 */
final class CountingConsumer implements DebeziumEngine.ChangeConsumer<ChangeEvent<String, String>> {
  private static final String OPERATION_FIELD = "\"op\":\"";

  private final String destination;
  private final PeerMode mode;
  private final long expected;
  private final AtomicLong counted = new AtomicLong();
  private final CompletableFuture<Long> expectedReached = new CompletableFuture<>();

  CountingConsumer(String destination, PeerMode mode, long expected) {
    this.destination = destination;
    this.mode = mode;
    this.expected = expected;
  }

  @Override
  public void handleBatch(
      List<ChangeEvent<String, String>> records, DebeziumEngine.RecordCommitter<ChangeEvent<String, String>> committer)
      throws InterruptedException {
    for (ChangeEvent<String, String> record : records) {
      if (counts(record) && counted.incrementAndGet() == expected) {
        expectedReached.complete(System.nanoTime());
      }
      committer.markProcessed(record);
    }
    committer.markBatchFinished();
  }

  /** Completes with the {@link System#nanoTime()} at which the expected record was consumed. */
  CompletableFuture<Long> expectedReached() {
    return expectedReached;
  }

  /** The records counted so far. */
  long counted() {
    return counted.get();
  }

  private boolean counts(ChangeEvent<String, String> record) {
    String value = record.value();
    if (value == null || !destination.equals(record.destination())) {
      return false;
    }
    // The envelope's "op" follows "before", "after" and "source", so the last "op" key is the envelope's; a column
    // value cannot fake it because quotes inside JSON strings are escaped.
    int field = value.lastIndexOf(OPERATION_FIELD);
    int operation = field + OPERATION_FIELD.length();
    return field >= 0 && operation < value.length() && mode.counts(value.charAt(operation));
  }
}
