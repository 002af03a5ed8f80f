package io.tributary.runtime.function;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.function.ChangeFunction;
import io.tributary.api.function.FatalFunctionException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An instance of a Java function: its own object of the user's class, called event by event. */
final class JavaInstance extends Instance {
  private static final Logger LOG = LoggerFactory.getLogger(JavaInstance.class);
  private final JavaFunctionClass type;
  private final InstanceContext context;
  private ChangeFunction function;

  JavaInstance(FunctionDefinition definition, int serial, FunctionCounters counters, FailedEvents failed,
      JavaFunctionClass type, String pipeline, Set<String> sinks) {
    super(definition, serial, counters, failed);
    this.type = type;
    FunctionCode.Java code = (FunctionCode.Java) definition.code();
    this.context = new InstanceContext(definition.name(), pipeline, serial, code.config(), counters, sinks);
  }

  @Override
  void open() throws Exception {
    Thread.currentThread().setContextClassLoader(type.loader());
    function = type.newInstance();
    function.open(context);
  }

  @Override
  void process(Partition p) throws InterruptedException {
    while (!p.finished()) {
      ChangeEvent e = p.current();
      context.begin(e);
      Throwable error = null;
      callStarted();
      try {
        function.handle(e, context);
      } catch (FatalFunctionException fatal) {
        error = fatal;
      } catch (Throwable t) {
        error = t;
      }
      List<Output> out = context.end();
      if (!callEnded()) {
        return;
      }
      if (error instanceof FatalFunctionException fatal) {
        throw fatal;
      } else if (error instanceof Error serious && !(error instanceof StackOverflowError)) {
        throw new FatalFunctionException("function '" + definition.name() + "' failed with " + serious, serious);
      } else if (error != null) {
        failedAttempt(p, 1, describe(error), error, false);
      } else {
        counters.emitted(out.size());
        p.complete(out);
      }
    }
  }

  private static String describe(Throwable t) {
    return t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  @Override
  void closeFunction() {
    if (function == null) {
      return;
    }
    try {
      function.close();
    } catch (Exception e) {
      LOG.warn("function '{}' instance {}: close failed: {}", definition.name(), serial, e.toString());
    }
  }
}
