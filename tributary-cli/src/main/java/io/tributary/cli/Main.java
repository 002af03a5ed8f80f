package io.tributary.cli;

import java.io.PrintWriter;
import java.util.ServiceConfigurationError;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** The {@code tributary} command's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger(); // java.util.logging (the binlog client) into logback
    SLF4JBridgeHandler.install();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    CliContext context;
    try {
      context = CliContext.standard();
    } catch (ServiceConfigurationError e) {
      err.println("error: a connector on the class path cannot be loaded: " + e.getMessage());
      System.exit(FailureReporter.FAILURE);
      return;
    }
    System.exit(execute(context, out, err, args));
  }

  /**
   * Runs one command and returns its exit code instead of exiting.
   *
   * @return 0 on success, 1 on a runtime failure, 2 on a problem in the pipeline file or the
   *     command line
   */
  static int execute(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(context, out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new TributaryCommand())
        .addSubcommand(new RunCommand(context))
        .addSubcommand(new CaptureCommand(context))
        .addSubcommand(new ApplyCommand(context))
        .addSubcommand(new ValidateCommand(context))
        .addSubcommand(new PreviewCommand(context))
        .addSubcommand(new DemoCommand(context))
        .addSubcommand(new ReferenceCommand(context))
        .addSubcommand(new VersionCommand())
        .addSubcommand(new CommandLine.HelpCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new FailureReporter());
    return commandLine;
  }
}
