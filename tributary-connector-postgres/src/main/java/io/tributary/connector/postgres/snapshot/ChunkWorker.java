package io.tributary.connector.postgres.snapshot;

import io.tributary.api.TributaryException;
import io.tributary.connector.postgres.schema.PgColumn;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.value.ValueDecoder;
import io.tributary.connector.postgres.value.ValueDecoders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.BlockingQueue;

/**
 * One snapshot connection's thread: takes chunk tasks in order from the shared queue, reads each
 * chunk inside the shared snapshot and hands its rows over. Values are read as text and converted
 * with the same decoders the stream uses.
 */
final class ChunkWorker implements Runnable {
  /** Put into the queue to end a worker. */
  static final ChunkTask STOP = new ChunkTask(null, null);

  private final Connection connection;
  private final BlockingQueue<ChunkTaskWithTable> work;

  /** A task, the table it reads, and the table's statements and column decoders. */
  static final class ChunkTaskWithTable {
    private final ChunkTask task;
    private final PgTable table;
    private final ChunkQuery query;
    private final ValueDecoder[] decoders;

    ChunkTaskWithTable(ChunkTask task, PgTable table, ChunkQuery query, ValueDecoder[] decoders) {
      this.task = task;
      this.table = table;
      this.query = query;
      this.decoders = decoders;
    }

    ChunkTask task() {
      return task;
    }

    PgTable table() {
      return table;
    }

    ChunkQuery query() {
      return query;
    }

    ValueDecoder[] decoders() {
      return decoders;
    }
  }

  ChunkWorker(Connection connection, BlockingQueue<ChunkTaskWithTable> work) {
    this.connection = connection;
    this.work = work;
  }

  @Override
  public void run() {
    try {
      while (true) {
        ChunkTaskWithTable next = work.take();
        if (next.task() == STOP) {
          return;
        }
        read(next);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void read(ChunkTaskWithTable next) throws InterruptedException {
    ChunkTask task = next.task();
    ValueDecoder[] columns = next.decoders();
    try (PreparedStatement statement = next.query().chunk(connection, task.position().after(), task.upTo())) {
      statement.setFetchSize(SnapshotSettings.FETCH_SIZE);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          task.put(decodeRow(result, columns, next.table()));
        }
      }
      task.finish();
    } catch (SQLException | RuntimeException e) {
      task.fail(e);
    }
  }

  /** The current row of a result set that selects every column of {@code table} in order, decoded. */
  static Object[] decodeRow(ResultSet result, ValueDecoder[] decoders, PgTable table) throws SQLException {
    Object[] row = new Object[decoders.length];
    for (int c = 0; c < decoders.length; c++) {
      row[c] = value(result, c, decoders[c], table);
    }
    return row;
  }

  private static Object value(ResultSet result, int c, ValueDecoder decoder, PgTable table) throws SQLException {
    String text = result.getString(c + 1);
    if (text == null) {
      return null;
    }
    try {
      return decoder.fromText(text);
    } catch (IllegalArgumentException e) {
      throw new TributaryException("column " + table.id() + "." + table.columns().get(c).name() + ": " + e.getMessage(), e);
    }
  }

  /** The decoders of a table's columns, in column order. */
  static ValueDecoder[] decodersOf(PgTable table) {
    ValueDecoder[] out = new ValueDecoder[table.columns().size()];
    for (int i = 0; i < out.length; i++) {
      PgColumn column = table.columns().get(i);
      out[i] = ValueDecoders.of(column.valueType());
    }
    return out;
  }
}
