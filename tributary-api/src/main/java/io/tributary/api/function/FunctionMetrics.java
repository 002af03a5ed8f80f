package io.tributary.api.function;

/**
 * A function's own counters, by name, summed over its instances and reported next to the runtime's
 * (events in and out, retries, dead letters, instances). Thread-safe.
 */
public interface FunctionMetrics {

  /** Adds {@code delta} to the named counter, creating it at zero first. */
  void add(String counter, long delta);

  /** Adds one to the named counter. */
  default void increment(String counter) {
    add(counter, 1);
  }

  /** The named counter's total over every instance so far; 0 when never added to. */
  long value(String counter);
}
