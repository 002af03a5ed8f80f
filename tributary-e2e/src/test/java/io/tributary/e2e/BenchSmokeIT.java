package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tributary bench} as a user runs it, on tiny workloads: it starts its servers and the
 * Debezium peer JARs, and writes every figure the benchmark promises to
 * {@code target/bench/results.json} — Tributary's value everywhere, Debezium's and a ratio for
 * snapshot and capture, a limit where one is defined. The figures themselves are not judged here
 * (they mean nothing at this size); docs/performance.md has real ones.
 */
class BenchSmokeIT {
  @TempDir Path dir;

  @Test
  void everyFigureIsMeasuredForBothSourcesWithTheDebeziumPeer() throws Exception {
    Path jar = Path.of("..", "tributary-bench", "target", "tributary-bench.jar").toAbsolutePath().normalize();
    assertThat(jar).as("the bench JAR (built in the package phase of tributary-bench)").isRegularFile();
    Path log = dir.resolve("bench.log");
    Process bench = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-XX:+UseParallelGC", "-jar", jar.toString(), "--snapshot-rows", "3000", "--changes", "4000", "--rate", "500",
        "--seconds", "2", "--kafka", "on").directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = bench.waitFor(15, TimeUnit.MINUTES);
    if (!finished) {
      bench.destroyForcibly();
    }
    assertThat(finished && bench.exitValue() == 0).as("bench exited 0; log:\n%s", tail(log)).isTrue();

    Map<String, JsonNode> figures = new HashMap<>();
    for (JsonNode f : new ObjectMapper().readTree(dir.resolve("target/bench/results.json").toFile())) {
      figures.put(f.get("figure").asText(), f);
    }
    for (String source : List.of("mysql", "postgres")) {
      for (String name : List.of("snapshot." + source, "capture." + source)) {
        assertThat(figures).containsKey(name);
        JsonNode f = figures.get(name);
        assertThat(f.get("tributary").asDouble()).as(name).isPositive();
        assertThat(f.get("debezium").asDouble()).as(name + " Debezium").isPositive();
        assertThat(f.get("ratio").asDouble()).as(name + " ratio").isPositive();
        assertThat(f.get("limit").asDouble()).as(name + " limit").isPositive();
      }
      JsonNode e2e = figures.get("e2e." + source + ".postgres");
      assertThat(e2e.get("tributary").asDouble()).isPositive();
      assertThat(e2e.get("limit").asDouble()).as("COPY limit").isPositive();
      assertThat(e2e.get("debezium").isNull()).isTrue();
      for (String p : List.of("p50", "p95", "p99")) {
        assertThat(figures.get("latency." + p + "." + source + ".postgres").get("tributary").asDouble()).isPositive();
      }
    }
    for (String kafka : new String[] {"e2e.mysql.kafka", "e2e.kafka.postgres.apply1", "e2e.kafka.postgres.apply2"}) {
      assertThat(figures.get(kafka).get("tributary").asDouble()).as(kafka).isPositive();
    }
    assertThat(figures.get("heap.peak").get("tributary").asDouble()).isPositive();
    assertThat(figures.get("rss.peak").get("debezium").asDouble()).isPositive();
    assertThat(Files.readString(log)).contains("figure", "Tributary", "Debezium", "ratio", "of limit");
  }

  private static String tail(Path log) throws java.io.IOException {
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
