package io.tributary.runtime.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.RejectedRows;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows a sink's target refused, one JSON object per line in {@code dead-letters/<sink>.jsonl}
 * under the state directory: time, pipeline, sink, table, operation, the row (column → value as
 * text, bytes as hex) and the target's reason. Each line is fsynced before the sink commits the
 * batch, so a refused row is never lost (after a crash it may be recorded twice).
 *
 * <p>With {@code on-reject: stop}, or once {@code max-dead-letters} is reached, {@link #reject}
 * throws instead, which stops the pipeline. Thread-safe.
 */
public final class DeadLetterStore implements RejectedRows {
  private final DeadLetterFile file;
  private final String pipeline;
  private final String sink;
  private final boolean stop;
  private final long limit;
  private final AtomicLong total;

  public DeadLetterStore(Path stateDir, String pipeline, String sink, boolean stop, long limit, AtomicLong total) {
    this.file = new DeadLetterFile(stateDir, sink);
    this.pipeline = pipeline;
    this.sink = sink;
    this.stop = stop;
    this.limit = limit;
    this.total = total;
  }

  public Path file() {
    return file.path();
  }

  @Override
  public synchronized void reject(TableSchema table, boolean delete, Object[] row, String reason) {
    if (stop) {
      throw new TributaryException("sink '" + sink + "' refused a row of " + table.id() + " (key "
          + key(table, row) + "): " + reason + "; the sink is set to on-reject: stop — fix the target or set on-reject: dead-letter");
    }
    ObjectNode line = DeadLetterFile.newLine();
    line.put("time", Instant.now().toString());
    line.put("pipeline", pipeline);
    line.put("sink", sink);
    line.put("table", table.id().toString());
    line.put("operation", delete ? "delete" : "upsert");
    DeadLetterFile.putRow(line, "row", table, row);
    line.put("reason", reason);
    file.append(line);
    long n = total.incrementAndGet();
    if (limit > 0 && n >= limit) {
      throw new TributaryException(n + " rows went to the dead-letter store (max-dead-letters: " + limit
          + "); the pipeline stops — see " + file.path().toAbsolutePath());
    }
  }

  private static String key(TableSchema t, Object[] row) {
    StringBuilder sb = new StringBuilder();
    for (int i : t.primaryKeyIndexes()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(t.columns().get(i).name()).append('=').append(DeadLetterFile.text(row[i]));
    }
    return sb.toString();
  }
}
