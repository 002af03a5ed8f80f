package io.tributary.runtime;

import io.tributary.api.Backoff;
import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher's view of one sink: which tables it takes, which table shapes it has been made
 * ready for, what each lane already committed (events at or before it are not sent again), and the
 * per-lane groups being filled. Used by the dispatcher thread only.
 */
final class SinkRoute {
  private static final Logger LOG = LoggerFactory.getLogger(SinkRoute.class);
  static final int GROUP = 512;

  final String name;
  final Sink sink;
  final Lane[] lanes;
  private final Pattern tables;
  private final SourcePosition[] skipThrough;
  private final ResumePlan plan;
  private final Map<TableId, Boolean> accepted = new HashMap<>();
  private final Map<TableSchema, Boolean> ready = new IdentityHashMap<>();
  private final Map<TableId, TableSchema> readyShapes = new HashMap<>();
  private final List<List<ChangeEvent>> groups = new ArrayList<>();
  private final PipelineControl control;

  SinkRoute(String name, Sink sink, Pattern tables, Lane[] lanes, ResumePlan plan, int sinkIndex, PipelineControl control) {
    this.name = name;
    this.sink = sink;
    this.tables = tables;
    this.lanes = lanes;
    this.skipThrough = plan.skip()[sinkIndex];
    this.plan = plan;
    this.control = control;
    for (int i = 0; i < lanes.length; i++) {
      groups.add(new ArrayList<>(GROUP));
    }
  }

  boolean accepts(TableId table) {
    return accepted.computeIfAbsent(table, t -> tables.matcher(t.toString()).matches());
  }

  /** Queues one event for its lane, unless the lane committed it already. */
  void route(ChangeEvent e, int hash) throws InterruptedException {
    int lane = Math.floorMod(hash, lanes.length);
    SourcePosition skip = skipThrough[lane];
    if (skip != null) {
      if (plan.alreadySent(e.position(), skip)) {
        return;
      }
      if (!e.position().isSnapshot()) {
        skipThrough[lane] = null; // positions only grow from here
      }
    }
    prepare(e.schema());
    List<ChangeEvent> g = groups.get(lane);
    if (g.size() >= GROUP && !g.get(g.size() - 1).position().equals(e.position())) {
      push(lane); // never between the two halves of a key change, which share a position
      g = groups.get(lane);
    }
    g.add(e);
  }

  /** Hands every partly filled group to its lane. */
  void pushAll() throws InterruptedException {
    for (int i = 0; i < lanes.length; i++) {
      if (!groups.get(i).isEmpty()) {
        push(i);
      }
    }
  }

  private void push(int lane) throws InterruptedException {
    lanes[lane].put(groups.get(lane));
    groups.set(lane, new ArrayList<>(GROUP));
  }

  void barrier(Barrier b) throws InterruptedException {
    pushAll();
    for (Lane l : lanes) {
      l.put(b);
    }
  }

  /** Makes sure the target has a table of this shape before its first event is queued. */
  private void prepare(TableSchema schema) throws InterruptedException {
    if (ready.containsKey(schema)) {
      return;
    }
    TableSchema known = readyShapes.get(schema.id());
    if (known == null || !known.sameShape(schema)) {
      retrying("prepare table " + schema.id(), () -> {
        sink.ensureTable(schema);
        return null;
      });
      readyShapes.put(schema.id(), schema);
    }
    ready.put(schema, Boolean.TRUE);
  }

  /** Applies a schema change; the caller has made every lane commit what came before it. */
  void apply(SchemaChange change) throws InterruptedException {
    if (!accepts(change.table())) {
      return;
    }
    retrying("apply " + change.kind() + " to " + change.table(), () -> {
      sink.applySchemaChange(change);
      return null;
    });
    if (change.after() != null) {
      readyShapes.put(change.table(), change.after());
    } else {
      readyShapes.remove(change.table());
    }
  }

  private <T> T retrying(String what, Supplier<T> action) throws InterruptedException {
    Backoff backoff = new Backoff();
    while (true) {
      try {
        return action.get();
      } catch (RetriableException e) {
        LOG.warn("sink '{}': cannot {}: {} — retrying in {}", name, what, e.getMessage(), backoff.pause());
        if (control.stopping()) {
          throw new TributaryException("sink '" + name + "': stopped while the target was unavailable", e);
        }
      }
    }
  }
}
