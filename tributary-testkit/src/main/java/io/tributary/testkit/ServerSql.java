package io.tributary.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The SQL helpers of a {@link ThrowawayServer}: each call opens, uses and closes one connection. */
final class ServerSql {

  private final ThrowawayServer server;

  ServerSql(ThrowawayServer server) {
    this.server = server;
  }

  void execute(String database, String... statements) {
    try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        run(statement, sql, database);
      }
    } catch (SQLException e) {
      throw failure(database, Arrays.toString(statements), e);
    }
  }

  List<List<Object>> query(String database, String sql, Object... parameters) {
    try (Connection connection = server.connect(database);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet resultSet = statement.executeQuery()) {
        return rows(resultSet);
      }
    } catch (SQLException e) {
      throw failure(database, sql, e);
    }
  }

  Object queryValue(String database, String sql, Object... parameters) {
    List<List<Object>> rows = query(database, sql, parameters);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  long count(String database, String quotedTable) {
    Object value = queryValue(database, "SELECT COUNT(*) FROM " + quotedTable);
    return ((Number) value).longValue();
  }

  private void run(Statement statement, String sql, String database) {
    try {
      statement.execute(sql);
    } catch (SQLException e) {
      throw failure(database, sql, e);
    }
  }

  private static List<List<Object>> rows(ResultSet resultSet) throws SQLException {
    int columns = resultSet.getMetaData().getColumnCount();
    List<List<Object>> rows = new ArrayList<>();
    while (resultSet.next()) {
      List<Object> row = new ArrayList<>(columns);
      for (int i = 1; i <= columns; i++) {
        row.add(resultSet.getObject(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private ThrowawayServerException failure(String database, String sql, SQLException e) {
    return new ThrowawayServerException("SQL failed on " + server + " in database '" + database + "': " + sql
        + " -> " + e.getMessage(), e);
  }
}
