package io.tributary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the peer, Debezium's embedded engine with the JSON converter and a no-op consumer, in a
 * child JVM with this JVM's memory flags, from its own JAR (modules {@code tributary-bench-debezium}
 * for MariaDB and {@code tributary-bench-debezium-postgres} for PostgreSQL: two Debezium versions,
 * never on the product's class path). Reads the one result line it prints and samples its peak RSS.
 */
final class DebeziumRun {
  /** What the peer did: records per second and its peak resident memory. */
  record Result(double recordsPerSecond, Double peakRssMegabytes) {}

  private static final String RESULT_PREFIX = "DEBEZIUM_RESULT ";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile double peakRss;

  private DebeziumRun() {}

  /** The highest RSS any peer JVM reached in this run, in MB (0 before any ran). */
  static double peakRssMegabytes() {
    return peakRss;
  }

  /**
   * Runs the peer for {@code connector} ({@code mariadb} or {@code postgres}) with the given program
   * arguments; its log goes to {@code log}.
   *
   * @throws IllegalStateException when it fails, times out or prints no result, naming the log
   */
  static Result run(String connector, List<String> arguments, Path log, Duration timeout) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("-Xmx") || flag.startsWith("-Xms") || flag.startsWith("-XX:+Use")) {
        command.add(flag);
      }
    }
    command.add("-jar");
    command.add(jar(connector).toString());
    command.addAll(List.of("--connector", connector));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    String pid = Long.toString(process.pid());
    List<String> output = new ArrayList<>();
    Thread reader = new Thread(() -> collect(process, output), "debezium-output");
    reader.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    double rss = 0;
    while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
      Double now = ProcessMemory.peakRssMegabytes(pid);
      rss = now == null ? rss : Math.max(rss, now);
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("Debezium (" + connector + ") did not finish within " + timeout + "; see " + log);
      }
    }
    reader.join(10_000);
    peakRss = Math.max(peakRss, rss);
    if (process.exitValue() != 0) {
      throw new IllegalStateException("Debezium (" + connector + ") exited with " + process.exitValue() + "; see " + log);
    }
    synchronized (output) {
      for (String line : output) {
        if (line.startsWith(RESULT_PREFIX)) {
          JsonNode result = JSON.readTree(line.substring(RESULT_PREFIX.length()));
          return new Result(result.get("records").asDouble() / result.get("seconds").asDouble(), rss == 0 ? null : rss);
        }
      }
    }
    throw new IllegalStateException("Debezium (" + connector + ") printed no result line; see " + log);
  }

  private static void collect(Process process, List<String> output) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (output) {
          output.add(line);
        }
      }
    } catch (IOException e) {
      // the process ended; whatever was read is kept
    }
  }

  /**
   * The peer JAR of a connector, built next to this one in the same checkout
   * ({@code <repo>/tributary-bench/target/tributary-bench.jar}).
   */
  static Path jar(String connector) throws URISyntaxException {
    Path self = Path.of(DebeziumRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path repo = self.getParent().getParent().getParent();
    Path jar = connector.equals("mariadb")
        ? repo.resolve("tributary-bench-debezium/target/tributary-debezium-mariadb.jar")
        : repo.resolve("tributary-bench-debezium-postgres/target/tributary-debezium-postgres.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the Debezium peer JAR " + jar + " is missing; build it with"
          + " `mvn -pl tributary-bench-debezium,tributary-bench-debezium-postgres -am package -DskipTests`"
          + " (./tributary bench does this when it builds)");
    }
    return jar;
  }
}
