package io.tributary.cli;

import io.tributary.runtime.Connectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tributary reference}: prints the pipeline-file reference as Markdown. */
@Command(
    name = "reference",
    description = "Prints the pipeline-file reference (Markdown): every option of the pipeline block and of each source and sink type.")
final class ReferenceCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  ReferenceCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Connectors connectors = context.connectors();
    spec.commandLine().getOut().print(ReferenceDocument.markdown(connectors.sources(), connectors.sinks()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
