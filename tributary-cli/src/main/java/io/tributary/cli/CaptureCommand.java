package io.tributary.cli;

import io.tributary.cli.file.ScaleOut;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tributary capture <file>}: the file's source into the Kafka cluster of its {@code kafka:} block. */
@Command(
    name = "capture",
    description = {
      "Runs the source half of the pipeline in <file>: its source into the Kafka cluster named by the file's",
      "top-level 'kafka' block (topics <topic-prefix>.<database>.<table>, Debezium-JSON with schemas, one producer",
      "transaction per batch). Run 'tributary apply <file>' (one or more processes) for the sinks."
    })
final class CaptureCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "<file>", description = "The pipeline file (YAML) with a 'kafka' block.")
  Path file;

  CaptureCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    return RunCommand.run(context, context.loader().load(file, ScaleOut::capture));
  }
}
