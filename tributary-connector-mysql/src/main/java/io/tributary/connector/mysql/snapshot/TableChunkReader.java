package io.tributary.connector.mysql.snapshot;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.mysql.position.SnapshotPosition;
import io.tributary.connector.mysql.schema.MySqlTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one table of the snapshot in primary-key chunks, streaming each chunk's rows from the
 * server and emitting them as {@link Operation#SNAPSHOT_READ} events that carry the chunk's
 * {@link SnapshotPosition}. Flushes the context after each chunk and logs progress every few
 * seconds.
 */
final class TableChunkReader {
  private static final Logger LOG = LoggerFactory.getLogger(TableChunkReader.class);
  private static final long PROGRESS_INTERVAL_NANOS = 5_000_000_000L;

  private final MySqlTable table;
  private final TableSchema schema;
  private final ChunkQuery query;
  private final SnapshotRowDecoder decoder;
  private final int[] keyIndexes;
  private final SnapshotSettings settings;
  private final BooleanSupplier stopRequested;
  private SnapshotPosition current;
  private long rows;

  TableChunkReader(MySqlTable table, SnapshotSettings settings, BooleanSupplier stopRequested) {
    this.table = table;
    this.schema = table.schema();
    this.settings = settings;
    this.stopRequested = stopRequested;
    this.query = ChunkQuery.of(table, settings.chunkSize());
    this.keyIndexes = schema.primaryKeyIndexes();
    this.decoder = new SnapshotRowDecoder(table, settings.sessionZone());
  }

  /** The chunk being read, or the last one read; where a retry starts. */
  SnapshotPosition current() {
    return current;
  }

  /**
   * Reads the table from chunk {@code start} to its end (or until stop is requested).
   *
   * @return whether the table was read to its end
   */
  boolean read(Connection connection, SnapshotPosition start, SourceContext context)
      throws SQLException, InterruptedException {
    current = start;
    long began = System.nanoTime();
    long lastLog = began;
    try (PreparedStatement first = connection.prepareStatement(query.first());
        PreparedStatement next = connection.prepareStatement(query.next())) {
      first.setFetchSize(settings.fetchSize());
      next.setFetchSize(settings.fetchSize());
      while (true) {
        PreparedStatement statement = current.after() == null ? first : bind(next, current.after());
        Object[] last = readChunk(statement, context);
        context.flush();
        if (stopRequested.getAsBoolean()) {
          return false;
        }
        if (System.nanoTime() - lastLog > PROGRESS_INTERVAL_NANOS) {
          lastLog = System.nanoTime();
          logProgress(began);
        }
        if (last == null) {
          LOG.info("snapshot of {} done: {} rows in {} s", table.id(), rows, (System.nanoTime() - began) / 1_000_000_000);
          return true;
        }
        current = current.next(keyText(last));
      }
    }
  }

  /** Emits the rows of one chunk; returns the last row when the chunk was full, else null. */
  private Object[] readChunk(PreparedStatement statement, SourceContext context)
      throws SQLException, InterruptedException {
    int count = 0;
    Object[] row = null;
    SnapshotPosition position = current;
    try (ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        row = decoder.read(result);
        context.emit(new ChangeEvent(Operation.SNAPSHOT_READ, schema, null, row, position, 0, null));
        count++;
        if ((count & 1023) == 0 && stopRequested.getAsBoolean()) {
          break;
        }
      }
    } catch (TributaryException e) {
      throw new TributaryException("snapshot of " + table.id() + " at " + position + ": " + e.getMessage(), e);
    }
    rows += count;
    return count == settings.chunkSize() ? row : null;
  }

  private PreparedStatement bind(PreparedStatement statement, List<String> after) throws SQLException {
    int[] keyOfParameter = query.parameterKeyIndexes();
    for (int p = 0; p < keyOfParameter.length; p++) {
      DataType type = schema.columns().get(keyIndexes[keyOfParameter[p]]).type();
      KeyText.bind(statement, p + 1, after.get(keyOfParameter[p]), type, settings.sessionZone());
    }
    return statement;
  }

  private List<String> keyText(Object[] row) {
    List<String> out = new ArrayList<>(keyIndexes.length);
    for (int k : keyIndexes) {
      out.add(KeyText.encode(row[k], schema.columns().get(k).type()));
    }
    return out;
  }

  private void logProgress(long began) {
    double seconds = (System.nanoTime() - began) / 1e9;
    long estimate = Math.max(table.estimatedRows(), 1);
    LOG.info(
        "snapshot of {}: {} rows ({}% of ~{} estimated), {} rows/s",
        table.id(), rows, Math.min(100, rows * 100 / estimate), table.estimatedRows(), (long) (rows / seconds));
  }
}
