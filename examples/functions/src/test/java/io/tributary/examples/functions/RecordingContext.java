package io.tributary.examples.functions;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.function.FunctionContext;
import io.tributary.api.function.FunctionMetrics;
import io.tributary.api.option.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FunctionContext} for tests: given config, counting metrics, and a list of what the
 * function emitted. Set {@link #position} before each call, as the runtime does.
 */
final class RecordingContext implements FunctionContext {
  private final Config config;
  private final Counters metrics = new Counters();
  final List<ChangeEvent> emitted = new ArrayList<>();
  SourcePosition position;

  RecordingContext(String... configKeyValues) {
    this.config = Config.of(configKeyValues);
  }

  /** Runs one call the way the runtime does: position set, emits collected. */
  void handle(io.tributary.api.function.ChangeFunction function, ChangeEvent event)
      throws Exception {
    position = event.position();
    try {
      function.handle(event, this);
    } finally {
      position = null;
    }
  }

  @Override
  public String functionName() {
    return "test-function";
  }

  @Override
  public String pipelineName() {
    return "test-pipeline";
  }

  @Override
  public int instance() {
    return 0;
  }

  @Override
  public Config config() {
    return config;
  }

  @Override
  public Logger logger() {
    return LoggerFactory.getLogger("test-function");
  }

  @Override
  public FunctionMetrics metrics() {
    return metrics;
  }

  @Override
  public SourcePosition position() {
    return position;
  }

  @Override
  public void emit(ChangeEvent event) {
    if (position == null) {
      throw new IllegalStateException("emit outside handle");
    }
    emitted.add(event);
  }

  @Override
  public void emit(ChangeEvent event, String sink) {
    throw new IllegalArgumentException("the test pipeline has no sink " + sink);
  }

  private static final class Counters implements FunctionMetrics {
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    @Override
    public void add(String counter, long delta) {
      counters.computeIfAbsent(counter, c -> new LongAdder()).add(delta);
    }

    @Override
    public long value(String counter) {
      LongAdder adder = counters.get(counter);
      return adder == null ? 0 : adder.sum();
    }
  }
}
