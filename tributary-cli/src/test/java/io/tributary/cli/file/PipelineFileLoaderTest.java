package io.tributary.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tributary.runtime.Connectors;
import io.tributary.runtime.PipelineDefinition;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and checking pipeline files against the fake test-source / test-sink / test-log types. */
class PipelineFileLoaderTest {
  static final String VALID = """
      pipeline:
        name: shop-sync
        parallelism: 2
        checkpoint-interval: 500ms
      source:
        type: test-source
        hostname: 127.0.0.1
        password: ${DB_PASSWORD}
        tables: [shop, crm]
        ssl:
          mode: require
      sinks:
        - name: warehouse
          type: test-sink
          path: ./out.db
          tables: shop\\..*
          on-reject: stop
        - name: log
          type: test-log
          prefix: ">"
      """;

  private final Map<String, String> environment = Map.of("DB_PASSWORD", "pa ss: #word", "HOST", "db.example");
  private final PipelineFileLoader loader = new PipelineFileLoader(Connectors.discover(), environment::get);

  @Test
  void buildsTheDefinition() {
    PipelineDefinition d = loader.load("p.yaml", VALID).definition();
    assertThat(d.name()).isEqualTo("shop-sync");
    assertThat(d.parallelism()).isEqualTo(2);
    assertThat(d.checkpointInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(d.batchSize()).isEqualTo(20_000);
    assertThat(d.stateDir()).isEqualTo(Path.of(".", "state", "shop-sync"));
    assertThat(d.source().factory().identifier()).isEqualTo("test-source");
    assertThat(d.source().config().asMap()).containsExactly(
        Map.entry("hostname", "127.0.0.1"), Map.entry("password", "pa ss: #word"),
        Map.entry("tables", "shop,crm"), Map.entry("ssl.mode", "require"));
    SinkDefinition warehouse = d.sinks().get(0);
    assertThat(warehouse.name()).isEqualTo("warehouse");
    assertThat(warehouse.tables().pattern()).isEqualTo("shop\\..*");
    assertThat(warehouse.stopOnReject()).isTrue();
    assertThat(warehouse.config().asMap()).containsExactly(Map.entry("path", "./out.db"));
    SinkDefinition log = d.sinks().get(1);
    assertThat(log.factory().identifier()).isEqualTo("test-log");
    assertThat(log.tables().matcher("any.table").matches()).isTrue();
    assertThat(log.stopOnReject()).isFalse();
    assertThat(log.config().asMap()).containsExactly(Map.entry("prefix", ">"));
  }

  @Test
  void typeAliasesAndExplicitStateDirAreAccepted() {
    String yaml = VALID.replace("type: test-log", "type: test-print").replace("  parallelism: 2", "  state-dir: /var/lib/t/x");
    PipelineDefinition d = loader.load("p.yaml", yaml).definition();
    assertThat(d.stateDir()).isEqualTo(Path.of("/var/lib/t/x"));
    assertThat(d.sinks().get(1).factory().identifier()).isEqualTo("test-log");
  }

  @Test
  void variablesWithDefaultsAndEscapesAreSubstituted() {
    String yaml = VALID.replace("hostname: 127.0.0.1", "hostname: ${HOST}")
        .replace("path: ./out.db", "path: \"${OUT_DIR:-/tmp}/$${literal}.db\"")
        .replace("prefix: \">\"", "prefix: '${NOT_SET:-x}'");
    PipelineDefinition d = loader.load("p.yaml", yaml).definition();
    assertThat(d.source().config().raw("hostname")).isEqualTo("db.example");
    assertThat(d.sinks().get(0).config().raw("path")).isEqualTo("/tmp/${literal}.db");
    assertThat(d.sinks().get(1).config().raw("prefix")).isEqualTo("x");
  }

  @Test
  void unsetVariableNamesTheVariableFileAndLine() {
    PipelineFileLoader noEnvironment = new PipelineFileLoader(Connectors.discover(), name -> null);
    assertThat(problems(noEnvironment, VALID)).containsExactly(
        "p.yaml:8:13: environment variable DB_PASSWORD is not set; export it, or give a default with ${DB_PASSWORD:-value}");
  }

  @Test
  void unknownKeyNamesTheBlockTheLineAndTheClosestKey() {
    // no "missing required key 'hostname'" as well: the suggestion already says what to write
    String yaml = VALID.replace("hostname: 127.0.0.1", "hostnme: 127.0.0.1").replace("prefix: \">\"", "prefx: \">\"");
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:7:3: source (test-source): unknown key 'hostnme'; did you mean 'hostname'?",
        "p.yaml:20:5: sinks[1] (log, test-log): unknown key 'prefx'; did you mean 'prefix'?");
  }

  @Test
  void unknownKeyWithNothingCloseListsTheValidKeys() {
    String yaml = VALID.replace("    prefix: \">\"", "    compression: zstd");
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:20:5: sinks[1] (log, test-log): unknown key 'compression'; valid keys: name, type, tables, on-reject, prefix, every");
  }

  @Test
  void nestedKeysAreCheckedAsDottedKeys() {
    String yaml = VALID.replace("    mode: require", "    mood: require");
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:11:5: source (test-source): unknown key 'ssl.mood'; did you mean 'ssl.mode'?");
  }

  @Test
  void badValuesNameTheKeyAndTheLine() {
    String yaml = VALID.replace("checkpoint-interval: 500ms", "checkpoint-interval: 1x")
        .replace("    path: ./out.db", "    path: ./out.db\n    batch-rows: many");
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:4:24: pipeline: invalid value for 'checkpoint-interval': '1x' is not a duration; write e.g. 500ms, 1s, 5m, 1h (units: ms, s, m, h, d)",
        "p.yaml:16:17: sinks[0] (warehouse, test-sink): invalid value for 'batch-rows': 'many' is not a whole number");
  }

  @Test
  void outOfRangePipelineValuesAreReported() {
    String yaml = VALID.replace("parallelism: 2", "parallelism: 0").replace("name: shop-sync", "name: shop/sync");
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:2:9: pipeline: name 'shop/sync' may hold only letters, digits, '.', '_' and '-' (it names directories and offset rows)",
        "p.yaml:3:16: pipeline: 'parallelism' must be at least 1, not 0");
  }

  @Test
  void unknownTypesListTheAvailableOnes() {
    String yaml = VALID.replace("type: test-sink", "type: test-snk").replace("type: test-source", "type: oracle");
    List<String> problems = problems(yaml);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("p.yaml:6:9: source (oracle): unknown source type 'oracle'; available: ")
        .contains("test-source (also test-src)");
    assertThat(problems.get(1)).startsWith("p.yaml:14:11: sinks[0] (warehouse, test-snk): unknown sink type 'test-snk'; available: ")
        .contains("test-sink", "test-log (also test-print)");
  }

  @Test
  void duplicateSinkNamesAreReported() {
    String yaml = VALID.replace("name: log", "name: warehouse");
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:18:11: sinks[1] (warehouse, test-log): duplicate sink name 'warehouse' (also sinks[0]); sink names must be unique");
  }

  @Test
  void badTablesRegexIsReportedWithItsLine() {
    String yaml = VALID.replace("tables: shop\\..*", "tables: shop\\.(orders");
    assertThat(problems(yaml)).singleElement().asString()
        .startsWith("p.yaml:16:13: sinks[0] (warehouse, test-sink): 'tables' is not a valid regular expression: Unclosed group");
  }

  @Test
  void missingRequiredKeysPointAtTheBlock() {
    String yaml = VALID.replace("    path: ./out.db\n", "").replace("  name: shop-sync\n", "  name:\n");
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:2:8: pipeline: missing required key 'name' (it is empty)",
        "p.yaml:13:5: sinks[0] (warehouse, test-sink): missing required key 'path'");
  }

  @Test
  void missingAndEmptyBlocksAreReported() {
    assertThat(problems("pipeline:\n  name: p\nsource:\n  type: test-source\n  hostname: h\n")).containsExactly(
        "p.yaml:1:1: missing block 'sinks'; a pipeline needs at least one sink");
    assertThat(problems("pipeline:\n  name: p\nsource:\n  type: test-source\n  hostname: h\nsinks: []\n")).containsExactly(
        "p.yaml:6:8: 'sinks' is empty; a pipeline needs at least one sink");
    assertThat(problems("sinks:\n  - name: a\n    type: test-sink\n    path: x\n")).containsExactly(
        "p.yaml:1:1: missing block 'pipeline'; it needs at least 'name: <pipeline name>'",
        "p.yaml:1:1: missing block 'source'; it needs at least 'type', e.g. 'type: mysql'");
  }

  @Test
  void unknownBlocksAreRejected() {
    String yaml = VALID + "udfs:\n  - from: a\nsink:\n  name: x\n";
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:21:1: unknown block 'udfs'; valid blocks: pipeline, source, sinks, transform, route, functions, kafka",
        "p.yaml:23:1: unknown block 'sink'; did you mean 'sinks'?");
  }

  @Test
  void sinksMustBeAList() {
    String yaml = VALID.substring(0, VALID.indexOf("sinks:")) + "sinks:\n  name: warehouse\n  type: test-sink\n";
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:13:3: 'sinks' must be a list: start each sink with '- ', e.g. '- name: warehouse'");
  }

  @Test
  void duplicateKeysNameBothLines() {
    String yaml = VALID.replace("  hostname: 127.0.0.1\n", "  hostname: 127.0.0.1\n  hostname: 10.0.0.1\n");
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:8:3: duplicate key 'hostname' (first at line 7)");
  }

  @Test
  void everyProblemOfTheFileIsReportedTogetherInFileOrder() {
    String yaml = VALID.replace("parallelism: 2", "parallelism: two")
        .replace("hostname: 127.0.0.1", "hostname: ${NOPE}")
        .replace("on-reject: stop", "on-reject: ignore")
        + "udfs:\n  x: y\n";
    assertThat(problems(yaml)).containsExactly(
        "p.yaml:3:16: pipeline: invalid value for 'parallelism': 'two' is not a whole number",
        "p.yaml:7:13: environment variable NOPE is not set; export it, or give a default with ${NOPE:-value}",
        "p.yaml:17:16: sinks[0] (warehouse, test-sink): invalid value for 'on-reject': 'ignore' is not one of dead-letter, stop",
        "p.yaml:21:1: unknown block 'udfs'; valid blocks: pipeline, source, sinks, transform, route, functions, kafka");
  }

  @Test
  void yamlSyntaxErrorsPointAtTheProblem() {
    String yaml = "pipeline:\n  name: p\n source: x\n";
    assertThat(problems(yaml)).singleElement().asString().startsWith("p.yaml:3:").contains("not valid YAML");
  }

  @Test
  void unquotedReferenceInAFlowListGetsAHint() {
    String yaml = VALID.replace("tables: [shop, crm]", "tables: [${DB_PASSWORD}, crm]");
    assertThat(problems(yaml)).containsExactly("p.yaml:9:13: not valid YAML: expected ',' or ']', but got {"
        + "; inside [ ] or { }, quote values that use ${...}, e.g. [\"${VAR}\", b]");
    String quoted = VALID.replace("tables: [shop, crm]", "tables: [\"${DB_PASSWORD}\", crm]");
    assertThat(loader.load("p.yaml", quoted).definition().source().config().raw("tables")).isEqualTo("pa ss: #word,crm");
  }

  @Test
  void emptyAndNonMapFilesAreReported() {
    assertThat(problems("# nothing\n")).containsExactly(
        "p.yaml:1:1: the file is empty; a pipeline file has the blocks pipeline, source and sinks");
    assertThat(problems("- a\n- b\n")).containsExactly(
        "p.yaml:1:1: a pipeline file is a YAML map with the blocks pipeline, source and sinks");
  }

  @Test
  void missingFileIsAProblemWithoutALine() {
    PipelineFileException e = catchThrowableOfType(PipelineFileException.class,
        () -> loader.load(Path.of("does/not/exist.yaml")));
    assertThat(e.lines()).containsExactly("does/not/exist.yaml: no such file");
  }

  private List<String> problems(String yaml) {
    return problems(loader, yaml);
  }

  private static List<String> problems(PipelineFileLoader loader, String yaml) {
    PipelineFileException e = catchThrowableOfType(PipelineFileException.class, () -> loader.load("p.yaml", yaml));
    assertThat(e).as("problems in %n%s", yaml).isNotNull();
    return e.lines();
  }

  @Test
  void theKafkaBlockIsCheckedAndCaptureOrApplyWithoutItSaysWhatToAdd() {
    assertThat(problems(VALID + "kafka:\n  bootstrap-servers: k:9092\n  topic-prefx: x\n")).containsExactly(
        "p.yaml:23:3: kafka: unknown key 'topic-prefx'; did you mean 'topic-prefix'?");
    PipelineFile read = new PipelineFileReader(name -> "db.example").read("p.yaml", VALID);
    assertThat(ScaleOut.capture(read).problems()).singleElement().extracting(Problem::message).asString()
        .startsWith("'tributary capture' needs a top-level 'kafka' block");
  }

  @Test
  void captureWritesTheSourceToKafkaAndApplyReadsItIntoTheSinks() {
    String yaml = VALID + "kafka:\n  bootstrap-servers: k:9092\n  topic-prefix: cdc.shop\n  properties.acks: all\n";
    PipelineFile read = new PipelineFileReader(name -> "db.example").read("p.yaml", yaml);
    PipelineFile capture = ScaleOut.capture(read);
    assertThat(capture.sinks()).singleElement().satisfies(sink -> {
      assertThat(sink.value("type")).isEqualTo("kafka");
      assertThat(sink.value("topic")).isEqualTo("cdc.shop.{database}.{table}");
      assertThat(sink.value("positions-topic")).isEqualTo("cdc.shop.positions");
      assertThat(sink.value("properties.acks")).isEqualTo("all");
    });
    assertThat(capture.pipeline().orElseThrow().value("name")).endsWith("-capture");
    PipelineFile apply = ScaleOut.apply(read, "m1");
    assertThat(apply.source().orElseThrow().value("group-id")).isEqualTo("cdc.shop.apply");
    java.util.regex.Pattern topics = java.util.regex.Pattern.compile(apply.source().orElseThrow().value("topic-pattern"));
    assertThat(topics.matcher("cdc.shop.inventory.orders").matches()).isTrue();
    assertThat(topics.matcher("cdc.shop.positions").matches()).isFalse();
    assertThat(topics.matcher("cdcxshop.inventory.orders").matches()).isFalse();
    assertThat(apply.sinks()).isEqualTo(read.sinks());
    assertThat(apply.pipeline().orElseThrow().value("name")).endsWith("-apply-m1");
    assertThat(apply.pipeline().orElseThrow().value("state-dir")).endsWith("/apply-m1");
  }

  @Test
  void routesReachTheDefinitionAndBadOnesAreReportedAtTheirLines() {
    String yaml = VALID + "route:\n  - source-table: shop_\\d+\\.orders_\\d+\n    sink-table: shop.orders\n"
        + "    source-table-column: shard\n  - source-table: crm\\.(.*)\n    sink-table: crm_mirror.$1\n";
    PipelineDefinition d = loader.load("p.yaml", yaml).definition();
    assertThat(d.routes()).hasSize(2);
    assertThat(d.routes().get(0).sourceTableColumn()).isEqualTo("shard");
    assertThat(d.routes().get(1).sinkTable()).isEqualTo("crm_mirror.$1");
    String bad = VALID + "route:\n  - source-table: crm\\.(\n    sink-table: x.$2\n  - sink-table: y\n";
    assertThat(problems(bad)).containsExactly(
        "p.yaml:22:19: route[0]: 'source-table' is not a regular expression: Unclosed group",
        "p.yaml:24:5: route[1]: missing required key 'source-table'");
  }

  @Test
  void transformsReachTheDefinitionAndSyntaxErrorsAreReportedAtTheirLines() {
    String yaml = VALID + "transform:\n  - source-table: shop\\.orders\n    projection: \"*, UPPER(status) AS status\"\n"
        + "    filter: amount > 0\n    soft-delete: is_deleted\n    mask.email: keep-last(4)\n";
    PipelineDefinition d = loader.load("p.yaml", yaml).definition();
    assertThat(d.transforms()).singleElement().satisfies(t -> {
      assertThat(t.softDelete()).isEqualTo("is_deleted");
      assertThat(t.masks()).containsOnlyKeys("email");
      assertThat(t.rule().filter()).isEqualTo("amount > 0");
    });
    String bad = VALID + "transform:\n  - source-table: shop\\.orders\n    projection: \"id,, x\"\n    mask.email: blur\n";
    assertThat(problems(bad)).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("p.yaml:23:17: transform rule 'transform[0]', expression `id,, x`"))
        .anySatisfy(p -> assertThat(p).startsWith("p.yaml:24:17: transform[0]: mask.email: 'blur' is not a mask"));
  }
}
