package io.tributary.bench.functions;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.function.ChangeFunction;
import io.tributary.api.option.Config;
import io.tributary.bench.formats.NarrowRows;
import io.tributary.formats.Format;
import io.tributary.runtime.function.FunctionCode;
import io.tributary.runtime.function.FunctionCounters;
import io.tributary.runtime.function.FunctionDefinition;
import io.tributary.runtime.function.Functions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events/s through a hosted Java function: {@link Functions#apply} over chunks of {@value #CHUNK}
 * narrow rows, the function loaded from a JAR in its own class loader like a user's. {@code
 * passThrough}: a function that emits each event, on one instance — the cost of hosting itself —
 * next to {@code direct}, the same function object called in a plain loop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FunctionBenchmark {
  static final int CHUNK = 1024;

  private List<ChangeEvent> events;
  private Functions passThrough;
  private ChangeFunction direct;
  private DirectContext context;

  @Setup(Level.Trial)
  public void start() throws IOException {
    ChangeEvent[] rows = new NarrowRows(Format.CANAL_JSON, false, Operation.UPDATE).events(CHUNK);
    events = Arrays.asList(rows);
    passThrough = start(FunctionJar.of(PassThrough.class), PassThrough.class, 1);
    direct = new PassThrough();
    context = new DirectContext();
  }

  static Functions start(Path jar, Class<?> type, int instances) {
    FunctionDefinition d = new FunctionDefinition(type.getSimpleName(), Pattern.compile(".*"),
        new FunctionCode.Java(jar, type.getName(), Config.of()), instances, instances, Duration.ofSeconds(30), 0,
        Duration.ofMillis(100), Duration.ofMinutes(1));
    return Functions.start(List.of(d), "bench", Set.of("sink"), (f, e, a, error, cause) -> {
      throw new IllegalStateException(error);
    }, name -> new FunctionCounters());
  }

  @TearDown(Level.Trial)
  public void stop() {
    passThrough.close();
  }

  @Benchmark
  @OperationsPerInvocation(CHUNK)
  public void passThrough(Blackhole out) throws InterruptedException {
    passThrough.apply(events, 0, (e, sink) -> out.consume(e));
  }

  @Benchmark
  @OperationsPerInvocation(CHUNK)
  public void direct(Blackhole out) throws Exception {
    for (ChangeEvent e : events) {
      context.handling(e);
      direct.handle(e, context);
      out.consume(context.emitted);
    }
  }
}
