package io.tributary.runtime;

import io.tributary.api.event.ChangeEvent;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import io.tributary.runtime.function.Functions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a pipeline would do to given events, without loading anything: each event through the
 * transforms, the routes and the user functions, with the sinks each result would reach. Functions
 * run for real (an HTTP function gets its requests; a Java function's side effects happen);
 * events they fail on are reported, not dead-lettered. Not thread-safe.
 */
public final class Preview implements AutoCloseable {
  private final PipelineDefinition definition;
  private final Transformer transformer;
  private final Router router;
  private final Functions functions;
  private final List<String> failures = new ArrayList<>();

  /**
   * What became of one event.
   *
   * @param source the event as the source gave it
   * @param transformed the event after the transforms; null when a filter dropped it
   * @param outputs the routed event, or what the functions emitted for it, with the sinks that would get each
   * @param failures what the functions failed on (after their retries), one line each
   */
  public record Result(ChangeEvent source, ChangeEvent transformed, List<Output> outputs, List<String> failures) {}

  /**
   * One event as a sink would get it.
   *
   * @param event after the routes and the functions
   * @param sinks the sinks that would load it
   */
  public record Output(ChangeEvent event, List<String> sinks) {}

  /** Loads the pipeline's functions and starts their minimum instances. */
  public Preview(PipelineDefinition definition) {
    this.definition = definition;
    this.transformer = new Transformer(definition.transforms());
    this.router = new Router(definition.routes());
    Set<String> sinks = new LinkedHashSet<>();
    definition.sinks().forEach(s -> sinks.add(s.name()));
    this.functions = Functions.start(definition.functions(), definition.name(), sinks,
        (function, event, attempts, error, cause) -> failures.add("function '" + function + "' failed after " + attempts
            + (attempts == 1 ? " attempt: " : " attempts: ") + error),
        name -> new io.tributary.runtime.function.FunctionCounters());
  }

  public Result run(ChangeEvent event) throws InterruptedException {
    failures.clear();
    ChangeEvent transformed = transformer.apply(event);
    List<Output> outputs = new ArrayList<>();
    if (transformed != null) {
      ChangeEvent routed = router.route(transformed);
      if (functions.isEmpty()) {
        outputs.add(output(routed, null));
      } else {
        functions.apply(List.of(routed), 0, (e, sink) -> outputs.add(output(e, sink)));
      }
    }
    return new Result(event, transformed, outputs, List.copyOf(failures));
  }

  private Output output(ChangeEvent e, String sink) {
    List<String> sinks = new ArrayList<>();
    for (SinkDefinition s : definition.sinks()) {
      if (sink == null ? s.tables().matcher(e.schema().id().toString()).matches() : s.name().equals(sink)) {
        sinks.add(s.name());
      }
    }
    return new Output(e, sinks);
  }

  @Override
  public void close() {
    functions.close();
  }
}
