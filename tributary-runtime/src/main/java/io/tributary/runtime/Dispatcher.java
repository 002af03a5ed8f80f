package io.tributary.runtime;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.TableSchema;
import io.tributary.runtime.batch.RowKey;
import io.tributary.runtime.function.Functions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The thread between the source and the lanes. It takes the source's event groups in order,
 * applies the transforms, the routes and the user functions, splits key-changing updates into a delete and an insert, hashes each event by (table, primary
 * key) to a lane and hands it to every sink that takes its table. It starts a checkpoint barrier
 * every checkpoint interval, and before a schema change it waits until every lane has committed
 * what came before, then applies the change to the sinks.
 */
final class Dispatcher implements Runnable {
  /** Put into the input queue after the source's last event. */
  static final Object END = new Object();

  private final BlockingQueue<Object> input;
  private final List<SinkRoute> routes;
  private final CheckpointCoordinator coordinator;
  private final PipelineControl control;
  private final PipelineMetrics metrics;
  private final long intervalNanos;
  private final Map<TableSchema, int[]> keyIndexes = new IdentityHashMap<>();
  private final Transformer transformer;
  private final Router router;
  private final Functions functions;
  private SourcePosition last;
  private SourcePosition lastBarrier;
  private Barrier latest;
  private long lastBarrierNanos = System.nanoTime();

  Dispatcher(BlockingQueue<Object> input, List<SinkRoute> routes, Transformer transformer, Functions functions,
      Router router, CheckpointCoordinator coordinator, PipelineControl control, PipelineMetrics metrics, long intervalMillis) {
    this.input = input;
    this.transformer = transformer;
    this.functions = functions;
    this.router = router;
    this.routes = routes;
    this.coordinator = coordinator;
    this.control = control;
    this.metrics = metrics;
    this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
  }

  @Override
  public void run() {
    try {
      while (true) {
        Object item = input.poll(50, TimeUnit.MILLISECONDS);
        if (item == END) {
          syncBarrier();
          return;
        } else if (item instanceof SchemaChange c) {
          syncBarrier();
          SchemaChange routed = router.route(transformer.apply(c));
          for (SinkRoute r : routes) {
            if (routed != null) {
              r.apply(routed);
            }
          }
        } else if (item == null) {
          functions.idle();
        } else if (functions.isEmpty()) {
          dispatch(castEvents(item));
        } else {
          dispatchThroughFunctions(gather(castEvents(item)));
        }
        for (SinkRoute r : routes) {
          r.pushAll();
        }
        if (System.nanoTime() - lastBarrierNanos >= intervalNanos) {
          barrier();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      control.fail(t);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ChangeEvent> castEvents(Object item) {
    return (List<ChangeEvent>) item;
  }

  private void dispatch(List<ChangeEvent> events) throws InterruptedException {
    for (ChangeEvent source : events) {
      ChangeEvent transformed = transformer.apply(source);
      if (transformed != null) { // else filtered out; the position still moves
        load(router.route(transformed), null);
      }
      last = source.position();
    }
    captured(events);
  }

  /** With functions: the events waiting right behind these join them (up to a chunk), so instances work in parallel. */
  private List<ChangeEvent> gather(List<ChangeEvent> first) {
    if (!(input.peek() instanceof List) || first.size() >= functions.chunkSize()) {
      return first;
    }
    List<ChangeEvent> all = new ArrayList<>(first);
    while (all.size() < functions.chunkSize() && input.peek() instanceof List) {
      all.addAll(castEvents(input.poll()));
    }
    return all;
  }

  private void dispatchThroughFunctions(List<ChangeEvent> events) throws InterruptedException {
    List<ChangeEvent> routed = new ArrayList<>(events.size());
    for (ChangeEvent source : events) {
      ChangeEvent t = transformer.apply(source);
      if (t != null) {
        routed.add(router.route(t));
      }
    }
    functions.apply(routed, waitingEvents(), this::load);
    last = events.get(events.size() - 1).position();
    captured(events);
  }

  /** Events queued behind the ones being handled. */
  private long waitingEvents() {
    long n = 0;
    for (Object item : input) {
      if (item instanceof List<?> l) {
        n += l.size();
      }
    }
    return n;
  }

  private void captured(List<ChangeEvent> events) {
    if (!events.isEmpty()) {
      metrics.captured(events.size(), events.get(events.size() - 1).commitMillis());
    }
  }

  /** Hands one event to its sinks' lanes (every sink that takes its table, or only {@code sink}). */
  private void load(ChangeEvent e, String sink) throws InterruptedException {
    int[] key = keyIndexes.computeIfAbsent(e.schema(), TableSchema::primaryKeyIndexes);
    if (e.op() == Operation.UPDATE && !RowKey.sameKey(e.before(), e.after(), key)) {
      requireFullRowForKeyChange(e);
      route(new ChangeEvent(Operation.DELETE, e.schema(), e.before(), null, e.position(), e.commitMillis(), e.transactionId()), key, sink);
      route(new ChangeEvent(Operation.INSERT, e.schema(), null, e.after(), e.position(), e.commitMillis(), e.transactionId()), key, sink);
    } else {
      route(e, key, sink);
    }
  }

  /** A key change becomes an INSERT of the new row, which must know every column's value. */
  private static void requireFullRowForKeyChange(ChangeEvent e) {
    if (Unchanged.anyIn(e.after())) {
      throw new TributaryException("an UPDATE of table " + e.schema().id() + " at position " + e.position().encode()
          + " changes the primary key but leaves some columns unchanged (value not sent by the source); the new row"
          + " cannot be inserted without them — fix the source (e.g. PostgreSQL: ALTER TABLE ... REPLICA IDENTITY FULL)"
          + " and re-snapshot the table");
    }
  }

  private void route(ChangeEvent e, int[] key, String sink) throws InterruptedException {
    int hash = 31 * e.schema().id().hashCode() + RowKey.hashOf(e.keyRow(), key);
    for (SinkRoute r : routes) {
      if (sink == null ? r.accepts(e.schema().id()) : r.name.equals(sink)) {
        r.route(e, hash);
      }
    }
  }

  private void barrier() throws InterruptedException {
    lastBarrierNanos = System.nanoTime();
    if (last == null || last.equals(lastBarrier)) {
      return;
    }
    Barrier b = coordinator.begin(last);
    for (SinkRoute r : routes) {
      r.barrier(b);
    }
    lastBarrier = last;
    latest = b;
  }

  /** A barrier at the current position; waits until it (or the last one, when nothing is new) completed. */
  private void syncBarrier() throws InterruptedException {
    barrier();
    if (latest != null) {
      coordinator.await(latest);
    }
  }
}
