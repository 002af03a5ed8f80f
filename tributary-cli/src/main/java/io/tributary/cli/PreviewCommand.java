package io.tributary.cli;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.cli.file.LoadedPipeline;
import io.tributary.runtime.PipelineDefinition;
import io.tributary.runtime.Preview;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tributary preview <file> --table T --rows N}: reads sample rows of one table from the
 * source and shows each as the source gives it, after the transforms, and after the routes and
 * functions with the sinks it would reach. Writes nothing to any sink or state directory.
 */
@Command(
    name = "preview",
    description = {
      "Reads sample rows of one table from the source and shows each before and after the transforms, the routes and"
          + " the functions, with the sinks it would reach. Writes nothing; functions do run (an HTTP function gets requests).",
      "Exits 0 when every row went through, 1 when the source failed or a function failed on a row, 2 when the file has"
          + " problems."
    })
final class PreviewCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "<file>", description = "The pipeline file (YAML).")
  Path file;

  @Option(names = "--table", required = true, paramLabel = "<namespace.table>",
      description = "The captured table to read sample rows from, e.g. shop.orders.")
  String table;

  @Option(names = "--rows", defaultValue = "10", paramLabel = "<n>", description = "How many rows (default ${DEFAULT-VALUE}).")
  int rows;

  @Spec CommandSpec spec;

  PreviewCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (rows < 1) {
      out.println("--rows must be at least 1");
      return 2;
    }
    LoadedPipeline loaded = context.loader().load(file);
    PipelineDefinition definition = loaded.definition();
    List<ChangeEvent> sample;
    try (ConnectorInstances connectors = ConnectorInstances.create(loaded)) {
      TableId id = tableId(connectors.source().discover(), table);
      sample = connectors.source().sample(id, rows);
    } catch (RuntimeException e) {
      out.println("source (" + definition.source().factory().identifier() + "): FAILED: " + FailureReporter.message(e));
      out.flush();
      return 1;
    }
    out.println("preview of " + table + ": " + sample.size() + (sample.size() == 1 ? " row" : " rows") + " through "
        + count(definition.transforms().size(), "transform rule") + ", " + count(definition.routes().size(), "route")
        + " and " + count(definition.functions().size(), "function") + "; nothing is written");
    boolean ok = true;
    try (Preview preview = new Preview(definition)) {
      for (int i = 0; i < sample.size(); i++) {
        ok &= show(i + 1, preview.run(sample.get(i)), out);
      }
    }
    out.flush();
    return ok ? 0 : 1;
  }

  /** The captured table named {@code name}: namespace and table split at the first dot that names one. */
  private static TableId tableId(List<TableSchema> captured, String name) {
    for (TableSchema t : captured) {
      if (t.id().toString().equals(name)) {
        return t.id();
      }
    }
    int dot = name.indexOf('.');
    return dot < 0 ? new TableId("", name) : new TableId(name.substring(0, dot), name.substring(dot + 1));
  }

  private static boolean show(int row, Preview.Result r, PrintWriter out) {
    out.println();
    out.println("row " + row + " (position " + r.source().position().encode() + ")");
    out.println("  source       " + EventText.of(r.source()));
    if (r.transformed() == null) {
      out.println("  transformed  dropped by the filter");
      return true;
    }
    out.println("  transformed  " + EventText.of(r.transformed()));
    for (String failure : r.failures()) {
      out.println("  FAILED       " + failure);
    }
    if (r.outputs().isEmpty() && r.failures().isEmpty()) {
      out.println("  out          dropped by the functions");
    }
    for (Preview.Output o : r.outputs()) {
      out.println("  out          " + EventText.of(o.event()) + " → "
          + (o.sinks().isEmpty() ? "no sink takes this table" : String.join(", ", o.sinks())));
    }
    return r.failures().isEmpty();
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
