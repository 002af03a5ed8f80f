package io.tributary.runtime.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events a user function failed on after its last retry, one JSON object per line in {@code
 * dead-letters/function-<name>.jsonl}: time, pipeline, function, table, operation, position, the
 * before and after rows (column → value as text), the number of attempts and the last error with
 * its stack trace. Fsynced before the pipeline goes on, so a failed event is never lost. Counts
 * towards the pipeline's {@code max-dead-letters}. Thread-safe.
 */
public final class FunctionDeadLetters {
  private static final int MAX_TRACE_CHARS = 8_000;
  private final DeadLetterFile file;
  private final String pipeline;
  private final String function;
  private final long limit;
  private final AtomicLong total;

  public FunctionDeadLetters(Path stateDir, String pipeline, String function, long limit, AtomicLong total) {
    this.file = new DeadLetterFile(stateDir, "function-" + function);
    this.pipeline = pipeline;
    this.function = function;
    this.limit = limit;
    this.total = total;
  }

  public Path file() {
    return file.path();
  }

  /**
   * Records one event the function could not handle.
   *
   * @throws TributaryException once the pipeline's dead-letter limit is reached
   */
  public void record(ChangeEvent event, int attempts, String error, Throwable cause) {
    ObjectNode line = DeadLetterFile.newLine();
    line.put("time", Instant.now().toString());
    line.put("pipeline", pipeline);
    line.put("function", function);
    line.put("table", event.schema().id().toString());
    line.put("operation", event.op().name());
    line.put("position", event.position().encode());
    DeadLetterFile.putRow(line, "before", event.schema(), event.before());
    DeadLetterFile.putRow(line, "after", event.schema(), event.after());
    line.put("attempts", attempts);
    line.put("error", error);
    if (cause != null) {
      line.put("stack", trace(cause));
    }
    file.append(line);
    long n = total.incrementAndGet();
    if (limit > 0 && n >= limit) {
      throw new TributaryException(n + " events went to the dead-letter store (max-dead-letters: " + limit
          + "); the pipeline stops — see " + file.path().toAbsolutePath());
    }
  }

  private static String trace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    String s = w.toString();
    return s.length() <= MAX_TRACE_CHARS ? s : s.substring(0, MAX_TRACE_CHARS) + "…";
  }
}
