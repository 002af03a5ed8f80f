package io.tributary.connector.jdbc;

import io.tributary.api.schema.TableId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The rows of one (pipeline, sink) in the target's offsets table, and its record of applied
 * truncations. Positions are written by the writers in the same transaction as their data.
 */
public final class OffsetStore {
  private final SqlDialect dialect;
  private final String pipeline;
  private final String sink;

  public OffsetStore(SqlDialect dialect, String pipeline, String sink) {
    this.dialect = dialect;
    this.pipeline = pipeline;
    this.sink = sink;
  }

  /** Creates the offsets table and the truncation record when missing. */
  void create(Connection connection) throws SQLException {
    if (!dialect.namespaceExists(connection, SqlDialect.STORE_NAMESPACE)) {
      DdlStatement.execute(connection, dialect,
          dialect.createNamespaceSql(SqlDialect.STORE_NAMESPACE));
    }
    if (dialect.readColumns(connection, SqlDialect.offsetsTableId()).isEmpty()) {
      DdlStatement.execute(connection, dialect, dialect.offsetsTableSql());
    }
    if (dialect.readColumns(connection, SqlDialect.truncationsTableId()).isEmpty()) {
      DdlStatement.execute(connection, dialect, dialect.truncationsTableSql());
    }
  }

  /** Every lane's committed position of this (pipeline, sink). */
  Map<Integer, String> readAll(Connection connection) throws SQLException {
    Map<Integer, String> out = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(dialect.offsetsSelectSql())) {
      ps.setString(1, pipeline);
      ps.setString(2, sink);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getInt(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /** The committed position of one lane, or null. */
  String read(Connection connection, int lane) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(dialect.offsetSelectSql())) {
      ps.setString(1, pipeline);
      ps.setString(2, sink);
      ps.setInt(3, lane);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(2) : null;
      }
    }
  }

  /** A statement that upserts a lane's position; bind it with {@link #bindUpsert}. */
  PreparedStatement prepareUpsert(Connection connection) throws SQLException {
    return connection.prepareStatement(dialect.offsetUpsertSql());
  }

  void bindUpsert(PreparedStatement upsert, int lane, String position) throws SQLException {
    upsert.setString(1, pipeline);
    upsert.setString(2, sink);
    upsert.setInt(3, lane);
    upsert.setString(4, position);
  }

  /** Whether the truncation of {@code table} at {@code position} was applied already. */
  boolean truncationApplied(Connection connection, TableId table, String position)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(dialect.truncationSelectSql())) {
      ps.setString(1, truncationKey(table, position));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Records that the truncation of {@code table} at {@code position} was applied. */
  void recordTruncation(Connection connection, TableId table, String position)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(dialect.truncationInsertSql())) {
      ps.setString(1, truncationKey(table, position));
      ps.setString(2, pipeline);
      ps.setString(3, sink);
      ps.setString(4, table.toString());
      ps.setString(5, position);
      ps.executeUpdate();
    }
  }

  /** A fixed-length key (SHA-256 hex) of pipeline, sink, table and position. */
  String truncationKey(TableId table, String position) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {pipeline, sink, table.namespace(), table.name(), position}) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
