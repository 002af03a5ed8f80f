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
 * truncation replayed after a restart does not empty a table again.
 */
final class DuckDbOffsets {
  static final TableId TABLE = new TableId("tributary", "offsets");

  private static final String CREATE_TABLE =
      "CREATE TABLE IF NOT EXISTS " + DuckDbSql.table(TABLE)
          + " (\"pipeline\" VARCHAR NOT NULL, \"sink\" VARCHAR NOT NULL, \"lane\" INTEGER NOT NULL,"
          + " \"position\" VARCHAR NOT NULL, \"updated_at\" TIMESTAMPTZ NOT NULL,"
          + " PRIMARY KEY (\"pipeline\", \"sink\", \"lane\"))";
  private static final String SELECT_ALL =
      "SELECT \"lane\", \"position\" FROM " + DuckDbSql.table(TABLE) + " WHERE \"pipeline\" = ? AND \"sink\" = ?";
  private static final String SELECT_LANE = SELECT_ALL + " AND \"lane\" = ?";
  private static final String UPSERT =
      "INSERT INTO " + DuckDbSql.table(TABLE) + " (\"pipeline\", \"sink\", \"lane\", \"position\", \"updated_at\")"
          + " VALUES (?, ?, ?, ?, current_timestamp) ON CONFLICT (\"pipeline\", \"sink\", \"lane\")"
          + " DO UPDATE SET \"position\" = EXCLUDED.\"position\", \"updated_at\" = EXCLUDED.\"updated_at\"";

  static final TableId TRUNCATIONS = new TableId("tributary", "truncations");
  private static final String CREATE_TRUNCATIONS =
      "CREATE TABLE IF NOT EXISTS " + DuckDbSql.table(TRUNCATIONS)
          + " (\"pipeline\" VARCHAR NOT NULL, \"sink\" VARCHAR NOT NULL, \"target_schema\" VARCHAR NOT NULL,"
          + " \"target_table\" VARCHAR NOT NULL, \"position\" VARCHAR NOT NULL, \"applied_at\" TIMESTAMPTZ NOT NULL,"
          + " PRIMARY KEY (\"pipeline\", \"sink\", \"target_schema\", \"target_table\", \"position\"))";
  private static final String SELECT_TRUNCATION =
      "SELECT 1 FROM " + DuckDbSql.table(TRUNCATIONS)
          + " WHERE \"pipeline\" = ? AND \"sink\" = ? AND \"target_schema\" = ? AND \"target_table\" = ? AND \"position\" = ?";
  private static final String INSERT_TRUNCATION =
      "INSERT INTO " + DuckDbSql.table(TRUNCATIONS) + " VALUES (?, ?, ?, ?, ?, current_timestamp) ON CONFLICT DO NOTHING";

  private final String pipeline;
  private final String sink;

  DuckDbOffsets(String pipeline, String sink) {
    this.pipeline = pipeline;
    this.sink = sink;
  }

  /** Creates the schema and tables when missing. */
  static void create(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(DuckDbSql.createSchema(TABLE.namespace()));
      s.execute(CREATE_TABLE);
      s.execute(CREATE_TRUNCATIONS);
    }
  }

  /** Whether the truncation of {@code table} at the source position was applied already. */
  boolean truncationApplied(Connection connection, TableId table, String position) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(SELECT_TRUNCATION)) {
      bindTruncation(s, table, position);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /** Records the truncation in the connection's open transaction. */
  void recordTruncation(Connection connection, TableId table, String position) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(INSERT_TRUNCATION)) {
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
    try (PreparedStatement s = connection.prepareStatement(SELECT_ALL)) {
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
    try (PreparedStatement s = connection.prepareStatement(SELECT_LANE)) {
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
    try (PreparedStatement s = connection.prepareStatement(UPSERT)) {
      s.setString(1, pipeline);
      s.setString(2, sink);
      s.setInt(3, lane);
      s.setString(4, position);
      s.executeUpdate();
    }
  }
}
