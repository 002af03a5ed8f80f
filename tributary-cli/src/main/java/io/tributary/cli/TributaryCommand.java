package io.tributary.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code tributary}: the top-level command; without a subcommand it prints its usage. */
@Command(
    name = "tributary",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = VersionInfo.class,
    description = "Real-time change data capture: copies a database's tables, then applies every change to the sinks, exactly once.",
    footer = {
      "",
      "Exit codes: 0 success; 1 runtime failure or failed connection check; 2 problem in the pipeline file or the command line.",
      "Environment: TRIBUTARY_LOG_LEVEL (default INFO); TRIBUTARY_JAVA_OPTS, JVM options for the launcher (default -Xmx1g)."
    })
final class TributaryCommand implements Callable<Integer> {

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Show the stack trace of a failure.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
