package io.tributary.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGINT and SIGTERM into a clean stop of a running pipeline: the first signal calls {@link
 * PipelineProcess#stop()} and lets {@code run()} return its exit code; a second one exits at once
 * without a final checkpoint. Signal handlers keep the JVM alive so the exit code is {@code
 * run()}'s; where they cannot be installed, a shutdown hook stops the pipeline and waits for it.
 */
final class StopSignals implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);
  private static final long SHUTDOWN_WAIT_SECONDS = 120;

  private final PipelineProcess process;
  private final String pipelineName;
  private final AtomicBoolean stopRequested = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final List<Signal> handled = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();
  private final Thread shutdownHook;

  private StopSignals(PipelineProcess process, String pipelineName) {
    this.process = process;
    this.pipelineName = pipelineName;
    this.shutdownHook = new Thread(this::onShutdown, pipelineName + "-shutdown");
  }

  /** Installs the handlers; {@link #close()} once {@code run()} has returned. */
  static StopSignals install(PipelineProcess process, String pipelineName) {
    StopSignals signals = new StopSignals(process, pipelineName);
    for (String name : List.of("INT", "TERM")) {
      signals.handle(name);
    }
    Runtime.getRuntime().addShutdownHook(signals.shutdownHook);
    return signals;
  }

  /**
   * Whether the signal ({@code INT}, {@code TERM}) is handled here: not when the JVM reserves it
   * ({@code -Xrs}) or the process was started with it ignored (a background job, {@code nohup}).
   */
  boolean handles(String name) {
    return handled.stream().anyMatch(s -> s.getName().equals(name));
  }

  private void handle(String name) {
    Signal signal = new Signal(name);
    try {
      SignalHandler before = Signal.handle(signal, this::onSignal);
      if (before == SignalHandler.SIG_IGN) { // the JVM keeps an inherited "ignore" and installs nothing
        LOG.debug("SIG{} is ignored by this process (started in the background?); it will not stop the pipeline", name);
        return;
      }
      previous.add(before);
      handled.add(signal);
    } catch (IllegalArgumentException e) {
      LOG.debug("cannot handle SIG{} ({}); relying on the shutdown hook", name, e.getMessage());
    }
  }

  private void onSignal(Signal signal) {
    if (stopRequested.compareAndSet(false, true)) {
      LOG.info("SIG{} received: stopping pipeline '{}' after the in-flight batch (send it again to exit at once)",
          signal.getName(), pipelineName);
      process.stop();
    } else {
      LOG.warn("SIG{} received again: exiting now, without a final checkpoint; the next run resumes from the last one",
          signal.getName());
      Runtime.getRuntime().halt(128 + signal.getNumber());
    }
  }

  private void onShutdown() {
    if (finished.getCount() == 0) {
      return;
    }
    if (stopRequested.compareAndSet(false, true)) {
      LOG.info("JVM shutting down: stopping pipeline '{}' after the in-flight batch", pipelineName);
      process.stop();
    }
    try {
      if (!finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("pipeline '{}' did not stop within {} s; exiting without a final checkpoint", pipelineName, SHUTDOWN_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Marks {@code run()} as returned and puts the previous handlers back. */
  @Override
  public void close() {
    finished.countDown();
    for (int i = 0; i < handled.size(); i++) {
      Signal.handle(handled.get(i), previous.get(i));
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook sees run() has returned and exits at once
    }
  }
}
