package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tributary.cli.file.PipelineFileLoader;
import io.tributary.runtime.Connectors;
import io.tributary.runtime.PipelineDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example pipeline files are checked against the real connectors' declared options. */
class ExamplePipelinesTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "pipelines");
  private static final Map<String, String> ENV = Map.of("MYSQL_PASSWORD", "m", "PG_PASSWORD", "p");

  @Test
  void everyExampleIsAValidPipelineFile() throws IOException {
    Connectors connectors = Connectors.discover();
    List<String> types = Stream.concat(
        connectors.sources().stream().map(f -> f.identifier()), connectors.sinks().stream().map(f -> f.identifier())).toList();
    assumeTrue(types.containsAll(List.of("mysql", "postgres", "duckdb")),
        "the mysql, postgres and duckdb connectors are not on the class path yet: " + types);
    List<Path> files;
    try (Stream<Path> listing = Files.list(EXAMPLES)) {
      files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("mariadb-to-postgres.yaml", "mariadb-to-duckdb.yaml");
    PipelineFileLoader loader = new PipelineFileLoader(connectors, ENV::get);
    for (Path file : files) {
      PipelineDefinition d = loader.load(file).definition();
      assertThat(d.source().factory().identifier()).isEqualTo("mysql");
      assertThat(d.source().config().raw("password")).isEqualTo("m");
      assertThat(d.sinks()).isNotEmpty();
    }
  }
}
