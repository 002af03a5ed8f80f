package io.tributary.runtime.function;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.function.FunctionContext;
import io.tributary.api.function.FunctionMetrics;
import io.tributary.api.option.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link FunctionContext} of one Java function instance; collects what each call emits. */
final class InstanceContext implements FunctionContext {
  private final String function;
  private final String pipeline;
  private final int instance;
  private final Config config;
  private final Logger logger;
  private final FunctionCounters counters;
  private final Set<String> sinks;
  private ChangeEvent handled;
  private List<Output> emitted;

  InstanceContext(String function, String pipeline, int instance, Config config, FunctionCounters counters, Set<String> sinks) {
    this.function = function;
    this.pipeline = pipeline;
    this.instance = instance;
    this.config = config;
    this.logger = LoggerFactory.getLogger("function." + function);
    this.counters = counters;
    this.sinks = sinks;
  }

  /** Starts a call: emits go to a fresh list. */
  void begin(ChangeEvent event) {
    handled = event;
    emitted = new ArrayList<>(1);
  }

  /** Ends the call; returns what it emitted. */
  List<Output> end() {
    List<Output> out = emitted;
    handled = null;
    emitted = null;
    return out;
  }

  @Override
  public String functionName() {
    return function;
  }

  @Override
  public String pipelineName() {
    return pipeline;
  }

  @Override
  public int instance() {
    return instance;
  }

  @Override
  public Config config() {
    return config;
  }

  @Override
  public Logger logger() {
    return logger;
  }

  @Override
  public FunctionMetrics metrics() {
    return counters;
  }

  @Override
  public SourcePosition position() {
    ChangeEvent e = handled;
    return e == null ? null : e.position();
  }

  @Override
  public void emit(ChangeEvent event) {
    add(event, null);
  }

  @Override
  public void emit(ChangeEvent event, String sink) {
    if (!sinks.contains(sink)) {
      throw new IllegalArgumentException("function '" + function + "' emitted to sink '" + sink
          + "', but the pipeline's sinks are " + sinks);
    }
    add(event, sink);
  }

  private void add(ChangeEvent event, String sink) {
    if (emitted == null) {
      throw new IllegalStateException("function '" + function + "' emitted outside handle(); emit only while handling an event");
    }
    emitted.add(new Output(stamped(event), sink));
  }

  /** The event with the handled event's position, commit time and transaction. */
  private ChangeEvent stamped(ChangeEvent e) {
    ChangeEvent h = handled;
    if (e.position() == h.position() && e.commitMillis() == h.commitMillis() && java.util.Objects.equals(e.transactionId(), h.transactionId())) {
      return e;
    }
    return h.withRows(e.op(), e.schema(), e.before(), e.after());
  }
}
