package io.tributary.cli;

/**
 * A running pipeline as the {@code run} command sees it: the engine, or a fake in tests.
 */
interface PipelineProcess {

  /** Runs until stopped or finished; returns the process exit code (0 after a clean stop). */
  int run() throws InterruptedException;

  /** Asks {@link #run()} to finish the in-flight batch, checkpoint and return; any thread. */
  void stop();
}
