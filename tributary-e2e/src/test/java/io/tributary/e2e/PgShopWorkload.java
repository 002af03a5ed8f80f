package io.tributary.e2e;

import io.tributary.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link ShopWorkload} for a PostgreSQL source (schema {@code bank}): random committed transactions of
 * inserts (single and multi-row), updates, key-changing updates and deletes, on its own thread until
 * stopped. It survives the server restarting under it (a failed transaction is rolled back and retried).
 */
final class PgShopWorkload implements AutoCloseable {
  static final int SEEDED = 20_000;
  private final PostgresServer server;
  private final String db;
  private final Random random;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong transactions = new AtomicLong();
  private final Thread thread;
  private long nextLedger = 1_000_000;

  PgShopWorkload(PostgresServer server, String db, long seed) {
    this.server = server;
    this.db = db;
    this.random = new Random(seed);
    this.thread = new Thread(this::loop, "pg-shop-workload");
  }

  /** Creates schema {@code bank} with {@link #SEEDED} accounts and ledger rows (the part the snapshot copies). */
  static void seed(PostgresServer server, String db) {
    server.execute(db, "CREATE SCHEMA bank",
        "CREATE TABLE bank.accounts (id integer PRIMARY KEY, balance numeric(20,2) NOT NULL, note varchar(50),"
            + " updated timestamp(6) NOT NULL)",
        "CREATE TABLE bank.ledger (id bigint PRIMARY KEY, account integer NOT NULL, amount numeric(12,4), memo text)",
        "INSERT INTO bank.accounts SELECT i, i * 1.5, 'seed ' || i, '2024-01-01 00:00:00.000001' FROM generate_series(1, "
            + SEEDED + ") i",
        "INSERT INTO bank.ledger SELECT i, i % 1000, i / 7.0, repeat('m', i % 50) FROM generate_series(1, " + SEEDED + ") i");
  }

  PgShopWorkload start() {
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
    int id = 1 + random.nextInt(SEEDED);
    int account = id % 1000;
    return switch (random.nextInt(8)) {
      case 0 -> "INSERT INTO bank.accounts VALUES (" + id + ", " + random.nextInt(100_000)
          + ".25, 'new \ud83d\ude42', clock_timestamp()) ON CONFLICT DO NOTHING";
      case 1 -> "UPDATE bank.accounts SET balance = balance + 1, note = 'u' || id, updated = clock_timestamp() WHERE id BETWEEN "
          + id + " AND " + (id + random.nextInt(20));
      case 2 -> "DELETE FROM bank.accounts WHERE id = " + id;
      case 3 -> "UPDATE bank.accounts SET id = id + 100000 WHERE id = " + id
          + " AND NOT EXISTS (SELECT 1 FROM bank.accounts WHERE id = " + (id + 100_000) + ")";
      case 4 -> "INSERT INTO bank.ledger VALUES (" + nextLedger++ + ", " + account + ", " + random.nextInt(1000) + ".1234, NULL), ("
          + nextLedger++ + ", " + account + ", NULL, 'two')";
      case 5 -> "UPDATE bank.ledger SET amount = amount * 2, memo = coalesce(memo, '') || 'x' WHERE id IN "
          + "(SELECT id FROM bank.ledger WHERE account = " + account + " LIMIT 5)";
      case 6 -> "DELETE FROM bank.ledger WHERE id IN (SELECT id FROM bank.ledger WHERE account = " + account + " LIMIT 3)";
      default -> "UPDATE bank.accounts SET note = NULL WHERE id = " + id;
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
  public void close() {
    running.set(false);
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
