package io.tributary.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One running server process (with whatever wrapper launched it, such as {@code runuser}), its output
 * appended to a log file. Knows where in the log this launch began, so failures quote only its own lines.
 */
final class ServerProcess {

  private final String description;
  private final Process process;
  private final Path logFile;
  private final long logOffset;

  private ServerProcess(String description, Process process, Path logFile, long logOffset) {
    this.description = description;
    this.process = process;
    this.logFile = logFile;
    this.logOffset = logOffset;
  }

  /** Starts {@code command} in the background, stdin from /dev/null, stdout and stderr appended to the log. */
  static ServerProcess launch(String description, List<String> command, Path logFile) {
    long offset = LogTail.size(logFile);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    try {
      return new ServerProcess(description, builder.start(), logFile, offset);
    } catch (IOException e) {
      throw new ThrowawayServerException("Cannot start " + description + " (" + String.join(" ", command) + "): "
          + e.getMessage(), e);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** The log lines this launch wrote, at most {@code maxLines} of the latest. */
  String logSinceLaunch(int maxLines) {
    return LogTail.since(logFile, logOffset, maxLines);
  }

  /** Sends SIGTERM and waits; returns whether the process exited within {@code timeout}. */
  boolean terminate(Duration timeout) {
    process.destroy();
    return awaitExit(timeout);
  }

  /** Waits for the process to exit by itself; returns whether it did within {@code timeout}. */
  boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ThrowawayServerException("Interrupted while waiting for " + description + " to exit", e);
    }
  }

  /** Sends SIGKILL to every descendant, then to the process itself, and waits until they are gone. */
  void killTree() {
    List<ProcessHandle> descendants = process.descendants().toList();
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
    awaitGone(descendants, Duration.ofSeconds(10));
  }

  /** Bounded: an orphan may linger as a zombie when PID 1 of a container does not reap it. */
  private static void awaitGone(List<ProcessHandle> handles, Duration timeout) {
    CompletableFuture<?>[] exits = handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Killed with SIGKILL already; a zombie holds no ports, files or shared memory.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return description + " (pid " + process.pid() + ", log " + logFile + ")";
  }
}
