package io.tributary.bench;

import io.tributary.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Generates the benchmark's data in PostgreSQL (database and schema {@code bench}) with server-side
 * statements over {@code generate_series}, the same shapes as {@link MariaDbWorkload}.
 */
final class PostgresWorkload {
  static final String DB = "bench";
  private final PostgresServer server;

  PostgresWorkload(PostgresServer server) {
    this.server = server;
    server.execute(null, "CREATE DATABASE " + DB);
    server.execute(DB, "CREATE SCHEMA " + DB);
  }

  /** A sysbench-style table of {@code rows} rows: id bigint PK, k integer, c char(120), pad char(60). */
  void sysbenchTable(String table, long rows) throws SQLException {
    server.execute(DB, "CREATE TABLE bench." + table + " (id bigint NOT NULL PRIMARY KEY, k integer NOT NULL, "
        + "c char(120) NOT NULL, pad char(60) NOT NULL)");
    try (Connection c = server.connect(DB); Statement s = c.createStatement()) {
      for (long from = 1; from <= rows; from += 100_000) {
        long to = Math.min(rows, from + 99_999);
        s.execute("INSERT INTO bench." + table + " SELECT i, i % 100000, rpad(i || '-' || md5(i::text), 119, '-'), "
            + "rpad(md5((i + 1)::text), 59, '#') FROM generate_series(" + from + ", " + to + ") i");
      }
      s.execute("VACUUM ANALYZE bench." + table);
    }
  }

  /** Creates the narrow table {@code bench.changes} (id bigint PK, k integer, v varchar(64), ts bigint). */
  void createChangesTable() {
    server.execute(DB, "CREATE TABLE bench.changes (id bigint NOT NULL PRIMARY KEY, k integer NOT NULL, "
        + "v varchar(64) NOT NULL, ts bigint NOT NULL)");
  }

  /**
   * A logical slot (pgoutput) and a publication of {@code bench.changes}, both named {@code name}, made
   * before the changes so the slot retains them.
   */
  void createSlot(String name) {
    server.execute(DB, "CREATE PUBLICATION " + name + " FOR TABLE bench.changes",
        "SELECT pg_create_logical_replication_slot('" + name + "', 'pgoutput')");
  }

  /**
   * Writes {@code changes} row changes to {@code bench.changes}: 40% inserts, 40% updates, 20% deletes,
   * in transactions of 1,000 rows. Returns the number of row changes written.
   */
  long changes(long changes) throws SQLException {
    long inserts = changes * 4 / 10;
    long updates = changes * 4 / 10;
    long deletes = changes - inserts - updates;
    long written = 0;
    try (Connection c = server.connect(DB); Statement s = c.createStatement()) {
      for (long from = 1; from <= inserts; from += 1000) {
        long to = Math.min(inserts, from + 999);
        written += s.executeUpdate("INSERT INTO bench.changes SELECT i, i % 1000, 'value-' || i, 0 FROM generate_series("
            + from + ", " + to + ") i");
      }
      for (long from = 1; from <= updates; from += 1000) {
        long to = Math.min(updates, from + 999);
        written += s.executeUpdate("UPDATE bench.changes SET k = k + 1, v = 'updated-' || id WHERE id BETWEEN " + from + " AND " + to);
      }
      for (long from = 1; from <= deletes; from += 1000) {
        long to = Math.min(deletes, from + 999);
        written += s.executeUpdate("DELETE FROM bench.changes WHERE id BETWEEN " + from + " AND " + to);
      }
    }
    return written;
  }
}
