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

  /**
   * Creates the narrow table {@code bench.changes} (id bigint PK, k integer, v varchar(64), ts bigint)
   * holding the mix's first rows; made before the slots, so the fill is not part of the stream.
   */
  void createChangesTable(ChangeMix mix) {
    server.execute(DB, "CREATE TABLE bench.changes (id bigint NOT NULL PRIMARY KEY, k integer NOT NULL, "
        + "v varchar(64) NOT NULL, ts bigint NOT NULL)",
        "INSERT INTO bench.changes SELECT i, i % 1000, 'value-' || i, 0 FROM generate_series(1, " + mix.prefilled() + ") i",
        "VACUUM ANALYZE bench.changes");
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
   * Writes the mix's transactions ({@link ChangeMix}) to {@code bench.changes}, each one statement
   * in autocommit, sent in batches. Returns the number of row changes written.
   */
  long changes(ChangeMix mix) throws SQLException {
    try (Connection c = server.connect(DB)) {
      return apply(c, mix);
    }
  }

  /** Runs the mix's statements on {@code bench.changes} over {@code c}; returns the rows changed. */
  static long apply(Connection c, ChangeMix mix) throws SQLException {
    long written = 0;
    try (Statement s = c.createStatement()) {
      int batched = 0;
      for (ChangeMix.Transaction t : mix.transactions()) {
        s.addBatch(statement(t));
        if (++batched == 500) {
          written += MariaDbWorkload.sum(s.executeBatch());
          batched = 0;
        }
      }
      written += MariaDbWorkload.sum(s.executeBatch());
    }
    return written;
  }

  private static String statement(ChangeMix.Transaction t) {
    return switch (t.kind()) {
      case INSERT -> "INSERT INTO bench.changes SELECT i, i % 1000, 'value-' || i, 0 FROM generate_series("
          + t.fromId() + ", " + t.toId() + ") i";
      case UPDATE -> "UPDATE bench.changes SET k = k + 1, v = 'updated-' || id WHERE id BETWEEN " + t.fromId() + " AND " + t.toId();
      case DELETE -> "DELETE FROM bench.changes WHERE id BETWEEN " + t.fromId() + " AND " + t.toId();
    };
  }
}
