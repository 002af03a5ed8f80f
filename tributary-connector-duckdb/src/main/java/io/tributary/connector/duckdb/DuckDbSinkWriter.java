package io.tributary.connector.duckdb;

import io.tributary.api.sink.UpsertGroups;
import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Lock;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one lane's batches, each in one DuckDB transaction on the lane's own duplicate of the
 * database connection: per table, upserts and deletes through {@link StagingTable}s, then the
 * lane's row of the offsets table, then commit. Upsert rows with columns the source left
 * unchanged are grouped by their present columns ({@link UpsertGroups}) and only update rows that
 * exist ({@link PartialStaging}); a row missing at the target is reported as refused.
 *
 * <p>Lanes take turns: a write holds the database's write lock (see {@link DuckDbDatabase}) from
 * its first statement to its commit.
 *
 * <p>Refused rows are isolated by {@link BatchApplier} and reported before the commit. A
 * write-write conflict (with another writer of the file in this process) is rolled back and retried after a short random backoff,
 * {@code conflict-retries} times, then thrown as {@link RetriableException}. Any other DuckDB error
 * rolls back and is thrown as {@link TributaryException} naming the sink, the table and DuckDB's
 * message. Used by one thread.
 */
public final class DuckDbSinkWriter implements SinkWriter {
  private static final Logger LOG = LoggerFactory.getLogger(DuckDbSinkWriter.class);
  private static final long MAX_BACKOFF_MILLIS = 200;

  private final DuckDbSink sink;
  private final int lane;
  private final DuckDBConnection connection;
  private final BatchApplier applier;
  private final Map<ShapeKey, StagingTable> staging = new HashMap<>();

  /** What a staging table is made for: a table at one shape. */
  private record ShapeKey(TableId table, List<Column> columns, List<String> primaryKey) {}

  DuckDbSinkWriter(DuckDbSink sink, int lane, DuckDBConnection connection) throws SQLException {
    this.sink = sink;
    this.lane = lane;
    this.connection = connection;
    this.applier = new BatchApplier(connection);
    try (Statement s = connection.createStatement()) {
      s.execute("SET TimeZone = 'UTC'");
    }
    connection.setAutoCommit(false);
  }

  @Override
  public void write(SinkBatch batch) {
    Lock lock = sink.writeLock();
    lock.lock();
    try {
      writeHoldingLock(batch);
    } finally {
      lock.unlock();
    }
  }

  private void writeHoldingLock(SinkBatch batch) {
    List<BatchSegment> segments = segments(batch);
    for (int attempt = 1; ; attempt++) {
      try {
        commit(batch, segments);
        return;
      } catch (BatchApplier.Failure e) {
        rollbackQuietly();
        if (e.kind() != DuckDbErrorKind.WRITE_CONFLICT) {
          throw new TributaryException(failure(batch, e.table(), e.getMessage()), e.getCause());
        }
        if (attempt > sink.config().conflictRetries()) {
          throw new RetriableException(failure(batch, e.table(), e.getMessage()) + " (still conflicting after " + attempt + " attempts)", e.getCause());
        }
        LOG.debug("DuckDB sink '{}' lane {}: write conflict on {}, retrying: {}", sink.name(), lane, e.table(), e.getMessage());
        backOff(attempt, e);
      } catch (RuntimeException e) {
        rollbackQuietly();
        throw e;
      }
    }
  }

  /** Applies the batch, records the position, reports rejections and commits. */
  private void commit(SinkBatch batch, List<BatchSegment> segments) throws BatchApplier.Failure {
    List<BatchApplier.Rejection> rejections = applier.apply(segments);
    try {
      sink.offsets().save(connection, lane, batch.position().encode());
    } catch (SQLException e) {
      throw new BatchApplier.Failure(DuckDbOffsets.TABLE, DuckDbErrorKind.of(e), e);
    }
    for (BatchApplier.Rejection r : rejections) {
      sink.context().rejectedRows().reject(r.table(), r.delete(), r.row(), r.reason());
    }
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new BatchApplier.Failure(DuckDbOffsets.TABLE, DuckDbErrorKind.of(e), e);
    }
  }

  /** The batch as segments (one per table and kind), creating staging tables it needs first. */
  private List<BatchSegment> segments(SinkBatch batch) {
    List<BatchSegment> out = new ArrayList<>();
    for (TableChanges changes : batch.tables()) {
      StagingTable table = stagingFor(changes);
      UpsertGroups upserts = UpsertGroups.of(changes.schema(), changes.upserts());
      if (!upserts.complete().isEmpty()) {
        out.add(new BatchSegment(table, false, upserts.complete()));
      }
      for (UpsertGroups.Partial group : upserts.partial()) {
        out.add(new BatchSegment(table, false, group.rows(), group.present()));
      }
      if (!changes.deletes().isEmpty()) {
        out.add(new BatchSegment(table, true, changes.deletes()));
      }
    }
    return out;
  }

  private StagingTable stagingFor(TableChanges changes) {
    var schema = changes.schema();
    ShapeKey key = new ShapeKey(schema.id(), schema.columns(), schema.primaryKey());
    StagingTable table = staging.get(key);
    if (table == null) {
      try {
        var existing = DuckDbCatalog.columns(connection, sink.sql().catalog(), schema.id());
        table = new StagingTable(schema, DuckDbCatalog.withTargetNames(schema, existing), sink.sql(), sink.types(), staging.size());
        table.create(connection);
        connection.commit();
      } catch (SQLException e) {
        rollbackQuietly();
        throw new TributaryException("DuckDB sink '" + sink.name() + "' could not create the staging tables of " + schema.id() + " (lane " + lane + "): " + DuckDbErrorKind.firstLine(e), e);
      }
      staging.put(key, table);
    }
    return table;
  }

  private String failure(SinkBatch batch, TableId table, String message) {
    return "DuckDB sink '" + sink.name() + "' could not write " + table + " (lane " + lane + ", batch up to " + batch.position().encode()
        + "): " + message + "; the batch was rolled back and nothing of it is committed";
  }

  private void backOff(int attempt, BatchApplier.Failure cause) {
    long bound = Math.min(MAX_BACKOFF_MILLIS, 5L << Math.min(attempt, 10));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetriableException("DuckDB sink '" + sink.name() + "' lane " + lane + " was interrupted while retrying a write conflict", cause);
    }
  }

  @Override
  public String committedPosition() {
    Lock lock = sink.writeLock();
    lock.lock();
    try {
      String position = sink.offsets().read(connection, lane);
      connection.commit();
      return position;
    } catch (SQLException e) {
      rollbackQuietly();
      throw new TributaryException("DuckDB sink '" + sink.name() + "' could not read the position of lane " + lane + " from " + DuckDbOffsets.TABLE + ": " + DuckDbErrorKind.firstLine(e), e);
    } finally {
      lock.unlock();
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.warn("DuckDB sink '{}' lane {}: rollback failed: {}", sink.name(), lane, DuckDbErrorKind.firstLine(e));
    }
  }

  @Override
  public void close() {
    sink.writerClosed(this);
    try {
      if (!connection.isClosed()) {
        connection.rollback();
        connection.close();
      }
    } catch (SQLException e) {
      LOG.warn("DuckDB sink '{}' lane {}: closing the connection failed: {}", sink.name(), lane, DuckDbErrorKind.firstLine(e));
    }
  }
}
