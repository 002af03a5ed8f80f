package io.tributary.bench.functions;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.function.FunctionContext;
import io.tributary.api.function.FunctionMetrics;
import io.tributary.api.option.Config;
import io.tributary.runtime.function.FunctionCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The least a context can do: remembers the handled event and the last one emitted. */
final class DirectContext implements FunctionContext {
  private static final Logger LOG = LoggerFactory.getLogger("function.direct");
  private final FunctionCounters counters = new FunctionCounters();
  private ChangeEvent handled;
  ChangeEvent emitted;

  void handling(ChangeEvent e) {
    handled = e;
  }

  @Override
  public String functionName() {
    return "direct";
  }

  @Override
  public String pipelineName() {
    return "bench";
  }

  @Override
  public int instance() {
    return 0;
  }

  @Override
  public Config config() {
    return Config.of();
  }

  @Override
  public Logger logger() {
    return LOG;
  }

  @Override
  public FunctionMetrics metrics() {
    return counters;
  }

  @Override
  public SourcePosition position() {
    return handled.position();
  }

  @Override
  public void emit(ChangeEvent event) {
    emitted = event;
  }

  @Override
  public void emit(ChangeEvent event, String sink) {
    emitted = event;
  }
}
