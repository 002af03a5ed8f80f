package io.tributary.cli;

import io.tributary.api.ConfigException;
import io.tributary.cli.file.LoadedPipeline;
import io.tributary.runtime.PipelineDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tributary run <file>}: runs a pipeline until it is stopped or has finished. */
@Command(
    name = "run",
    description = {
      "Runs the pipeline in <file> until it is stopped.",
      "Ctrl-C or SIGTERM finishes the in-flight batch, commits a checkpoint and exits 0; a second signal exits at once.",
      "With startup-mode snapshot the pipeline exits 0 once the copy is done."
    })
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "<file>", description = "The pipeline file (YAML).")
  Path file;

  RunCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    return run(context, context.loader().load(file));
  }

  /** Runs a loaded pipeline in this process until it stops; the exit code. Shared by run, capture and apply. */
  static int run(CliContext context, LoadedPipeline loaded) throws InterruptedException {
    ConnectorInstances.create(loaded).close(); // factories check their options before anything starts
    PipelineDefinition definition = loaded.definition();
    LOG.info("tributary {}; effective configuration:{}{}", VersionInfo.version(), System.lineSeparator(),
        EffectiveConfiguration.describe(definition));
    try {
      PipelineProcess process = context.engine().apply(definition);
      try (StopSignals signals = StopSignals.install(process, definition.name())) {
        return process.run();
      }
    } catch (ConfigException e) {
      throw loaded.exception(List.of(loaded.problem(e)));
    }
  }
}
