package io.tributary.connector.jdbc.mysql;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.jdbc.JdbcSinkWriter;
import io.tributary.connector.jdbc.WriterSetup;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one lane's batches into MySQL or MariaDB: per table the deletes as {@code DELETE ...
 * WHERE key IN (...)} statements, then the upserts as multi-row {@code INSERT ... ON DUPLICATE KEY
 * UPDATE} statements, each of at most {@code rows-per-statement} rows and at most half the
 * server's {@code max_allowed_packet} bytes (rows with columns left unchanged: one {@code UPDATE}
 * of their present columns each); then the lane's offsets row; then one commit.
 */
final class MySqlSinkWriter extends JdbcSinkWriter {
  /** Server-side prepared statements take at most this many parameters. */
  private static final int MAX_PARAMETERS = 65_535;
  private static final long MAX_STATEMENT_BYTES = 16L << 20;

  private final MySqlDialect mysql;
  private final int rowsPerStatement;
  private final long statementBytes;
  private final Map<StatementsKey, MySqlStatements> statements = new HashMap<>();

  MySqlSinkWriter(WriterSetup setup, MySqlDialect mysql, int rowsPerStatement) throws SQLException {
    super(setup);
    this.mysql = mysql;
    this.rowsPerStatement = rowsPerStatement;
    this.statementBytes = Math.min(MAX_STATEMENT_BYTES, maxAllowedPacket() / 2);
  }

  private long maxAllowedPacket() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@max_allowed_packet")) {
      rs.next();
      long packet = rs.getLong(1);
      connection.commit();
      return packet;
    }
  }

  @Override
  protected void delete(TableSchema schema, List<Object[]> rows) throws SQLException {
    MySqlStatements sql = statements(schema);
    int[] key = schema.primaryKeyIndexes();
    int from = 0;
    while (from < rows.size()) {
      int n = chunk(rows, from, key);
      execute(sql.delete(n), schema, rows, from, n, key);
      from += n;
    }
  }

  @Override
  protected void upsert(TableSchema schema, List<Object[]> rows) throws SQLException {
    MySqlStatements sql = statements(schema);
    int[] all = new int[schema.columns().size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    int from = 0;
    while (from < rows.size()) {
      int n = chunk(rows, from, all);
      execute(sql.upsert(n), schema, rows, from, n, all);
      from += n;
    }
  }

  /**
   * One {@code UPDATE ... WHERE key} per row, present columns only; a row whose update matched
   * nothing does not exist. Rows with columns left unchanged are rare (an UPDATE the batch could not
   * complete), so one round trip per row is accepted here.
   */
  @Override
  protected List<Object[]> updatePresent(TableSchema schema, int[] present, List<Object[]> rows)
      throws SQLException {
    MySqlStatements sql = statements(schema);
    int[] parameters = sql.updatePresentParameters(present);
    List<Object[]> missing = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql.updatePresent(present))) {
      for (Object[] row : rows) {
        for (int p = 0; p < parameters.length; p++) {
          MySqlParameters.bind(ps, p + 1, row[parameters[p]], schema, parameters[p]);
        }
        if (ps.executeUpdate() == 0) {
          missing.add(row);
        }
      }
    }
    return missing;
  }

  /** How many rows from {@code from} go into the next statement. */
  private int chunk(List<Object[]> rows, int from, int[] columns) {
    int most = Math.min(rowsPerStatement, Math.max(1, MAX_PARAMETERS / columns.length));
    long bytes = 0;
    int n = 0;
    while (from + n < rows.size() && n < most) {
      Object[] row = rows.get(from + n);
      long rowBytes = 2;
      for (int c : columns) {
        rowBytes += MySqlParameters.estimatedBytes(row[c]);
      }
      if (n > 0 && bytes + rowBytes > statementBytes) {
        break;
      }
      bytes += rowBytes;
      n++;
    }
    return n;
  }

  private void execute(String sql, TableSchema schema, List<Object[]> rows, int from, int n,
      int[] columns) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int index = 1;
      for (int r = from; r < from + n; r++) {
        Object[] row = rows.get(r);
        for (int c : columns) {
          MySqlParameters.bind(ps, index++, row[c], schema, c);
        }
      }
      ps.executeUpdate();
    }
  }

  private MySqlStatements statements(TableSchema schema) {
    return statements.computeIfAbsent(StatementsKey.of(schema),
        k -> new MySqlStatements(mysql, schema));
  }

  /** A table and its column and key names: one set of statements per such shape. */
  private record StatementsKey(TableId table, List<String> columns, List<String> key) {
    static StatementsKey of(TableSchema schema) {
      return new StatementsKey(schema.id(), schema.columns().stream().map(Column::name).toList(),
          schema.primaryKey());
    }
  }
}
