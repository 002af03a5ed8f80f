package io.tributary.cli;

import io.tributary.cli.file.PipelineFileLoader;
import io.tributary.runtime.Connectors;
import io.tributary.runtime.PipelineDefinition;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the commands depend on, so tests can replace it: the connector factories, the environment
 * that {@code ${VAR}} reads, and how a pipeline is started.
 *
 * @param connectors the source and sink factories
 * @param environment an environment variable's value by name, null when unset
 * @param engine starts a pipeline from its definition
 */
record CliContext(
    Connectors connectors,
    Function<String, String> environment,
    Function<PipelineDefinition, PipelineProcess> engine) {

  CliContext {
    Objects.requireNonNull(connectors, "connectors");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(engine, "engine");
  }

  /** The real thing: factories on the class path, the process environment, the runtime engine. */
  static CliContext standard() {
    return new CliContext(Connectors.discover(), System::getenv, EnginePipeline::new);
  }

  PipelineFileLoader loader() {
    return new PipelineFileLoader(connectors, environment);
  }
}
