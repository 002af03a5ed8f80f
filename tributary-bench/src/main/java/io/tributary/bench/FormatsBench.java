package io.tributary.bench;

import io.tributary.bench.formats.DecodeBenchmark;
import io.tributary.bench.formats.EncodeBenchmark;
import io.tributary.bench.formats.TokenizerBenchmark;
import io.tributary.bench.formats.TransformBenchmark;
import io.tributary.bench.functions.FunctionBenchmark;
import io.tributary.bench.functions.RemoteCallBenchmark;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code tributary bench --suite formats}: the message formats' encode and decode throughput on
 * narrow rows ({@link io.tributary.bench.formats.NarrowRows}), measured by JMH — one forked JVM per
 * benchmark, 3 warmup iterations of 1 s (the decoders' code needs a few seconds to be fully compiled)
 * and 5 measured of 1 s, one thread, so figures are
 * events/s per core — next to Jackson's tree model on the same data in the same run and, for
 * decoding without the envelope, Jackson's bare tokenizer as the limit. Prints a table, writes it
 * to {@code target/bench/formats.json} (the shape of {@code results.json}, with the peer under
 * {@code jackson}) and JMH's own log to {@code target/bench/formats-jmh.log}.
 *
 * <p>{@code --suite transforms} runs {@link io.tributary.bench.formats.TransformBenchmark} the same
 * way: a typical filter and five-column projection compiled by {@code tributary-transform}, next to
 * the same logic written by hand in Java; written to {@code target/bench/transforms.json}.
 *
 * <p>{@code --suite functions} runs {@link io.tributary.bench.functions.FunctionBenchmark} (a
 * pass-through Java function hosted by the runtime, next to the same object called in a loop) and
 * {@link io.tributary.bench.functions.RemoteCallBenchmark} (a function waiting 1 ms per event on 8
 * instances, next to 1); written to {@code target/bench/functions.json}.
 *
 * <p>To profile, run JMH directly from the bench JAR, e.g. {@code java -cp
 * tributary-bench/target/tributary-bench.jar org.openjdk.jmh.Main DecodeBenchmark.tributary -f 1 -wi 2
 * -i 3 -w 1s -r 1s -prof jfr}.
 */
final class FormatsBench {
  private FormatsBench() {}

  static void run(PrintStream out) throws RunnerException, IOException {
    run(out, "formats");
  }

  /** Runs suite {@code formats}, {@code transforms} or {@code functions}. */
  static void run(PrintStream out, String suite) throws RunnerException, IOException {
    boolean formats = suite.equals("formats");
    Path log = Paths.get("target", "bench", suite + "-jmh.log");
    Files.createDirectories(log.getParent());
    OptionsBuilder builder = new OptionsBuilder();
    if (formats) {
      builder.include(pattern(EncodeBenchmark.class)).include(pattern(DecodeBenchmark.class))
          .include(pattern(TokenizerBenchmark.class));
    } else if (suite.equals("functions")) {
      builder.include(pattern(FunctionBenchmark.class)).include(pattern(RemoteCallBenchmark.class));
    } else {
      builder.include(pattern(TransformBenchmark.class));
    }
    Options options = builder
        .forks(1)
        .threads(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(1))
        .timeUnit(TimeUnit.SECONDS)
        .shouldFailOnError(true)
        .output(log.toString())
        .build();
    out.println(suite.equals("functions")
        ? "measuring: a pass-through Java function hosted by the runtime against the same object called in a loop, and a"
            + " function waiting 1 ms per event on 8 instances against 1 (4 JMH benchmarks; JMH's log: " + log.toAbsolutePath() + ")..."
        : formats
        ? "measuring: encode and decode of narrow rows, Canal-JSON and Debezium-JSON, against Jackson's tree"
            + " model (24 JMH benchmarks, about 4 minutes; JMH's log: " + log.toAbsolutePath() + ")..."
        : "measuring: a transform rule (filter " + TransformBenchmark.FILTER + "; projection " + TransformBenchmark.PROJECTION
            + ") against the same logic written by hand (2 JMH benchmarks; JMH's log: " + log.toAbsolutePath() + ")...");
    out.flush();
    Report report = new Report(formats ? "Jackson" : suite.equals("functions") ? "peer" : "by hand");
    figures(new Runner(options).run()).forEach(report::add);
    out.println();
    report.print(out);
    Path json = Paths.get("target", "bench", suite + ".json");
    report.writeJson(json);
    out.println();
    out.println("written to " + json.toAbsolutePath() + (suite.equals("functions") ? "; events/s on chunks of 1,024"
        + " events; function.pass-through: Tributary = hosted (own class loader, one instance, per-key partitioning,"
        + " outputs back in source order), peer = the same function object called in a plain loop;"
        + " function.remote-1ms: Tributary = 8 instances, peer = 1 instance, limit = 8 x 1,000 events/s" : formats ? "; events/s on one thread (one message = one event,"
        + " Debezium-JSON: key and value); Tributary = typed rows; Jackson = ObjectMapper.readTree of the same bytes"
        + " (decode), ObjectMapper.writeValueAsBytes of maps holding the same JSON (encode); limit = Jackson's bare"
        + " tokenizer over the same bytes (JsonParser.nextToken, nothing read; none with the envelope, whose schema"
        + " Tributary does not tokenize again)" : "; rows/s on one thread (each row filtered, and projected when it"
        + " passes); by hand = the same filter and projection as plain Java"));
  }

  private static String pattern(Class<?> benchmark) {
    return "^" + benchmark.getName().replace(".", "\\.") + "\\.";
  }

  /**
   * One figure per benchmark class and message, {@code encode.canal-json.update}: Tributary, its
   * peer and, for decoding, the limit.
   */
  private static List<Figure> figures(Collection<RunResult> results) {
    Map<String, Double[]> scores = new TreeMap<>(Comparator.comparing(FormatsBench::order));
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      if (benchmark.startsWith(FunctionBenchmark.class.getName())) {
        Double[] row = scores.computeIfAbsent("function.pass-through", f -> new Double[3]);
        row[benchmark.endsWith(".passThrough") ? 0 : 1] = result.getPrimaryResult().getScore();
        continue;
      }
      if (benchmark.startsWith(RemoteCallBenchmark.class.getName())) {
        Double[] row = scores.computeIfAbsent("function.remote-1ms", f -> new Double[] {null, null, 8_000.0});
        row["8".equals(result.getParams().getParam("instances")) ? 0 : 1] = result.getPrimaryResult().getScore();
        continue;
      }
      if (benchmark.startsWith(TransformBenchmark.class.getName())) {
        Double[] row = scores.computeIfAbsent("transform.filter+projection", f -> new Double[3]);
        row[benchmark.endsWith(".tributary") ? 0 : 1] = result.getPrimaryResult().getScore();
        continue;
      }
      String direction = benchmark.startsWith(EncodeBenchmark.class.getName()) ? "encode" : "decode";
      String figure = direction + "." + result.getParams().getParam("message").replace('/', '.');
      Double[] row = scores.computeIfAbsent(figure, f -> new Double[3]);
      int column = benchmark.startsWith(TokenizerBenchmark.class.getName()) ? 2 : benchmark.endsWith(".tributary") ? 0 : 1;
      row[column] = result.getPrimaryResult().getScore();
    }
    List<Figure> figures = new ArrayList<>();
    scores.forEach((figure, row) -> figures.add(new Figure(figure, figure.startsWith("transform") ? "rows/s" : "events/s",
        row[0], row[1], row[2])));
    return figures;
  }

  /** Encode before decode, Canal before Debezium, without envelope before with, UPDATE before INSERT. */
  private static String order(String figure) {
    return figure.replace("encode.", "0").replace("decode.", "1").replace("+envelope", "~").replace(".update", "0")
        .replace(".insert", "1");
  }
}
