package io.tributary.runtime.function;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.TableSchema;
import io.tributary.runtime.batch.RowKey;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The pipeline's functions, in file order, between the routes and the sinks: each event goes
 * through every function whose tables match it (what one emits is what the next gets; an event emitted to a named sink skips the rest),
 * and what comes out is handed on in source order. Used by one thread (the dispatcher's).
 */
public final class Functions implements AutoCloseable {
  private static final int MAX_INTERNED = 10_000;
  private final List<FunctionStage> stages;
  private final Map<TableSchema, TableSchema> seen = new IdentityHashMap<>();
  private final Map<TableSchema, TableSchema> canonical = new HashMap<>();
  private final Map<TableSchema, int[]> keyIndexes = new IdentityHashMap<>();

  private Functions(List<FunctionStage> stages) {
    this.stages = stages;
  }

  /** No functions: events pass unchanged. */
  public static Functions none() {
    return new Functions(List.of());
  }

  /**
   * Loads every function and starts its minimum instances.
   *
   * @param pipeline the pipeline's name
   * @param sinks the names of the pipeline's sinks, which functions may emit to
   * @param failed where events go that a function failed on after its last retry
   * @param counters the metrics of each function, by name
   * @throws io.tributary.api.ConfigException when a function's class cannot be loaded
   * @throws io.tributary.api.TributaryException when an instance fails to open
   */
  public static Functions start(List<FunctionDefinition> definitions, String pipeline, Set<String> sinks,
      FailedEvents failed, Function<String, FunctionCounters> counters) {
    List<FunctionStage> stages = new ArrayList<>();
    Functions functions = new Functions(stages);
    try {
      for (FunctionDefinition d : definitions) {
        FunctionStage stage = stage(d, pipeline, sinks, failed, counters.apply(d.name()));
        stages.add(stage);
        stage.start();
      }
      return functions;
    } catch (RuntimeException e) {
      functions.close();
      throw e;
    }
  }

  private static FunctionStage stage(FunctionDefinition d, String pipeline, Set<String> sinks, FailedEvents failed,
      FunctionCounters counters) {
    if (d.code() instanceof FunctionCode.Java java) {
      JavaFunctionClass type = JavaFunctionClass.load(d.name(), java);
      return new FunctionStage(d, pipeline, counters,
          serial -> new JavaInstance(d, serial, counters, failed, type, pipeline, sinks), type);
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(d.timeout()).build();
    return new FunctionStage(d, pipeline, counters, serial -> new HttpInstance(d, serial, counters, failed, client, pipeline),
        () -> {});
  }

  public boolean isEmpty() {
    return stages.isEmpty();
  }

  /** How many events to gather before handing them over: enough to keep every instance busy. */
  public int chunkSize() {
    int size = Integer.MAX_VALUE;
    for (FunctionStage s : stages) {
      size = Math.min(size, s.chunkSize());
    }
    return size;
  }

  /**
   * Runs the events through the functions, chunk by chunk, and hands each chunk's outputs to
   * {@code out} in source order before starting the next.
   *
   * @param waiting events waiting behind these, for scaling
   */
  public void apply(List<ChangeEvent> events, long waiting, Emitted out) throws InterruptedException {
    int from = 0;
    while (from < events.size()) {
      int to = chunkEnd(events, from, Math.min(events.size(), from + chunkSize()));
      List<Output> chunk = new ArrayList<>(to - from);
      for (ChangeEvent e : events.subList(from, to)) {
        chunk.add(new Output(e, null));
      }
      long behind = waiting + events.size() - to;
      long lag = lagMillis(events.get(from));
      for (FunctionStage s : stages) {
        chunk = s.apply(chunk, behind, lag);
      }
      for (Output o : chunk) {
        out.accept(interned(o.event()), o.sink());
      }
      from = to;
    }
  }

  /**
   * Where the chunk from {@code from} ends: at {@code limit}, or so that an update changing a row's
   * key is a chunk of its own. Instances take events by key, and such an update belongs to two
   * keys: alone in its chunk, it is handled after every change of the old key before it and before
   * every change of either key after it.
   */
  private int chunkEnd(List<ChangeEvent> events, int from, int limit) {
    for (int i = from; i < limit; i++) {
      ChangeEvent e = events.get(i);
      if (e.op() == Operation.UPDATE
          && !RowKey.sameKey(e.before(), e.after(), keyIndexes.computeIfAbsent(e.schema(), TableSchema::primaryKeyIndexes))) {
        return i == from ? i + 1 : i;
      }
    }
    return limit;
  }

  /** How long ago the change was committed; 0 for snapshot rows, which have no commit time. */
  private static long lagMillis(ChangeEvent e) {
    return e.commitMillis() <= 0 ? 0 : Math.max(0, System.currentTimeMillis() - e.commitMillis());
  }

  /** Nothing arrived for a while: lets the functions shed instances. */
  public void idle() {
    stages.forEach(FunctionStage::idle);
  }

  /** The event with one schema object per shape, however many objects a function built. */
  private ChangeEvent interned(ChangeEvent e) {
    TableSchema s = e.schema();
    TableSchema c = seen.get(s);
    if (c == null) {
      if (seen.size() >= MAX_INTERNED) {
        seen.clear();
      }
      c = canonical.computeIfAbsent(s, x -> x);
      seen.put(s, c);
    }
    return c == s ? e : new ChangeEvent(e.op(), c, e.before(), e.after(), e.position(), e.commitMillis(), e.transactionId());
  }

  @Override
  public void close() {
    stages.forEach(FunctionStage::close);
  }
}
