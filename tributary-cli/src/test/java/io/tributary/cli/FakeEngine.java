package io.tributary.cli;

import io.tributary.runtime.PipelineDefinition;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Stands in for the runtime engine: {@link #run()} blocks until {@link #stop()} (unless told to
 * return or fail at once) and then returns {@code exitCode}.
 */
final class FakeEngine implements PipelineProcess, Function<PipelineDefinition, PipelineProcess> {
  final CountDownLatch started = new CountDownLatch(1);
  final CountDownLatch stopped = new CountDownLatch(1);
  volatile PipelineDefinition definition;
  volatile RuntimeException failure;
  volatile boolean blockUntilStopped;
  volatile int exitCode;

  @Override
  public PipelineProcess apply(PipelineDefinition d) {
    this.definition = d;
    return this;
  }

  @Override
  public int run() throws InterruptedException {
    started.countDown();
    if (failure != null) {
      throw failure;
    }
    if (blockUntilStopped && !stopped.await(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the fake pipeline was never stopped");
    }
    return exitCode;
  }

  @Override
  public void stop() {
    stopped.countDown();
  }
}
