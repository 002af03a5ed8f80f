package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.ConfigException;
import io.tributary.api.TributaryException;
import io.tributary.cli.fakes.TestSinkFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tributary command end to end, with the fake connectors and a fake engine. */
class MainTest {
  static final String GOOD = """
      pipeline:
        name: shop-sync
      source:
        type: test-source
        hostname: 127.0.0.1
        password: ${DB_PASSWORD}
        table-count: 3
      sinks:
        - name: warehouse
          type: test-sink
          path: ./out.db
        - name: archive
          type: test-sink
          path: ./archive.db
      """;
  private static final Map<String, String> ENV = Map.of("DB_PASSWORD", "hunter2");

  @TempDir Path dir;
  private final FakeEngine engine = new FakeEngine();

  @Test
  void malformedFileExitsWith2AndFileLineColumnMessages() throws IOException {
    Path file = write("""
        pipeline:
          name: shop-sync
          parallelism: lots
        source:
          type: test-source
          hostnam: 127.0.0.1
        sinks:
          - name: warehouse
            type: nosuch
        """);
    CommandRun run = CommandRun.of(engine, ENV, "validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(3).allMatch(
        line -> Pattern.matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: .+", line));
    assertThat(run.errLines().get(0)).isEqualTo(file + ":3:16: pipeline: invalid value for 'parallelism': 'lots' is not a whole number");
    assertThat(run.errLines().get(1)).isEqualTo(file + ":6:3: source (test-source): unknown key 'hostnam'; did you mean 'hostname'?");
    assertThat(run.errLines().get(2)).startsWith(file + ":9:11: sinks[0] (warehouse, nosuch): unknown sink type 'nosuch'; available: ");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void yamlSyntaxErrorExitsWith2() throws IOException {
    Path file = write("pipeline:\n  name: [unclosed\n");
    CommandRun run = CommandRun.of(engine, ENV, "run", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: not valid YAML: .+");
    assertThat(engine.definition).isNull();
  }

  @Test
  void missingFileExitsWith2() {
    CommandRun run = CommandRun.of(engine, ENV, "validate", dir.resolve("nope.yaml").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(dir.resolve("nope.yaml") + ": no such file");
  }

  @Test
  void validateListsTablesAndOpensEverySinkOnce() throws IOException {
    Path file = write(GOOD);
    int opened = TestSinkFactory.OPENED.get();
    int closed = TestSinkFactory.CLOSED.get();
    CommandRun run = CommandRun.of(engine, ENV, "validate", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).containsExactly(
        file + ": pipeline 'shop-sync' is well-formed",
        "source (test-source): OK, 3 tables would be captured",
        "  shop.t0: 3 columns, primary key (id)",
        "  shop.t1: 3 columns, no primary key",
        "  shop.t2: 3 columns, primary key (id)",
        "sink warehouse (test-sink): OK",
        "sink archive (test-sink): OK");
    assertThat(TestSinkFactory.OPENED.get() - opened).isEqualTo(2);
    assertThat(TestSinkFactory.CLOSED.get() - closed).isEqualTo(2);
    assertThat(engine.definition).as("validate must not start the pipeline").isNull();
  }

  @Test
  void validateExitsWith1WhenAConnectionCheckFails() throws IOException {
    Path file = write(GOOD.replace("path: ./archive.db", "path: ./archive.db\n    fail-open: true")
        .replace("table-count: 3", "fail-discover: true"));
    CommandRun run = CommandRun.of(engine, ENV, "validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        file + ": pipeline 'shop-sync' is well-formed",
        "source (test-source): FAILED: cannot connect to 127.0.0.1:3306: connection refused",
        "sink warehouse (test-sink): OK",
        "sink archive (test-sink): FAILED: cannot open ./archive.db: permission denied");
  }

  @Test
  void configProblemsFoundByFactoriesPointAtTheirKey() throws IOException {
    Path file = write(GOOD.replace("path: ./archive.db", "path: /var/tmp/").replace("table-count: 3", "tables: none"));
    CommandRun run = CommandRun.of(engine, ENV, "validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        file + ":7:11: source (test-source): 'tables' matches nothing; name at least one database",
        file + ":14:11: sinks[1] (archive, test-sink): 'path' must name a file, not a directory");
  }

  @Test
  void runReturnsThePipelineExitCode() throws IOException {
    engine.exitCode = 0;
    CommandRun run = CommandRun.of(engine, ENV, "run", write(GOOD).toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(engine.definition.name()).isEqualTo("shop-sync");
    assertThat(engine.definition.source().config().raw("password")).isEqualTo("hunter2");
  }

  @Test
  void runtimeFailureIsOneLineAndExits1() throws IOException {
    engine.failure = new TributaryException("binlog mysql-bin.000042 was purged on 127.0.0.1:3306; restart with `startup-mode: initial`",
        new IllegalStateException("inner"));
    CommandRun run = CommandRun.of(engine, ENV, "run", write(GOOD).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        "error: binlog mysql-bin.000042 was purged on 127.0.0.1:3306; restart with `startup-mode: initial`");
  }

  @Test
  void verboseShowsTheStackTrace() throws IOException {
    engine.failure = new TributaryException("sink warehouse failed", new IllegalStateException("inner cause"));
    CommandRun run = CommandRun.of(engine, ENV, "run", "--verbose", write(GOOD).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines().get(0)).isEqualTo("error: sink warehouse failed");
    assertThat(run.err()).contains("\tat io.tributary.cli.MainTest.verboseShowsTheStackTrace", "Caused by: java.lang.IllegalStateException: inner cause");
    CommandRun shortFlag = CommandRun.of(engine, ENV, "-v", "run", write(GOOD).toString());
    assertThat(shortFlag.err()).contains("\tat io.tributary.cli.MainTest.verboseShowsTheStackTrace");
  }

  @Test
  void configProblemFromTheEngineIsMappedToItsKey() throws IOException {
    engine.failure = new ConfigException("hostname", "cannot resolve host '127.0.0.1'");
    Path file = write(GOOD);
    CommandRun run = CommandRun.of(engine, ENV, "run", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(file + ":5:13: source (test-source): cannot resolve host '127.0.0.1'");
  }

  @Test
  void referenceAndVersionPrintToStdout() {
    CommandRun reference = CommandRun.of(engine, ENV, "reference");
    assertThat(reference.exitCode()).isZero();
    assertThat(reference.out()).startsWith("# Pipeline file reference").contains("### sink type `test-sink`");
    CommandRun version = CommandRun.of(engine, ENV, "version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).matches("tributary \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java .+\\)\\R");
    assertThat(CommandRun.of(engine, ENV, "--version").out()).isEqualTo(version.out());
  }

  @Test
  void usageErrorsExitWith2() {
    CommandRun none = CommandRun.of(engine, ENV);
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("Usage: tributary", "run", "validate", "reference", "version");
    CommandRun unknown = CommandRun.of(engine, ENV, "launch", "x.yaml");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unmatched arguments");
    CommandRun noFile = CommandRun.of(engine, ENV, "run");
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).contains("Missing required parameter: '<file>'");
  }

  private Path write(String yaml) throws IOException {
    Path file = Files.createTempFile(dir, "pipeline", ".yaml");
    return Files.writeString(file, yaml);
  }
}
