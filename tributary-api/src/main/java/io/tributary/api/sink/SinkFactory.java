package io.tributary.api.sink;

import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import java.util.List;

/**
 * Makes {@link Sink}s of one type, found by {@link java.util.ServiceLoader} through {@code
 * sinks[].type}. The keys {@code name}, {@code type}, {@code tables} and {@code on-reject} belong
 * to the runtime and are not passed in {@link #options()}.
 */
public interface SinkFactory {

  /** The type name, e.g. {@code postgres}. */
  String identifier();

  /**
   * The most lanes (concurrent writers) this sink type gains from; the runtime opens
   * {@code min(pipeline parallelism, maxLanes())} lanes for it. A target that applies one writer at
   * a time anyway says 1, so its batches are not split into smaller ones that only wait for turns.
   */
  default int maxLanes() {
    return Integer.MAX_VALUE;
  }

  /**
   * True for a sink that records every change rather than the latest state: a message log (Kafka),
   * a webhook, a file. Its lanes do not fold: each {@link SinkBatch} carries the lane's events in
   * source order in {@link SinkBatch#events()} (per-key order holds, as a key always maps to the same
   * lane; tables without a primary key map to one lane per table), and tables without a primary
   * key are accepted. False (the default) for targets that hold the latest row per key.
   */
  default boolean changeLog() {
    return false;
  }

  /** Other accepted type names. */
  default List<String> aliases() {
    return List.of();
  }

  /** Every option this sink reads. */
  List<Option<?>> options();

  /** A new, unconnected sink. */
  Sink create(String name, Config config);
}
