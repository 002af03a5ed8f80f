package io.tributary.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tributary} command run as a separate JVM on this test's class path, so a test can
 * send it SIGTERM or SIGKILL like an operator (or a crash) would.
 */
final class EngineProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private EngineProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code tributary <command> <file>}, output appended to {@code log}. */
  static EngineProcess start(Path log, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), "io.tributary.cli.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new EngineProcess(pb.start(), log);
  }

  /** Runs a command to completion and returns its exit code. */
  static int runToEnd(Path log, long timeoutSeconds, String... args) throws Exception {
    try (EngineProcess p = start(log, args)) {
      if (!p.process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        throw new AssertionError("tributary " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s; log:\n" + p.logTail());
      }
      return p.process.exitValue();
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, as a crash would. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM; returns the exit code. */
  int terminate(long timeoutSeconds) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("tributary did not stop within " + timeoutSeconds + " s of SIGTERM; log:\n" + logTail());
    }
    return process.exitValue();
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  static String classPathSeparator() {
    return File.pathSeparator;
  }
}
