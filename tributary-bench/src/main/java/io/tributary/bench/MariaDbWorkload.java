package io.tributary.bench;

import io.tributary.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Generates the benchmark's data in MariaDB with server-side statements (the SEQUENCE engine's
 * {@code seq_1_to_N} tables), so generation costs little client time.
 */
final class MariaDbWorkload {
  static final String DB = "bench";
  private final MariaDbServer server;

  MariaDbWorkload(MariaDbServer server) {
    this.server = server;
  }

  /** A sysbench-style table of {@code rows} rows: id BIGINT PK, k INT, c CHAR(120), pad CHAR(60). */
  void sysbenchTable(String table, long rows) throws SQLException {
    server.execute(null, "CREATE DATABASE IF NOT EXISTS " + DB);
    server.execute(DB, "CREATE TABLE " + table + " (id BIGINT NOT NULL PRIMARY KEY, k INT NOT NULL, "
        + "c CHAR(120) NOT NULL, pad CHAR(60) NOT NULL) ENGINE=InnoDB");
    try (Connection c = server.connect(DB); Statement s = c.createStatement()) {
      for (long from = 1; from <= rows; from += 100_000) {
        long to = Math.min(rows, from + 99_999);
        s.execute("INSERT INTO " + table + " SELECT seq, seq % 100000, "
            + "RPAD(CONCAT(seq, '-', MD5(seq)), 119, '-'), RPAD(MD5(seq + 1), 59, '#') FROM seq_" + from + "_to_" + to);
      }
    }
  }

  /**
   * Writes {@code changes} row changes to a narrow table {@code changes} (id BIGINT PK, k INT, v
   * VARCHAR(64), ts BIGINT epoch micros): 40% inserts, 40% updates, 20% deletes, in transactions
   * of 1,000 rows. Returns the number of row events written.
   */
  long changes(long changes) throws SQLException {
    server.execute(null, "CREATE DATABASE IF NOT EXISTS " + DB);
    server.execute(DB, "CREATE TABLE IF NOT EXISTS changes (id BIGINT NOT NULL PRIMARY KEY, k INT NOT NULL, "
        + "v VARCHAR(64) NOT NULL, ts BIGINT NOT NULL)");
    long inserts = changes * 4 / 10;
    long updates = changes * 4 / 10;
    long deletes = changes - inserts - updates;
    long written = 0;
    try (Connection c = server.connect(DB); Statement s = c.createStatement()) {
      for (long from = 1; from <= inserts; from += 1000) {
        long to = Math.min(inserts, from + 999);
        written += s.executeUpdate("INSERT INTO changes SELECT seq, seq % 1000, CONCAT('value-', seq), 0 FROM seq_" + from + "_to_" + to);
      }
      for (long from = 1; from <= updates; from += 1000) {
        long to = Math.min(updates, from + 999);
        written += s.executeUpdate("UPDATE changes SET k = k + 1, v = CONCAT('updated-', id) WHERE id BETWEEN " + from + " AND " + to);
      }
      for (long from = 1; from <= deletes; from += 1000) {
        long to = Math.min(deletes, from + 999);
        written += s.executeUpdate("DELETE FROM changes WHERE id BETWEEN " + from + " AND " + to);
      }
    }
    return written;
  }
}
