package io.tributary.cli;

import io.tributary.runtime.Connectors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs the tributary command in-process and keeps what it printed. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(FakeEngine engine, Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(Connectors.discover(), environment::get, engine);
    int code = Main.execute(context, new PrintWriter(out), new PrintWriter(err), args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  List<String> outLines() {
    return out.lines().toList();
  }
}
