package io.tributary.connector.duckdb;

import io.tributary.api.schema.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The offsets table {@code "tributary"."offsets"}: one row per pipeline, sink and lane holding the
 * encoded source position the lane last committed, written in the same transaction as its data.
 * Next to it, {@code "tributary"."truncations"} records each source truncation applied, so a
 * truncation replayed after a restart does not empty a table again. Both are named with the
 * database's catalog ({@code "shop"."tributary"."offsets"} in {@code shop.duckdb}), so a file named
 * {@code tributary.duckdb} works too.
 */
final class DuckDbOffsets {
  static final TableId TABLE = new TableId("tributary", "offsets");
  static final TableId TRUNCATIONS = new TableId("tributary", "truncations");

  private final DuckDbSql sql;
  private final String pipeline;
  private final String sink;
  private final String selectAll;
  private final String selectLane;
  private final String upsert;
  private final String selectTruncation;
  private final String insertTruncation;

  /** @param sql names the tables in the database's catalog */
  DuckDbOffsets(DuckDbSql sql, String pipeline, String sink) {
    this.sql = sql;
    this.pipeline = pipeline;
    this.sink = sink;
    String offsets = sql.table(TABLE);
    this.selectAll = "SELECT \"lane\", \"position\" FROM " + offsets + " WHERE \"pipeline\" = ? AND \"sink\" = ?";
    this.selectLane = selectAll + " AND \"lane\" = ?";
    this.upsert = "INSERT INTO " + offsets + " (\"pipeline\", \"sink\", \"lane\", \"position\", \"updated_at\")"
        + " VALUES (?, ?, ?, ?, current_timestamp) ON CONFLICT (\"pipeline\", \"sink\", \"lane\")"
        + " DO UPDATE SET \"position\" = EXCLUDED.\"position\", \"updated_at\" = EXCLUDED.\"updated_at\"";
    String truncations = sql.table(TRUNCATIONS);
    this.selectTruncation = "SELECT 1 FROM " + truncations
        + " WHERE \"pipeline\" = ? AND \"sink\" = ? AND \"target_schema\" = ? AND \"target_table\" = ? AND \"position\" = ?";
    this.insertTruncation = "INSERT INTO " + truncations + " VALUES (?, ?, ?, ?, ?, current_timestamp) ON CONFLICT DO NOTHING";
  }

  /** Creates the schema and tables when missing. */
  void create(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql.createSchema(TABLE.namespace()));
      s.execute("CREATE TABLE IF NOT EXISTS " + sql.table(TABLE)
          + " (\"pipeline\" VARCHAR NOT NULL, \"sink\" VARCHAR NOT NULL, \"lane\" INTEGER NOT NULL,"
          + " \"position\" VARCHAR NOT NULL, \"updated_at\" TIMESTAMPTZ NOT NULL,"
          + " PRIMARY KEY (\"pipeline\", \"sink\", \"lane\"))");
      s.execute("CREATE TABLE IF NOT EXISTS " + sql.table(TRUNCATIONS)
          + " (\"pipeline\" VARCHAR NOT NULL, \"sink\" VARCHAR NOT NULL, \"target_schema\" VARCHAR NOT NULL,"
          + " \"target_table\" VARCHAR NOT NULL, \"position\" VARCHAR NOT NULL, \"applied_at\" TIMESTAMPTZ NOT NULL,"
          + " PRIMARY KEY (\"pipeline\", \"sink\", \"target_schema\", \"target_table\", \"position\"))");
    }
  }

  /** Whether the truncation of {@code table} at the source position was applied already. */
  boolean truncationApplied(Connection connection, TableId table, String position) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(selectTruncation)) {
      bindTruncation(s, table, position);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /** Records the truncation in the connection's open transaction. */
  void recordTruncation(Connection connection, TableId table, String position) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(insertTruncation)) {
      bindTruncation(s, table, position);
      s.executeUpdate();
    }
  }

  private void bindTruncation(PreparedStatement s, TableId table, String position) throws SQLException {
    s.setString(1, pipeline);
    s.setString(2, sink);
    s.setString(3, table.namespace());
    s.setString(4, table.name());
    s.setString(5, position);
  }

  /** Every lane's committed position, by lane. */
  Map<Integer, String> readAll(Connection connection) throws SQLException {
    Map<Integer, String> out = new TreeMap<>();
    try (PreparedStatement s = connection.prepareStatement(selectAll)) {
      s.setString(1, pipeline);
      s.setString(2, sink);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.put(r.getInt(1), r.getString(2));
        }
      }
    }
    return out;
  }

  /** One lane's committed position, or null. */
  String read(Connection connection, int lane) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(selectLane)) {
      s.setString(1, pipeline);
      s.setString(2, sink);
      s.setInt(3, lane);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(2) : null;
      }
    }
  }

  /** Records the lane's position in the connection's open transaction. */
  void save(Connection connection, int lane, String position) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(upsert)) {
      s.setString(1, pipeline);
      s.setString(2, sink);
      s.setInt(3, lane);
      s.setString(4, position);
      s.executeUpdate();
    }
  }
}
