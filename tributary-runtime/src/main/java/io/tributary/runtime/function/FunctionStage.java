package io.tributary.runtime.function;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.runtime.batch.RowKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One function of the pipeline: hands each chunk's events to its instances by (table, primary key)
 * hash, so changes of one row stay in order on one instance, waits for them while replacing any
 * instance whose call runs past the timeout, and then resizes the instance set to the backlog.
 * Used by one thread (the dispatcher's).
 */
final class FunctionStage implements AutoCloseable {
  /** Makes the instance with the given serial number (not started). */
  @FunctionalInterface
  interface InstanceFactory {
    Instance create(int serial);
  }

  private static final Logger LOG = LoggerFactory.getLogger(FunctionStage.class);
  private final FunctionDefinition definition;
  private final String pipeline;
  private final FunctionCounters counters;
  private final InstanceFactory factory;
  private final AutoCloseable resources;
  private final Autoscaler scaler;
  private final List<Instance> instances = new ArrayList<>();
  private final Map<TableSchema, int[]> keyIndexes = new IdentityHashMap<>();
  private final Map<TableId, Boolean> handled = new HashMap<>();
  private int serials;

  FunctionStage(FunctionDefinition definition, String pipeline, FunctionCounters counters, InstanceFactory factory,
      AutoCloseable resources) {
    this.definition = definition;
    this.pipeline = pipeline;
    this.counters = counters;
    this.factory = factory;
    this.resources = resources;
    this.scaler = new Autoscaler(definition.minInstances(), definition.maxInstances(), definition.scaleDownAfter().toNanos());
  }

  /** Starts the minimum number of instances. */
  void start() {
    resize(definition.minInstances());
  }

  int chunkSize() {
    return scaler.chunkSize(instances.size());
  }

  int instances() {
    return instances.size();
  }

  /**
   * The outputs for a chunk, in input order: the function's outputs in place of the events it
   * handles, other events (other tables, or already sent to a named sink) unchanged.
   *
   * @param waiting events waiting behind this chunk in the pipeline, for scaling
   * @param lagMillis how long ago the chunk's oldest change was committed (0: unknown), for scaling:
   *     the source's own backlog, which the pipeline's queue does not show, is about this lag times
   *     the rate the function works at
   */
  List<Output> apply(List<Output> in, long waiting, long lagMillis) throws InterruptedException {
    List<List<Output>> results = new ArrayList<>(Collections.nCopies(in.size(), List.<Output>of()));
    int[] slots = new int[in.size()];
    int matched = assign(in, slots, results);
    if (matched == 0) {
      return in;
    }
    counters.received(matched);
    Partition[] parts = partitions(in, slots, results);
    long busyBefore = counters.busyNanos();
    long start = System.nanoTime();
    supervise(parts);
    long now = System.nanoTime();
    scaler.measured(matched, counters.busyNanos() - busyBefore);
    double eventsPerMilli = matched * 1e6 / Math.max(1, now - start);
    long behindInSource = (long) Math.min(Long.MAX_VALUE / 4, lagMillis * eventsPerMilli);
    resize(scaler.desired(instances.size(), matched + waiting + behindInSource, now));
    List<Output> out = new ArrayList<>(in.size());
    results.forEach(out::addAll);
    return out;
  }

  /** Between chunks with nothing to do: lets the instance count shrink. */
  void idle() {
    resize(scaler.desired(instances.size(), 0, System.nanoTime()));
  }

  /** Puts each handled event's instance into {@code slots} (-1: passes unchanged); returns how many. */
  private int assign(List<Output> in, int[] slots, List<List<Output>> results) {
    int n = instances.size();
    int matched = 0;
    for (int i = 0; i < in.size(); i++) {
      Output o = in.get(i);
      ChangeEvent e = o.event();
      if (o.sink() != null || !handled.computeIfAbsent(e.schema().id(), t -> definition.handles(t.toString()))) {
        slots[i] = -1;
        results.set(i, List.of(o));
      } else {
        int[] key = keyIndexes.computeIfAbsent(e.schema(), TableSchema::primaryKeyIndexes);
        int hash = 31 * e.schema().id().hashCode() + RowKey.hashOf(e.keyRow(), key);
        slots[i] = Math.floorMod(hash, n);
        matched++;
      }
    }
    return matched;
  }

  private Partition[] partitions(List<Output> in, int[] slots, List<List<Output>> results) {
    int n = instances.size();
    boolean[] used = new boolean[n];
    int count = 0;
    for (int s : slots) {
      if (s >= 0 && !used[s]) {
        used[s] = true;
        count++;
      }
    }
    CountDownLatch done = new CountDownLatch(count);
    Partition[] parts = new Partition[n];
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] >= 0) {
        if (parts[slots[i]] == null) {
          parts[slots[i]] = new Partition(results, done);
        }
        parts[slots[i]].add(in.get(i).event(), i);
      }
    }
    for (int k = 0; k < n; k++) {
      if (parts[k] != null) {
        instances.get(k).submit(parts[k]);
      }
    }
    return parts;
  }

  /** Waits for every partition, replacing instances that run past the timeout. */
  private void supervise(Partition[] parts) throws InterruptedException {
    CountDownLatch done = null;
    for (Partition p : parts) {
      done = p != null ? p.latch() : done;
    }
    Duration timeout = definition.timeout();
    long tick = Math.max(1, Math.min(50, timeout.toMillis() / 10));
    while (!done.await(tick, TimeUnit.MILLISECONDS)) {
      long now = System.nanoTime();
      for (int k = 0; k < parts.length; k++) {
        if (parts[k] != null && instances.get(k).abandonIfOverdue(now, timeout)) {
          replace(k, parts[k]);
        }
      }
    }
    for (Partition p : parts) {
      if (p != null && p.fatal != null) {
        throw p.fatal instanceof RuntimeException r ? r : new TributaryException(p.fatal.toString(), p.fatal);
      }
    }
  }

  /** Starts a new instance in place of an abandoned one; it takes over the partition. */
  private void replace(int slot, Partition p) {
    Instance fresh = started(factory.create(serials++));
    instances.set(slot, fresh);
    fresh.failedAttemptOnTimeout(p);
    fresh.submit(p);
  }

  private void resize(int wanted) {
    int before = instances.size();
    if (wanted != before && before > 0) {
      LOG.info("function '{}': {} → {} instances (measured {} µs per event)", definition.name(), before, wanted,
          Math.round(scaler.nanosPerEvent() / 1000));
    }
    while (instances.size() < wanted) {
      instances.add(started(factory.create(serials++)));
    }
    while (instances.size() > wanted) {
      instances.remove(instances.size() - 1).retire();
    }
    counters.instances(instances.size());
  }

  private Instance started(Instance instance) {
    try {
      instance.start(pipeline);
      return instance;
    } catch (Exception e) {
      throw new TributaryException("function '" + definition.name() + "': instance " + instance.serial
          + " failed to start: " + e, e);
    }
  }

  @Override
  public void close() {
    instances.forEach(Instance::retire);
    instances.clear();
    counters.instances(0);
    try {
      resources.close();
    } catch (Exception ignored) {
      // the class loader or HTTP client holds nothing that outlives the process
    }
  }
}
