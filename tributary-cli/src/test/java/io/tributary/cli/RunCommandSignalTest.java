package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tributary.runtime.Connectors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Signal;

/** SIGTERM stops a running pipeline cleanly and the command exits with run()'s code. */
class RunCommandSignalTest {

  @TempDir Path dir;

  @Test
  void sigtermStopsThePipelineAndTheExitCodeIsRuns() throws Exception {
    assumeTrue(signalCanBeHandled("TERM"), "SIGTERM is reserved (-Xrs) or ignored in this JVM");
    Path file = Files.writeString(dir.resolve("p.yaml"), MainTest.GOOD);
    FakeEngine engine = new FakeEngine();
    engine.blockUntilStopped = true;
    engine.exitCode = 0;
    CompletableFuture<CommandRun> run = CompletableFuture.supplyAsync(
        () -> CommandRun.of(engine, Map.of("DB_PASSWORD", "x"), "run", file.toString()));
    assertThat(engine.started.await(30, TimeUnit.SECONDS)).isTrue();
    Signal.raise(new Signal("TERM"));
    CommandRun done = run.get(30, TimeUnit.SECONDS);
    assertThat(engine.stopped.getCount()).isZero();
    assertThat(done.exitCode()).as(done.err()).isZero();
  }

  @Test
  void sigintStopsTheRealEngineWhichExits0() throws Exception {
    assumeTrue(signalCanBeHandled("INT"), "SIGINT is reserved (-Xrs) or ignored in this JVM");
    Path state = dir.resolve("state");
    Path file = Files.writeString(dir.resolve("p.yaml"),
        MainTest.GOOD.replace("  name: shop-sync", "  name: shop-sync\n  state-dir: " + state));
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(Connectors.discover(), Map.of("DB_PASSWORD", "x")::get, EnginePipeline::new);
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
        () -> Main.execute(context, new PrintWriter(new StringWriter()), new PrintWriter(err), "run", file.toString()));
    waitUntil(() -> Files.exists(state), "the engine never created its state directory " + state);
    Signal.raise(new Signal("INT"));
    assertThat(run.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
  }

  private static void waitUntil(BooleanSupplier condition, String failure) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(failure).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static boolean signalCanBeHandled(String name) {
    StopSignals probe = StopSignals.install(new FakeEngine(), "probe");
    try {
      return probe.handles(name);
    } finally {
      probe.close();
    }
  }
}
