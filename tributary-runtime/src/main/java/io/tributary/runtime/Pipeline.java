package io.tributary.runtime;

import io.tributary.api.Backoff;
import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.source.Source;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import io.tributary.runtime.function.FunctionDefinition;
import io.tributary.runtime.function.Functions;
import io.tributary.runtime.state.DeadLetterStore;
import io.tributary.runtime.state.FunctionDeadLetters;
import io.tributary.runtime.state.StateDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one pipeline until it is stopped, fails, or (startup mode {@code snapshot}) has copied
 * everything: source thread → dispatcher thread → one lane thread per sink and lane.
 *
 * <p>{@link #run()} blocks; {@link #stop()} may be called from any thread (a signal handler) and
 * makes {@code run} drain: the source stops, the lanes commit what they hold at a final
 * checkpoint, and {@code run} returns 0. A fatal error stops everything and is thrown from {@code
 * run}; what was committed stays committed and the next run resumes after it.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  private final PipelineDefinition def;
  private final PipelineControl control = new PipelineControl();
  private final PipelineMetrics metrics = new PipelineMetrics();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final AtomicLong deadLetters = new AtomicLong();
  private volatile Source source;
  private volatile Thread sourceThread;

  public Pipeline(PipelineDefinition definition) {
    this.def = definition;
  }

  public PipelineMetrics metrics() {
    return metrics;
  }

  /** Runs the pipeline; returns 0 after a clean stop or a finished snapshot. */
  public int run() throws InterruptedException {
    MDC.put("pipeline", def.name());
    List<Sink> sinks = new ArrayList<>();
    Functions functions = Functions.none();
    try (StateDirectory state = StateDirectory.open(def.stateDir(), def.name())) {
      source = def.source().factory().create(def.source().config(), def.name());
      control.onFailure(this::interruptAll);
      ResumePlan plan = ResumePlan.of(def.source().factory(), openSinks(state, sinks), lanesPerSink());
      LOG.info("pipeline '{}': {}", def.name(), plan.from() == null
          ? "no committed position, starting as the startup mode says" : "resuming after " + plan.from().encode());
      CheckpointCoordinator coordinator = new CheckpointCoordinator(
          def.name(), Arrays.stream(lanesPerSink()).sum(), state, source, control, metrics);
      functions = startFunctions(state);
      Lanes lanes = startLanes(sinks, plan, coordinator);
      BlockingQueue<Object> input = new ArrayBlockingQueue<>(64);
      Thread dispatcher = start(new Dispatcher(input, lanes.routes(), new Transformer(def.transforms()), functions,
          new Router(def.routes()), coordinator, control, metrics, def.checkpointInterval().toMillis()), def.name() + "-dispatcher");
      sourceThread = start(() -> runSource(input, plan), def.name() + "-source");
      if (control.stopping()) {
        source.stop();
      }
      awaitEnd(dispatcher, lanes);
      coordinator.close();
    } catch (InterruptedException e) {
      control.fail(new TributaryException("pipeline '" + def.name() + "' was interrupted", e));
      threads.forEach(Thread::interrupt);
    } catch (RuntimeException e) {
      control.fail(e);
      threads.forEach(Thread::interrupt);
    } finally {
      functions.close();
      sinks.forEach(Pipeline::closeQuietly);
      if (source != null) {
        closeQuietly(source);
      }
      MDC.remove("pipeline");
    }
    Throwable failure = control.failure();
    if (failure != null) {
      throw failure instanceof TributaryException te ? te : new TributaryException(failure.toString(), failure);
    }
    LOG.info("pipeline '{}' stopped cleanly after {} events; last checkpoint {}", def.name(), metrics.capturedEvents(),
        metrics.lastCheckpoint() == null ? "none" : metrics.lastCheckpoint().encode());
    metrics.functions().forEach((name, c) -> LOG.info("function '{}': {}", name, c));
    return 0;
  }

  /** Creates and opens every sink (waiting for unreachable targets); returns what each committed. */
  private List<Map<Integer, String>> openSinks(StateDirectory state, List<Sink> sinks) throws InterruptedException {
    List<Map<Integer, String>> committed = new ArrayList<>();
    for (SinkDefinition sd : def.sinks()) {
      Sink sink = sd.factory().create(sd.name(), sd.config());
      sinks.add(sink);
      DeadLetterStore dlq = new DeadLetterStore(state.path(), def.name(), sd.name(), sd.stopOnReject(),
          def.maxDeadLetters(), deadLetters);
      openWithRetry(sd.name(), () -> sink.open(new SinkContext(def.name(), sd.name(), lanes(sd), dlq)));
      committed.add(sink.committedPositions());
    }
    return committed;
  }

  /** Loads the user functions and starts their instances; failed events go to one dead-letter file per function. */
  private Functions startFunctions(StateDirectory state) {
    if (def.functions().isEmpty()) {
      return Functions.none();
    }
    Map<String, FunctionDeadLetters> files = new HashMap<>();
    for (FunctionDefinition f : def.functions()) {
      files.put(f.name(), new FunctionDeadLetters(state.path(), def.name(), f.name(), def.maxDeadLetters(), deadLetters));
    }
    Set<String> sinkNames = new LinkedHashSet<>();
    def.sinks().forEach(sd -> sinkNames.add(sd.name()));
    return Functions.start(def.functions(), def.name(), sinkNames,
        (function, event, attempts, error, cause) -> files.get(function).record(event, attempts, error, cause), metrics::function);
  }

  /** The lanes a sink gets: the pipeline's parallelism, or fewer when its type gains nothing from more. */
  private int lanes(SinkDefinition sd) {
    return Math.max(1, Math.min(def.parallelism(), sd.factory().maxLanes()));
  }

  private int[] lanesPerSink() {
    return def.sinks().stream().mapToInt(this::lanes).toArray();
  }

  /** The lanes of every sink, started, and the dispatcher's route to each sink. */
  private record Lanes(List<Lane> lanes, List<Thread> threads, List<SinkRoute> routes) {}

  private Lanes startLanes(List<Sink> sinks, ResumePlan plan, CheckpointCoordinator coordinator) {
    Lanes all = new Lanes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    int laneChunks = Math.max(4, def.queueSize() / SinkRoute.GROUP);
    for (int i = 0; i < sinks.size(); i++) {
      SinkDefinition sd = def.sinks().get(i);
      Lane[] sinkLanes = new Lane[lanes(sd)];
      for (int l = 0; l < sinkLanes.length; l++) {
        sinkLanes[l] = new Lane(sd.name(), sinks.get(i), sd.factory().changeLog(), l, def.batchSize(), def.batchLinger(), laneChunks, coordinator, control, metrics);
        all.lanes().add(sinkLanes[l]);
        all.threads().add(start(sinkLanes[l], def.name() + "-" + sd.name() + "-lane-" + l));
      }
      all.routes().add(new SinkRoute(sd.name(), sinks.get(i), sd.tables(), sinkLanes, plan, i, control));
    }
    return all;
  }

  /** Waits for the dispatcher (it ends after the last checkpoint), then stops the lanes. */
  private void awaitEnd(Thread dispatcher, Lanes lanes) throws InterruptedException {
    dispatcher.join();
    if (control.failure() == null) {
      for (Lane l : lanes.lanes()) {
        l.put(Lane.STOP);
      }
    }
    for (Thread t : lanes.threads()) {
      t.join();
    }
    sourceThread.join(TimeUnit.SECONDS.toMillis(30));
  }

  /** Asks the pipeline to drain, checkpoint and return from {@link #run()}; any thread. */
  public void stop() {
    control.requestStop();
    Source s = source;
    if (s != null) {
      s.stop();
    }
  }

  private void runSource(BlockingQueue<Object> input, ResumePlan plan) {
    MDC.put("pipeline", def.name());
    try {
      source.run(new QueueingSourceContext(def.name(), input), plan.from());
      // the source stopped or finished: whatever it handed over must still be written
      input.put(Dispatcher.END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (control.failure() == null) {
        control.fail(new TributaryException("source thread interrupted", e));
      }
    } catch (Throwable t) {
      control.fail(t);
      input.offer(Dispatcher.END);
    }
  }

  /** After a fatal error: stop the source and wake every thread blocked on a queue. */
  private void interruptAll() {
    Source s = source;
    if (s != null) {
      s.stop();
    }
    for (Thread t : threads) {
      if (t != Thread.currentThread()) {
        t.interrupt();
      }
    }
  }

  private void openWithRetry(String sink, Runnable open) throws InterruptedException {
    Backoff backoff = new Backoff();
    while (true) {
      try {
        open.run();
        return;
      } catch (RetriableException e) {
        LOG.warn("sink '{}': cannot connect: {} — retrying in {}", sink, e.getMessage(), backoff.pause());
        if (control.stopping()) {
          throw new TributaryException("sink '" + sink + "': stopped before the target became reachable", e);
        }
      }
    }
  }

  private Thread start(Runnable r, String name) {
    Thread t = new Thread(r, name);
    threads.add(t);
    t.start();
    return t;
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      LOG.warn("closing {}: {}", c.getClass().getSimpleName(), e.getMessage());
    }
  }
}
