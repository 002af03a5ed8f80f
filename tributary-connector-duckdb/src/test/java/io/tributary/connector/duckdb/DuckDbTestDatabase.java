package io.tributary.connector.duckdb;

import io.tributary.api.option.Config;
import io.tributary.api.sink.RejectedRows;
import io.tributary.api.sink.SinkContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Opens sinks on a test file and reads the file back through the same database instance. */
final class DuckDbTestDatabase {
  private DuckDbTestDatabase() {}

  static DuckDbSink openSink(Path file, String pipeline, int lanes, RejectedRows rejections) {
    return openSink(Config.of("path", file.toString(), "threads", "2"), pipeline, lanes, rejections);
  }

  static DuckDbSink openSink(Config config, String pipeline, int lanes, RejectedRows rejections) {
    DuckDbSink sink = (DuckDbSink) new DuckDbSinkFactory().create("lake", config);
    sink.open(new SinkContext(pipeline, "lake", lanes, rejections));
    return sink;
  }

  /** Each row of the result as text (SQL NULL as null). */
  static List<List<String>> query(Path file, String sql) {
    DuckDbDatabase db = DuckDbDatabase.acquire(file.toString());
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute("SET TimeZone = 'UTC'");
      return rows(s.executeQuery(sql));
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    } finally {
      db.release();
    }
  }

  /** Runs statements on the file's database instance (ATTACH, DDL). */
  static void execute(Path file, String... sql) {
    DuckDbDatabase db = DuckDbDatabase.acquire(file.toString());
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(String.join("; ", sql) + ": " + e.getMessage(), e);
    } finally {
      db.release();
    }
  }

  private static List<List<String>> rows(ResultSet r) throws SQLException {
    try (r) {
      List<List<String>> rows = new ArrayList<>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  static long count(Path file, String table) {
    return Long.parseLong(query(file, "SELECT count(*) FROM " + table).get(0).get(0));
  }
}
