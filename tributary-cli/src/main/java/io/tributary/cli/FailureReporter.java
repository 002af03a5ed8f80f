package io.tributary.cli;

import io.tributary.cli.file.PipelineFileException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place a command's failure becomes output and an exit code: problems of the pipeline file
 * are printed as {@code file:line:column: message} lines and exit 2; any other failure is one
 * {@code error: message} line (plus the stack trace with {@code --verbose}) and exits 1.
 */
final class FailureReporter implements IExecutionExceptionHandler {
  static final int FAILURE = 1;
  static final int FILE_PROBLEM = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    try {
      if (e instanceof PipelineFileException problems) {
        problems.lines().forEach(err::println);
        return FILE_PROBLEM;
      }
      err.println("error: " + message(e));
      if (verbose(parseResult)) {
        e.printStackTrace(err);
      }
      return FAILURE;
    } finally {
      err.flush();
    }
  }

  /** The message written for users; the type of the exception when it has none. */
  static String message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t == e ? t.getMessage() : e.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return e.getClass().getName();
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
