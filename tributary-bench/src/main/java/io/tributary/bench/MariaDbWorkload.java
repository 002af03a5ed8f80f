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
   * Starts a fresh binlog (RESET MASTER) holding the CREATE TABLE of the narrow table {@code changes}
   * (id BIGINT PK, k INT, v VARCHAR(64), ts BIGINT), fills it with the mix's first rows without
   * logging them, then writes the mix's transactions ({@link ChangeMix}), each one statement in
   * autocommit, sent in pipelined batches. Returns the number of row changes written.
   */
  long changes(ChangeMix mix) throws SQLException {
    server.execute(null, "CREATE DATABASE IF NOT EXISTS " + DB, "RESET MASTER");
    server.execute(DB, "CREATE TABLE changes (id BIGINT NOT NULL PRIMARY KEY, k INT NOT NULL, "
        + "v VARCHAR(64) NOT NULL, ts BIGINT NOT NULL)");
    long written = 0;
    try (Connection c = server.connect(DB); Statement s = c.createStatement()) {
      s.execute("SET SESSION sql_log_bin = 0"); // readers start from the binlog's beginning: keep the fill out
      for (long from = 1; from <= mix.prefilled(); from += 100_000) {
        long to = Math.min(mix.prefilled(), from + 99_999);
        s.execute("INSERT INTO changes SELECT seq, seq % 1000, CONCAT('value-', seq), 0 FROM seq_" + from + "_to_" + to);
      }
      s.execute("SET SESSION sql_log_bin = 1");
      int batched = 0;
      for (ChangeMix.Transaction t : mix.transactions()) {
        s.addBatch(statement(t));
        if (++batched == 500) {
          written += sum(s.executeBatch());
          batched = 0;
        }
      }
      written += sum(s.executeBatch());
    }
    return written;
  }

  private static String statement(ChangeMix.Transaction t) {
    return switch (t.kind()) {
      case INSERT -> "INSERT INTO changes SELECT seq, seq % 1000, CONCAT('value-', seq), 0 FROM seq_" + t.fromId() + "_to_" + t.toId();
      case UPDATE -> "UPDATE changes SET k = k + 1, v = CONCAT('updated-', id) WHERE id BETWEEN " + t.fromId() + " AND " + t.toId();
      case DELETE -> "DELETE FROM changes WHERE id BETWEEN " + t.fromId() + " AND " + t.toId();
    };
  }

  static long sum(int[] counts) {
    long total = 0;
    for (int n : counts) {
      total += n;
    }
    return total;
  }
}
