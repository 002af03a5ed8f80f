package io.tributary.connector.jdbc;

import io.tributary.api.sink.UpsertGroups;
import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction around each batch, shared by the JDBC writers: per table the deletes, then the
 * upserts, then the lane's row in the offsets table, then one commit.
 *
 * <p>When the target refuses a value (SQL state classes 22 and 23 and the dialect's data errors),
 * the transaction is rolled back and the batch is written again in one new transaction in careful
 * mode: each table's rows go in under a savepoint; a group that fails is rolled back to its
 * savepoint and split in halves until the refused rows stand alone. Each refused row goes to
 * {@link io.tributary.api.sink.RejectedRows}, the rest commits with the position. A batch with one
 * bad row in a million costs about forty extra round trips, not a million.
 *
 * <p>Upsert rows holding {@link io.tributary.api.event.Unchanged#VALUE} are grouped by their
 * present columns ({@link UpsertGroups}) and written by {@link #updatePresent}: only the present
 * columns of rows that exist change; a row missing at the target is reported as rejected (its
 * unchanged values are unknown) just before the commit.
 *
 * <p>Connection faults roll back and throw {@link RetriableException}; anything else rolls back
 * and throws {@link TributaryException} naming the sink, table and SQL state.
 */
public abstract class JdbcSinkWriter implements SinkWriter {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcSinkWriter.class);

  protected final Connection connection;
  protected final SqlDialect dialect;
  private final WriterSetup setup;
  private final PreparedStatement offsetUpsert;
  private final List<Missing> missing = new ArrayList<>();
  private String stage = "begin the batch";

  /** A partial row without a target row, reported before the commit that drops it. */
  private record Missing(TableSchema schema, Object[] row, String reason) {}

  /** One attempt at writing rows; returns the rows that matched no target row. */
  @FunctionalInterface
  private interface RowsWrite {
    List<Object[]> write(List<Object[]> rows) throws SQLException;
  }

  protected JdbcSinkWriter(WriterSetup setup) throws SQLException {
    this.setup = setup;
    this.connection = setup.connection();
    this.dialect = setup.dialect();
    connection.setAutoCommit(false);
    this.offsetUpsert = setup.offsets().prepareUpsert(connection);
  }

  /**
   * Called before the batch's transaction starts, e.g. to prepare per-connection staging tables;
   * may commit what it does.
   */
  protected void prepare(SinkBatch batch) throws SQLException {}

  /** Deletes the rows with the keys of {@code rows}. */
  protected abstract void delete(TableSchema schema, List<Object[]> rows) throws SQLException;

  /** Inserts {@code rows}, replacing rows with the same key. */
  protected abstract void upsert(TableSchema schema, List<Object[]> rows) throws SQLException;

  /**
   * Sets the columns at {@code present} (key columns included, schema order) of the target rows
   * with the keys of {@code rows}, leaving their other columns as they are; inserts nothing.
   *
   * @return the rows whose key matched no target row
   */
  protected abstract List<Object[]> updatePresent(TableSchema schema, int[] present, List<Object[]> rows)
      throws SQLException;

  /** Called after every commit and rollback. */
  protected void transactionEnded() {}

  @Override
  public final void write(SinkBatch batch) {
    try {
      try {
        writeAll(batch, false);
      } catch (SQLException e) {
        if (dialect.classify(e) != SqlFailure.DATA) {
          throw e;
        }
        rollback();
        LOG.info("sink '{}' lane {}: {} refused a row while writing {} ({}); writing the batch"
            + " again, isolating refused rows", setup.sinkName(), setup.lane(),
            dialect.productName(), stage, e.getMessage());
        writeAll(batch, true);
      }
    } catch (SQLException e) {
      rollbackQuietly();
      throw failure(e, batch);
    } catch (RuntimeException | Error e) {
      rollbackQuietly();
      throw e;
    }
  }

  private void writeAll(SinkBatch batch, boolean careful) throws SQLException {
    stage = "prepare staging tables";
    missing.clear();
    prepare(batch);
    for (TableChanges changes : batch.tables()) {
      TableSchema schema = changes.schema();
      requireKey(schema);
      stage = "deletes of table " + schema.id();
      apply(schema, changes.deletes(), true, careful);
      UpsertGroups upserts = UpsertGroups.of(schema, changes.upserts());
      stage = "upserts of table " + schema.id();
      apply(schema, upserts.complete(), false, careful);
      for (UpsertGroups.Partial group : upserts.partial()) {
        stage = "updates of the present columns of table " + schema.id();
        String reason = UpsertGroups.missingRowReason(schema, group.present());
        run(schema, group.rows(), false, careful, reason, rows -> updatePresent(schema, group.present(), rows));
      }
    }
    stage = "report rows missing at the target";
    reportMissing();
    stage = "the position of lane " + setup.lane();
    setup.offsets().bindUpsert(offsetUpsert, setup.lane(), batch.position().encode());
    offsetUpsert.executeUpdate();
    stage = "commit";
    connection.commit();
    transactionEnded();
  }

  private void apply(TableSchema schema, List<Object[]> rows, boolean delete, boolean careful)
      throws SQLException {
    RowsWrite write = delete ? r -> {
      delete(schema, r);
      return List.of();
    } : r -> {
      upsert(schema, r);
      return List.of();
    };
    run(schema, rows, delete, careful, null, write);
  }

  private void run(TableSchema schema, List<Object[]> rows, boolean delete, boolean careful,
      String missingReason, RowsWrite write) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (careful) {
      isolate(schema, rows, delete, missingReason, write);
    } else {
      remember(schema, write.write(rows), missingReason);
    }
  }

  private void remember(TableSchema schema, List<Object[]> rows, String reason) {
    for (Object[] row : rows) {
      missing.add(new Missing(schema, row, reason));
    }
  }

  private void reportMissing() {
    for (Missing m : missing) {
      setup.context().rejectedRows().reject(m.schema(), false, m.row(), m.reason());
    }
    missing.clear();
  }

  /** Writes the rows under a savepoint; on refusal splits them until refused rows stand alone. */
  private void isolate(TableSchema schema, List<Object[]> rows, boolean delete, String missingReason,
      RowsWrite write) throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    try {
      List<Object[]> absent = write.write(rows);
      connection.releaseSavepoint(savepoint);
      remember(schema, absent, missingReason);
    } catch (SQLException e) {
      if (dialect.classify(e) != SqlFailure.DATA) {
        throw e;
      }
      connection.rollback(savepoint);
      connection.releaseSavepoint(savepoint);
      if (rows.size() == 1) {
        String reason = "SQL state " + e.getSQLState() + ": " + e.getMessage();
        setup.context().rejectedRows().reject(schema, delete, rows.get(0), reason);
        return;
      }
      int half = rows.size() / 2;
      isolate(schema, rows.subList(0, half), delete, missingReason, write);
      isolate(schema, rows.subList(half, rows.size()), delete, missingReason, write);
    }
  }

  @Override
  public String committedPosition() {
    try {
      String position = setup.offsets().read(connection, setup.lane());
      connection.commit();
      return position;
    } catch (SQLException e) {
      rollbackQuietly();
      stage = "read the committed position";
      throw failure(e, null);
    }
  }

  @Override
  public void close() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection may be gone already; the server rolls back on disconnect
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // nothing left to release
    }
  }

  private void requireKey(TableSchema schema) {
    if (!schema.hasPrimaryKey()) {
      throw new TributaryException("sink '" + setup.sinkName() + "': table " + schema.id()
          + " has no primary key, so its rows cannot be upserted or deleted by key in "
          + dialect.productName() + "; give the source table a primary key or leave it out of"
          + " this sink's tables");
    }
  }

  private void rollback() throws SQLException {
    try {
      connection.rollback();
    } finally {
      transactionEnded();
    }
  }

  private void rollbackQuietly() {
    try {
      rollback();
    } catch (SQLException ignored) {
      // a lost connection rolls back on the server side
    }
  }

  private RuntimeException failure(SQLException e, SinkBatch batch) {
    String where = "sink '" + setup.sinkName() + "' lane " + setup.lane() + ": ";
    String at = batch == null ? "" : " (batch up to " + batch.position().encode() + ")";
    SqlFailure kind = dialect.classify(e);
    if (kind == SqlFailure.TRANSIENT) {
      return new RetriableException(where + "lost the connection to " + dialect.productName()
          + " while writing " + stage + at + ": " + e.getMessage()
          + "; the transaction was rolled back and will be retried", e);
    }
    return new TributaryException(where + dialect.productName() + " failed on " + stage + at
        + " (SQL state " + e.getSQLState() + "): " + e.getMessage() + hint(e), e);
  }

  /** Advice for a failure the user can fix, or an empty string. */
  protected String hint(SQLException e) {
    return "";
  }
}
