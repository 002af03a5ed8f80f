package io.tributary.cli.demo;

import io.tributary.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo's shop: customers and orders in a MariaDB database, and a live workload on its own
 * thread — new orders, status changes, and cancellations (deletes).
 */
public final class DemoShop implements AutoCloseable {
  public static final String DB = "shop";
  public static final int CUSTOMERS = 20_000;
  public static final int ORDERS = 200_000;
  private static final String[] STATUSES = {"new", "paid", "shipped", "delivered"};
  private final MariaDbServer server;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicLong changes = new AtomicLong();
  private final Random random = new Random(42);
  private Thread thread;
  private long nextOrder = ORDERS + 1;

  public DemoShop(MariaDbServer server) {
    this.server = server;
  }

  /** Creates and fills the shop's tables. */
  public void create() {
    server.execute(null, "CREATE DATABASE " + DB + " DEFAULT CHARSET utf8mb4");
    server.execute(DB,
        "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200) NOT NULL, "
            + "country CHAR(2) NOT NULL, created_at DATETIME(6) NOT NULL)",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id INT NOT NULL, status ENUM('new','paid','shipped','delivered') NOT NULL, "
            + "amount DECIMAL(12,2) NOT NULL, items JSON, created_at DATETIME(6) NOT NULL, updated_at TIMESTAMP(6) NOT NULL)",
        "INSERT INTO customers SELECT seq, CONCAT('Customer ', seq), CONCAT('c', seq, '@example.com'), "
            + "ELT(1 + seq % 6, 'DE', 'FR', 'US', 'JP', 'BR', 'IN'), TIMESTAMP('2024-01-01') + INTERVAL seq MINUTE FROM seq_1_to_" + CUSTOMERS,
        "INSERT INTO orders SELECT seq, 1 + seq % " + CUSTOMERS + ", ELT(1 + seq % 4, 'new', 'paid', 'shipped', 'delivered'), "
            + "ROUND(5 + (seq * 7919 % 50000) / 100, 2), JSON_ARRAY(JSON_OBJECT('sku', seq % 97, 'qty', 1 + seq % 3)), "
            + "TIMESTAMP('2024-06-01') + INTERVAL seq * 37 SECOND, NOW(6) FROM seq_1_to_" + ORDERS);
  }

  /** Starts the live workload. */
  public void startWorkload() {
    running.set(true);
    thread = new Thread(this::loop, "demo-workload");
    thread.setDaemon(true);
    thread.start();
  }

  /** Row changes committed by the workload so far. */
  public long changes() {
    return changes.get();
  }

  private void loop() {
    try (Connection c = server.connect(DB)) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO orders VALUES (?, ?, 'new', ?, JSON_ARRAY(JSON_OBJECT('sku', ?, 'qty', 1)), NOW(6), NOW(6))");
          PreparedStatement update = c.prepareStatement("UPDATE orders SET status = ?, updated_at = NOW(6) WHERE id = ?");
          PreparedStatement cancel = c.prepareStatement("DELETE FROM orders WHERE id = ?")) {
        while (running.get()) {
          for (int i = 0; i < 20; i++) {
            step(insert, update, cancel);
          }
          c.commit();
          Thread.sleep(5);
        }
      }
    } catch (SQLException | InterruptedException e) {
      running.set(false);
    }
  }

  private void step(PreparedStatement insert, PreparedStatement update, PreparedStatement cancel) throws SQLException {
    int r = random.nextInt(10);
    long order = 1 + (long) (random.nextDouble() * (nextOrder - 1));
    if (r < 4) {
      insert.setLong(1, nextOrder++);
      insert.setInt(2, 1 + random.nextInt(CUSTOMERS));
      insert.setBigDecimal(3, java.math.BigDecimal.valueOf(500 + random.nextInt(50_000), 2));
      insert.setInt(4, random.nextInt(97));
      changes.addAndGet(insert.executeUpdate());
    } else if (r < 9) {
      update.setString(1, STATUSES[1 + random.nextInt(3)]);
      update.setLong(2, order);
      changes.addAndGet(update.executeUpdate());
    } else {
      cancel.setLong(1, order);
      changes.addAndGet(cancel.executeUpdate());
    }
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    if (thread != null) {
      thread.join(10_000);
    }
  }
}
