package io.tributary.connector.duckdb;

import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.RejectedRows;
import java.util.ArrayList;
import java.util.List;

/** Keeps every rejected row, optionally failing like the runtime's stop-on-reject policy. */
final class RecordingRejections implements RejectedRows {
  /** One rejected row. */
  record Rejected(TableSchema table, boolean delete, Object[] row, String reason) {}

  private final List<Rejected> rows = new ArrayList<>();
  private final boolean fail;

  RecordingRejections(boolean fail) {
    this.fail = fail;
  }

  RecordingRejections() {
    this(false);
  }

  @Override
  public synchronized void reject(TableSchema table, boolean delete, Object[] row, String reason) {
    rows.add(new Rejected(table, delete, row, reason));
    if (fail) {
      throw new IllegalStateException("stop on rejected row: " + reason);
    }
  }

  synchronized List<Rejected> rows() {
    return List.copyOf(rows);
  }
}
