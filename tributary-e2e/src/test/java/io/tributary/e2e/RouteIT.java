package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.MariaDbServer;
import io.tributary.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routing through the real process: two MariaDB shards whose keys collide are merged into one
 * PostgreSQL table keyed by (id, source table), and a table is renamed by a capture group after a
 * transform (projection, filter, soft delete); the snapshot and the stream both follow them.
 */
class RouteIT {
  @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) Path dir;

  @Test
  void shardsMergeWithTheSourceTableInTheKeyAndATransformedTableIsRenamed() throws Exception {
    try (MariaDbServer source = MariaDbServer.start(); PostgresServer postgres = PostgresServer.start()) {
      String pgDb = postgres.createDatabase("routed");
      for (String shard : new String[] {"shop_1", "shop_2"}) {
        source.execute(null, "CREATE DATABASE " + shard);
        source.execute(shard, "CREATE TABLE orders_" + shard.charAt(5) + " (id INT PRIMARY KEY, amount DECIMAL(10,2))",
            "INSERT INTO orders_" + shard.charAt(5) + " SELECT seq, seq * 1.25 FROM seq_1_to_100");
      }
      source.execute(null, "CREATE DATABASE crm");
      source.execute("crm", "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(20))", "INSERT INTO customers VALUES (1, 'ada')");
      Path file = dir.resolve("pipeline.yaml");
      Files.writeString(file, """
          pipeline:
            name: routes
            state-dir: %s
            checkpoint-interval: 300ms
          source:
            type: mysql
            port: %d
            username: %s
            password: %s
            tables: (shop_\\d|crm)\\..*
            server-id: 5405
          transform:
            - source-table: crm\\.customers
              projection: "id, UPPER(name) AS name, __op__ AS last_op"
              filter: "name NOT LIKE 'test%%'"
              soft-delete: is_deleted
          route:
            - source-table: shop_\\d+\\.orders_\\d+
              sink-table: shop.orders
              source-table-column: shard
            - source-table: crm\\.(.*)
              sink-table: crm_mirror.$1
          sinks:
            - name: warehouse
              type: postgres
              url: %s
          """.formatted(dir.resolve("state"), source.port(), source.user(), source.password(), postgres.jdbcUrl(pgDb)));
      try (EngineProcess engine = EngineProcess.start(dir.resolve("engine.log"), "run", file.toString())) {
        awaitRows(postgres, pgDb, "SELECT count(*) FROM shop.orders", 200L, engine);
        source.execute("shop_1", "UPDATE orders_1 SET amount = 0 WHERE id = 7", "DELETE FROM orders_1 WHERE id = 8");
        source.execute("shop_2", "INSERT INTO orders_2 VALUES (101, 9.99)");
        source.execute("crm", "UPDATE customers SET name = 'grace' WHERE id = 1");
        awaitRows(postgres, pgDb, "SELECT count(*) FROM shop.orders", 200L, engine);
        awaitRows(postgres, pgDb, "SELECT count(*) FROM shop.orders WHERE shard = 'shop_2.orders_2' AND id = 101", 1L, engine);
        awaitRows(postgres, pgDb, "SELECT count(*) FROM shop.orders WHERE shard = 'shop_1.orders_1' AND id = 7 AND amount = 0", 1L,
            engine);
        awaitRows(postgres, pgDb, "SELECT count(*) FROM shop.orders WHERE shard = 'shop_1.orders_1' AND id = 8", 0L, engine);
        assertThat(postgres.query(pgDb, "SELECT amount::text FROM shop.orders WHERE id = 7 ORDER BY shard"))
            .extracting(r -> r.get(0)).containsExactly("0.00", "8.75");
        assertThat(postgres.query(pgDb, "SELECT count(*) FROM shop.orders WHERE id = 8")).extracting(r -> r.get(0))
            .containsExactly(1L);
        awaitRows(postgres, pgDb, "SELECT count(*) FROM crm_mirror.customers WHERE name = 'GRACE' AND last_op = '+U'", 1L, engine);
        source.execute("crm", "INSERT INTO customers VALUES (2, 'test user')", "DELETE FROM customers WHERE id = 1");
        awaitRows(postgres, pgDb, "SELECT count(*) FROM crm_mirror.customers WHERE id = 1 AND is_deleted", 1L, engine);
        assertThat(postgres.query(pgDb, "SELECT count(*) FROM crm_mirror.customers")).extracting(r -> r.get(0))
            .as("the filtered-out row never arrives").containsExactly(1L);
        List<Object> key = new ArrayList<>();
        postgres.query(pgDb, "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
            + " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'shop.orders'::regclass AND i.indisprimary ORDER BY a.attname")
            .forEach(r -> key.add(r.get(0)));
        assertThat(key).containsExactly("id", "shard");
        assertThat(engine.terminate(60)).as("log:\n%s", engine.logTail()).isZero();
      }
    }
  }

  private static void awaitRows(PostgresServer pg, String db, String sql, long expected, EngineProcess engine) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      Object n = null;
      try {
        n = pg.query(db, sql).get(0).get(0);
      } catch (RuntimeException notYet) {
        // the table is created with the first batch
      }
      if (n instanceof Number v && v.longValue() == expected) {
        return;
      }
      assertThat(engine.isAlive()).as("engine died; log:\n%s", engine.logTail()).isTrue();
      assertThat(System.nanoTime()).as("%s never returned %d (last %s); log:\n%s", sql, expected, n, engine.logTail())
          .isLessThan(deadline);
      Thread.sleep(200);
    }
  }
}
