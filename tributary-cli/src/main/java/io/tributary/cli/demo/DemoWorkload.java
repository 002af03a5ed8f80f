package io.tributary.cli.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop's live traffic on its own thread, in transactions of 20 changes: new orders, status
 * changes, and cancellations (deletes). {@link #close()} stops it after the current transaction.
 */
public final class DemoWorkload implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoWorkload.class);
  private static final String[] STATUSES = {"new", "paid", "shipped", "delivered"};
  private final DemoPostgres server;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicLong changes = new AtomicLong();
  private final Random random = new Random(42);
  private Thread thread;
  private long nextOrder = DemoShop.ORDERS + 1;

  public DemoWorkload(DemoPostgres server) {
    this.server = server;
  }

  /** Starts the traffic. */
  public void start() {
    running.set(true);
    thread = new Thread(this::loop, "demo-workload");
    thread.setDaemon(true);
    thread.start();
  }

  /** Row changes committed so far. */
  public long changes() {
    return changes.get();
  }

  private void loop() {
    try (Connection c = server.connect(DemoShop.DATABASE)) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO shop.orders VALUES (?, ?, 'new', ?, "
              + "jsonb_build_array(jsonb_build_object('sku', ?::integer, 'qty', 1)), now(), now())");
          PreparedStatement update = c.prepareStatement(
              "UPDATE shop.orders SET status = ?::shop.order_status, updated_at = now() WHERE id = ?");
          PreparedStatement cancel = c.prepareStatement("DELETE FROM shop.orders WHERE id = ?")) {
        while (running.get()) {
          long made = 0;
          for (int i = 0; i < 20; i++) {
            made += step(insert, update, cancel);
          }
          c.commit();
          changes.addAndGet(made);
          Thread.sleep(5);
        }
      }
    } catch (SQLException e) {
      LOG.warn("The demo workload stopped: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running.set(false);
    }
  }

  private int step(PreparedStatement insert, PreparedStatement update, PreparedStatement cancel) throws SQLException {
    int kind = random.nextInt(10);
    long order = 1 + (long) (random.nextDouble() * (nextOrder - 1));
    if (kind < 4) {
      insert.setLong(1, nextOrder++);
      insert.setInt(2, 1 + random.nextInt(DemoShop.CUSTOMERS));
      insert.setBigDecimal(3, BigDecimal.valueOf(500 + random.nextInt(50_000), 2));
      insert.setInt(4, random.nextInt(97));
      return insert.executeUpdate();
    }
    if (kind < 9) {
      update.setString(1, STATUSES[1 + random.nextInt(3)]);
      update.setLong(2, order);
      return update.executeUpdate();
    }
    cancel.setLong(1, order);
    return cancel.executeUpdate();
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    if (thread != null) {
      thread.join(10_000);
    }
  }
}
