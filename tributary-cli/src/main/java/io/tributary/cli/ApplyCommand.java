package io.tributary.cli;

import io.tributary.cli.file.ScaleOut;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tributary apply <file>}: one member of the consumer group that applies the captured
 * topics to the file's sinks. Start as many as the work needs; Kafka shares the partitions among
 * them and moves a lost member's partitions to the others.
 */
@Command(
    name = "apply",
    description = {
      "Runs the sink half of the pipeline in <file>: reads the topics 'tributary capture <file>' writes, as a member",
      "of the consumer group <topic-prefix>.apply, and writes the file's sinks. Start several to share the work;",
      "when one stops, the others take over its partitions from the offsets committed after its sinks committed."
    })
final class ApplyCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "<file>", description = "The pipeline file (YAML) with a 'kafka' block.")
  Path file;

  ApplyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    String member = UUID.randomUUID().toString().substring(0, 8);
    return RunCommand.run(context, context.loader().load(file, f -> ScaleOut.apply(f, member)));
  }
}
