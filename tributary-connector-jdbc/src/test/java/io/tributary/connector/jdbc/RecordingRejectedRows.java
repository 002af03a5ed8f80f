package io.tributary.connector.jdbc;

import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.RejectedRows;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every rejected row; optionally throws on the first, as a sink set to stop would. */
public final class RecordingRejectedRows implements RejectedRows {
  /** One rejected row. */
  public record Rejection(TableSchema table, boolean delete, Object[] row, String reason) {}

  private final List<Rejection> rejections = new CopyOnWriteArrayList<>();
  private final boolean stop;

  public RecordingRejectedRows() {
    this(false);
  }

  private RecordingRejectedRows(boolean stop) {
    this.stop = stop;
  }

  /** A recorder that throws on the first rejected row, like {@code on-reject: stop}. */
  public static RecordingRejectedRows stopping() {
    return new RecordingRejectedRows(true);
  }

  @Override
  public void reject(TableSchema table, boolean delete, Object[] row, String reason) {
    rejections.add(new Rejection(table, delete, row, reason));
    if (stop) {
      throw new IllegalStateException("stopping on rejected row of " + table.id() + ": " + reason);
    }
  }

  public List<Rejection> all() {
    return List.copyOf(rejections);
  }
}
