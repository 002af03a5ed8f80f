package io.tributary.cli;

import io.tributary.api.ConfigException;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkContext;
import io.tributary.cli.file.LoadedPipeline;
import io.tributary.runtime.PipelineDefinition;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tributary validate <file>}: checks the file, connects to the source and lists the tables
 * it would capture, and opens every sink once.
 */
@Command(
    name = "validate",
    description = {
      "Checks the pipeline file, then connects: lists the tables the source would capture and opens every sink once.",
      "Exits 0 when everything is fine, 1 when a connection check fails, 2 when the file has problems."
    })
final class ValidateCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "<file>", description = "The pipeline file (YAML).")
  Path file;

  @Spec CommandSpec spec;

  ValidateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    LoadedPipeline loaded = context.loader().load(file);
    PipelineDefinition definition = loaded.definition();
    PrintWriter out = spec.commandLine().getOut();
    out.println(file + ": pipeline '" + definition.name() + "' is well-formed");
    try (ConnectorInstances connectors = ConnectorInstances.create(loaded)) {
      boolean sourceOk = checkSource(loaded, connectors, out);
      boolean sinksOk = true;
      for (int i = 0; i < definition.sinks().size(); i++) {
        sinksOk &= checkSink(loaded, i, connectors, out);
      }
      out.flush();
      return sourceOk && sinksOk ? 0 : 1;
    }
  }

  private boolean checkSource(LoadedPipeline loaded, ConnectorInstances connectors, PrintWriter out) {
    String label = "source (" + loaded.definition().source().factory().identifier() + ")";
    try {
      List<TableSchema> tables = connectors.source().discover();
      out.println(label + ": OK, " + tables.size() + (tables.size() == 1 ? " table" : " tables") + " would be captured");
      boolean transformsOk = true;
      for (TableSchema table : tables) {
        out.println("  " + table.id() + ": " + table.columns().size() + " columns, "
            + (table.hasPrimaryKey() ? "primary key (" + String.join(", ", table.primaryKey()) + ")" : "no primary key"));
        transformsOk &= checkTransforms(loaded.definition(), table, out);
        showFunctions(loaded.definition(), table, out);
      }
      return transformsOk;
    } catch (RuntimeException e) {
      out.println(label + ": FAILED: " + failure(loaded, e, -1));
      return false;
    } finally {
      connectors.close(connectors.source());
    }
  }

  private boolean checkSink(LoadedPipeline loaded, int index, ConnectorInstances connectors, PrintWriter out) {
    PipelineDefinition definition = loaded.definition();
    SinkDefinition sink = definition.sinks().get(index);
    Sink instance = connectors.sinks().get(index);
    String label = "sink " + sink.name() + " (" + sink.factory().identifier() + ")";
    try {
      instance.open(new SinkContext(definition.name(), sink.name(), definition.parallelism(), (t, d, r, why) -> {}));
      out.println(label + ": OK");
      return true;
    } catch (RuntimeException e) {
      out.println(label + ": FAILED: " + failure(loaded, e, index));
      return false;
    } finally {
      connectors.close(instance);
    }
  }

  /** Compiles the transform rule that applies to {@code table}, if any: unknown columns and type errors show here. */
  private static boolean checkTransforms(PipelineDefinition definition, TableSchema table, PrintWriter out) {
    for (io.tributary.runtime.TransformDefinition t : definition.transforms()) {
      if (t.sourceTable().matcher(table.id().toString()).matches()) {
        try {
          TableSchema output = t.rule().compile(table).output();
          out.println("    " + t.rule().label() + ": OK, writes " + output.columns().size() + " columns");
          return true;
        } catch (io.tributary.transform.TransformException e) {
          out.println("    " + t.rule().label() + ": FAILED: " + e.getMessage());
          return false;
        }
      }
    }
    return true;
  }

  /** Which functions the table's changes go through, in order. */
  private static void showFunctions(PipelineDefinition definition, TableSchema table, PrintWriter out) {
    List<String> names = definition.functions().stream().filter(f -> f.handles(table.id().toString()))
        .map(f -> f.name()).toList();
    if (!names.isEmpty()) {
      out.println("    functions: " + String.join(", ", names));
    }
  }

  /** The exception's message; a configuration problem also says where in the file. */
  private static String failure(LoadedPipeline loaded, RuntimeException e, int sinkIndex) {
    if (e instanceof ConfigException c && c.key() != null) {
      return (sinkIndex < 0 ? loaded.sourceProblem(c) : loaded.sinkProblem(sinkIndex, c)).format(loaded.file().file());
    }
    return FailureReporter.message(e);
  }
}
