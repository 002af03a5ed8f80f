package io.tributary.connector.jdbc.postgres;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.TableChanges;
import io.tributary.connector.jdbc.JdbcSinkWriter;
import io.tributary.connector.jdbc.WriterSetup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes one lane's batches into PostgreSQL. Per table and batch: the delete keys are streamed
 * with COPY into a temporary staging table and removed with one {@code DELETE ... USING}; the
 * upserts are streamed with COPY into a second staging table and merged with one {@code INSERT
 * ... SELECT ... ON CONFLICT (key) DO UPDATE} ({@code DO NOTHING} when every column is in the key).
 * Rows with columns left unchanged go, per group of present columns, through a third staging
 * table and an {@code UPDATE ... FROM} of those columns only (see {@link PostgresPartialStaging}).
 * Then the lane's offsets row is upserted and everything commits at once.
 */
final class PostgresSinkWriter extends JdbcSinkWriter {
  /** COPY data is sent in pieces of about this many bytes. */
  private static final int SEND_BYTES = 1 << 20;
  /**
   * Session memory for temporary tables (PostgreSQL's default is 8MB), so large batches stage in
   * memory; taken only as staging tables grow, and settable only before their first use.
   */
  private static final String TEMP_BUFFERS = "128MB";

  private final PostgresDialect postgres;
  private final CopyManager copyManager;
  private final Map<StagingKey, PostgresStaging> stagings = new HashMap<>();
  private final CopyTextBuffer buffer = new CopyTextBuffer(SEND_BYTES + (64 << 10));

  PostgresSinkWriter(WriterSetup setup, PostgresDialect postgres) throws SQLException {
    super(setup);
    this.postgres = postgres;
    this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    execute("SET temp_buffers = '" + TEMP_BUFFERS + "'");
    // Every join this session runs is staged rows against the target's key index. Staging tables
    // have no statistics, so the planner guesses and may hash-join with a scan of the whole target
    // table per batch (measured: deletes 20x slower on a 250k-row table); probing the key index for
    // each staged row is always the right plan.
    execute("SET enable_hashjoin = off");
    execute("SET enable_mergejoin = off");
    connection.commit();
  }

  /** Creates missing staging tables, each pair in a transaction of its own, before the batch's. */
  @Override
  protected void prepare(SinkBatch batch) throws SQLException {
    for (TableChanges t : batch.tables()) {
      StagingKey key = StagingKey.of(t.schema());
      if (!stagings.containsKey(key)) {
        PostgresStaging staging = new PostgresStaging(postgres, t.schema(), stagings.size() + 1);
        execute(staging.createUpsertTableSql);
        execute(staging.createDeleteTableSql);
        execute(staging.partial.createTableSql);
        connection.commit();
        stagings.put(key, staging);
      }
    }
  }

  @Override
  protected void delete(TableSchema schema, List<Object[]> rows) throws SQLException {
    PostgresStaging staging = stagings.get(StagingKey.of(schema));
    if (staging.deletesLoaded) {
      execute(staging.clearDeletesSql);
    }
    staging.deletesLoaded = true;
    copy(staging.copyDeletesSql, rows, (out, ordinal, row) -> staging.deleteEncoder.row(out, row));
    execute(staging.deleteSql);
  }

  @Override
  protected void upsert(TableSchema schema, List<Object[]> rows) throws SQLException {
    PostgresStaging staging = stagings.get(StagingKey.of(schema));
    if (staging.upsertsLoaded) {
      execute(staging.clearUpsertsSql);
    }
    staging.upsertsLoaded = true;
    copy(staging.copyUpsertsSql, rows, (out, ordinal, row) -> staging.upsertEncoder.row(out, row));
    execute(staging.mergeSql);
  }

  /** Stages the present columns with each row's ordinal, finds rows without a target row, updates the rest. */
  @Override
  protected List<Object[]> updatePresent(TableSchema schema, int[] present, List<Object[]> rows)
      throws SQLException {
    PostgresPartialStaging partial = stagings.get(StagingKey.of(schema)).partial;
    if (partial.loaded) {
      execute(partial.clearSql);
    }
    partial.loaded = true;
    CopyRowEncoder encoder = new CopyRowEncoder(schema, present);
    copy(partial.copySql(present), rows, (out, ordinal, row) -> {
      out.number(ordinal);
      out.fieldSeparator();
      encoder.row(out, row);
    });
    List<Object[]> missing = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(partial.missingSql())) {
      while (rs.next()) {
        missing.add(rows.get(rs.getInt(1)));
      }
    }
    String update = partial.updateSql(present);
    if (update != null && missing.size() < rows.size()) {
      execute(update);
    }
    return missing;
  }

  @Override
  protected void transactionEnded() {
    for (PostgresStaging s : stagings.values()) {
      s.upsertsLoaded = false;
      s.deletesLoaded = false;
      s.partial.loaded = false;
    }
  }

  @Override
  protected String hint(SQLException e) {
    if ("42P10".equals(e.getSQLState())) {
      return "; the target table needs a primary key or unique index on exactly the source's key"
          + " columns — add one, or let the sink create the table";
    }
    if ("42P01".equals(e.getSQLState())) {
      return "; the target table is missing — it may have been dropped while the pipeline ran";
    }
    return "";
  }

  /** Writes one row, the {@code ordinal}-th of its list, as a line of COPY text. */
  @FunctionalInterface
  private interface CopyLine {
    void write(CopyTextBuffer out, int ordinal, Object[] row);
  }

  private void copy(String sql, List<Object[]> rows, CopyLine line) throws SQLException {
    CopyIn in = copyManager.copyIn(sql);
    try {
      buffer.clear();
      for (int i = 0; i < rows.size(); i++) {
        line.write(buffer, i, rows.get(i));
        if (buffer.size() >= SEND_BYTES) {
          in.writeToCopy(buffer.array(), 0, buffer.size());
          buffer.clear();
        }
      }
      if (buffer.size() > 0) {
        in.writeToCopy(buffer.array(), 0, buffer.size());
        buffer.clear();
      }
      in.endCopy();
    } catch (SQLException | RuntimeException e) {
      cancel(in);
      throw e;
    }
  }

  private static void cancel(CopyIn in) {
    try {
      if (in.isActive()) {
        in.cancelCopy();
      }
    } catch (SQLException ignored) {
      // the server already ended the COPY with the error being thrown
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  /** A table and its column and key names: one staging pair per such shape. */
  private record StagingKey(TableId table, List<String> columns, List<String> key) {
    static StagingKey of(TableSchema schema) {
      return new StagingKey(schema.id(), schema.columns().stream().map(Column::name).toList(),
          schema.primaryKey());
    }
  }
}
