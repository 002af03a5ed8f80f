package io.tributary.runtime.function;

import io.tributary.api.function.FunctionMetrics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The metrics of one function: the runtime's (events in and out, failed attempts, timeouts, dead
 * letters, current instances) and the function's own counters. Thread-safe.
 */
public final class FunctionCounters implements FunctionMetrics {
  private final LongAdder in = new LongAdder();
  private final LongAdder out = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final LongAdder timeouts = new LongAdder();
  private final LongAdder deadLetters = new LongAdder();
  private final LongAdder busyNanos = new LongAdder();
  private final AtomicInteger instances = new AtomicInteger();
  private final AtomicInteger peakInstances = new AtomicInteger();
  private final Map<String, LongAdder> own = new ConcurrentHashMap<>();

  @Override
  public void add(String counter, long delta) {
    own.computeIfAbsent(counter, c -> new LongAdder()).add(delta);
  }

  @Override
  public long value(String counter) {
    LongAdder a = own.get(counter);
    return a == null ? 0 : a.sum();
  }

  /** The function's own counters by name. */
  public Map<String, Long> own() {
    Map<String, Long> copy = new TreeMap<>();
    own.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  /** Events the function was given. */
  public long eventsIn() {
    return in.sum();
  }

  /** Events it emitted (passed on, changed or new). */
  public long eventsOut() {
    return out.sum();
  }

  /** Failed attempts (exceptions, error responses, timeouts), retried or not. */
  public long failures() {
    return failures.sum();
  }

  /** Attempts that ran past the timeout. */
  public long timeouts() {
    return timeouts.sum();
  }

  /** Events sent to the dead letters after the last retry. */
  public long deadLetters() {
    return deadLetters.sum();
  }

  /** Instances running now. */
  public int instances() {
    return instances.get();
  }

  /** The most instances that ran at once. */
  public int peakInstances() {
    return peakInstances.get();
  }

  void received(long n) {
    in.add(n);
  }

  void emitted(long n) {
    out.add(n);
  }

  void failed(boolean timedOut) {
    failures.increment();
    if (timedOut) {
      timeouts.increment();
    }
  }

  void deadLettered(long n) {
    deadLetters.add(n);
  }

  void busy(long nanos) {
    busyNanos.add(nanos);
  }

  /** Time spent in calls and requests, summed over instances, in nanoseconds. */
  public long busyNanos() {
    return busyNanos.sum();
  }

  void instances(int n) {
    instances.set(n);
    peakInstances.accumulateAndGet(n, Math::max);
  }

  @Override
  public String toString() {
    return "in " + eventsIn() + ", out " + eventsOut() + ", failures " + failures() + " (timeouts " + timeouts()
        + "), dead letters " + deadLetters() + ", instances " + instances() + " (peak " + peakInstances() + ")"
        + (own.isEmpty() ? "" : ", own counters " + own());
  }
}
