package io.tributary.e2e;

import io.tributary.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Random committed transactions against two tables, on its own thread, until stopped: inserts
 * (single and multi-row), updates, key-changing updates, deletes and multi-statement transactions.
 * It survives the source server restarting under it.
 */
final class ShopWorkload implements AutoCloseable {
  static final String[] DDL = {
    "CREATE TABLE accounts (id INT NOT NULL PRIMARY KEY, balance DECIMAL(20,2) NOT NULL, note VARCHAR(50), "
        + "updated DATETIME(6) NOT NULL) DEFAULT CHARSET=utf8mb4",
    "CREATE TABLE ledger (id BIGINT NOT NULL PRIMARY KEY, account INT NOT NULL, amount DECIMAL(12,4), memo TEXT) DEFAULT CHARSET=utf8mb4"
  };
  private final MariaDbServer server;
  private final String db;
  private final Random random;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong transactions = new AtomicLong();
  private final Thread thread;
  private long nextLedger = 1_000_000;

  ShopWorkload(MariaDbServer server, String db, long seed) {
    this.server = server;
    this.db = db;
    this.random = new Random(seed);
    this.thread = new Thread(this::loop, "shop-workload");
  }

  /** Creates the tables with {@code rows} accounts and ledger rows (the part the snapshot copies). */
  static void seed(MariaDbServer server, String db, int rows) {
    server.execute(db, DDL);
    server.execute(db, "INSERT INTO accounts SELECT seq, seq * 1.5, CONCAT('seed ', seq), '2024-01-01 00:00:00.000001' FROM seq_1_to_" + rows,
        "INSERT INTO ledger SELECT seq, seq % 1000, seq / 7, REPEAT('m', seq % 50) FROM seq_1_to_" + rows);
  }

  ShopWorkload start() {
    thread.start();
    return this;
  }

  long transactions() {
    return transactions.get();
  }

  private void loop() {
    while (running.get()) {
      try (Connection c = server.connect(db); Statement s = c.createStatement()) {
        c.setAutoCommit(false);
        while (running.get()) {
          int statements = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 5);
          for (int i = 0; i < statements; i++) {
            s.execute(nextStatement());
          }
          c.commit();
          transactions.incrementAndGet();
        }
      } catch (SQLException | RuntimeException e) {
        pause();
      }
    }
  }

  private String nextStatement() {
    int id = 1 + random.nextInt(30_000);
    return switch (random.nextInt(8)) {
      case 0 -> "INSERT IGNORE INTO accounts VALUES (" + id + ", " + random.nextInt(100_000) + ".25, 'new 🙂', NOW(6))";
      case 1 -> "UPDATE accounts SET balance = balance + 1, note = CONCAT('u', " + id + "), updated = NOW(6) WHERE id BETWEEN "
          + id + " AND " + (id + random.nextInt(20)) + "";
      case 2 -> "DELETE FROM accounts WHERE id = " + id;
      case 3 -> "UPDATE IGNORE accounts SET id = id + 100000 WHERE id = " + id;
      case 4 -> "INSERT INTO ledger VALUES (" + (nextLedger++) + ", " + id + ", " + random.nextInt(1000) + ".1234, NULL), ("
          + (nextLedger++) + ", " + id + ", NULL, 'two')";
      case 5 -> "UPDATE ledger SET amount = amount * 2, memo = CONCAT(IFNULL(memo, ''), 'x') WHERE account = " + (id % 1000) + " LIMIT 5";
      case 6 -> "DELETE FROM ledger WHERE account = " + (id % 1000) + " LIMIT 3";
      default -> "UPDATE accounts SET note = NULL WHERE id = " + id;
    };
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.join(30_000);
  }
}
