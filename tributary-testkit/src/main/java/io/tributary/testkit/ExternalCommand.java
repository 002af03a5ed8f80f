package io.tributary.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a short-lived external program to completion, its output appended to a log file. */
final class ExternalCommand {

  private ExternalCommand() {}

  /**
   * Runs {@code command} and waits for it.
   *
   * @throws ThrowawayServerException when it cannot start, exits non-zero or outlives {@code timeout};
   *     the message holds the command and the tail of its output
   */
  static void run(List<String> command, Path logFile, Duration timeout, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    builder.environment().putAll(environment);
    long logOffset = LogTail.size(logFile);
    try {
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw failure(command, "did not finish within " + timeout.toSeconds() + " s", logFile, logOffset);
      }
      if (process.exitValue() != 0) {
        throw failure(command, "exited with status " + process.exitValue(), logFile, logOffset);
      }
    } catch (IOException e) {
      throw new ThrowawayServerException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ThrowawayServerException("Interrupted while running " + String.join(" ", command), e);
    }
  }

  static void run(List<String> command, Path logFile, Duration timeout) {
    run(command, logFile, timeout, Map.of());
  }

  /** Runs {@code command}, returning whether it exited with status 0; output goes to the log file. */
  static boolean succeeds(List<String> command, Path logFile) {
    try {
      run(command, logFile, Duration.ofSeconds(60));
      return true;
    } catch (ThrowawayServerException e) {
      return false;
    }
  }

  private static ThrowawayServerException failure(List<String> command, String what, Path log, long offset) {
    return new ThrowawayServerException(String.join(" ", command) + " " + what + "; output (" + log + "):\n"
        + LogTail.since(log, offset, 40));
  }

  /** Creates the parent folders of a log file and returns it. */
  static Path logFile(Path file) {
    try {
      Files.createDirectories(file.getParent());
      return file;
    } catch (IOException e) {
      throw new ThrowawayServerException("Cannot create folder " + file.getParent() + ": " + e.getMessage(), e);
    }
  }
}
