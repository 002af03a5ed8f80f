package io.tributary.bench.functions;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.bench.formats.NarrowRows;
import io.tributary.formats.Format;
import io.tributary.runtime.function.Functions;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events/s through a hosted function that waits 1 ms per event, like one calling a remote
 * service, on {@code instances} parallel instances: what the instances buy an I/O-bound function
 * (the ideal is {@code instances} × 1,000 events/s, less what {@code Thread.sleep(1)} oversleeps).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RemoteCallBenchmark {
  @Param({"1", "8"})
  public int instances;

  private List<ChangeEvent> events;
  private Functions remoteCall;

  @Setup(Level.Trial)
  public void start() throws IOException {
    events = Arrays.asList(new NarrowRows(Format.CANAL_JSON, false, Operation.UPDATE).events(FunctionBenchmark.CHUNK));
    remoteCall = FunctionBenchmark.start(FunctionJar.of(RemoteCall.class), RemoteCall.class, instances);
  }

  @TearDown(Level.Trial)
  public void stop() {
    remoteCall.close();
  }

  @Benchmark
  @OperationsPerInvocation(FunctionBenchmark.CHUNK)
  public void remoteCall(Blackhole out) throws InterruptedException {
    remoteCall.apply(events, 0, (e, sink) -> out.consume(e));
  }
}
