package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.e2e.OrderEndpoints.Alert;
import io.tributary.e2e.OrderEndpoints.FunctionRequest;
import io.tributary.testkit.MariaDbServer;
import io.tributary.testkit.PostgresServer;
import io.tributary.testkit.TableDump;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * User functions through the real process: the example JAR's {@code Enrich} (adds amount_band) and
 * {@code BigOrderAlert} (posts big orders to a web hook), then an HTTP function that drops spam
 * rows and upper-cases the status and refuses every first attempt with 503. The snapshot, the
 * stream and a SIGKILL with replay all end with exactly the expected rows at the PostgreSQL
 * target and an alert for every big order; {@code tributary preview} shows a row before and after
 * the functions; a class missing from the JAR stops the file at its line.
 */
class FunctionsIT {
  private static final Path FUNCTIONS_JAR = Path.of(System.getProperty("example.functions.jar",
      "../examples/functions/target/tributary-example-functions-0.1.0-SNAPSHOT.jar")).toAbsolutePath().normalize();

  /** What the target must hold: every non-spam source row, status upper-cased, with its band. */
  private static final String EXPECTED = "SELECT id, customer_id, amount, UPPER(status) AS status, CASE"
      + " WHEN amount IS NULL THEN NULL WHEN amount < 100 THEN 'small' WHEN amount < 1000 THEN 'medium' ELSE 'large' END"
      + " AS amount_band FROM orders WHERE status <> 'spam'";

  @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir;

  @Test
  void functionsShapeTheSnapshotTheStreamAndTheReplayAfterACrash() throws Exception {
    assertThat(FUNCTIONS_JAR).as("build it first: mvn -o -q -pl examples/functions install").exists();
    assertThatThrownBy(() -> Class.forName("io.tributary.examples.functions.Enrich"))
        .as("the engine must find the functions in their JAR only, not on its class path")
        .isInstanceOf(ClassNotFoundException.class);
    try (MariaDbServer source = MariaDbServer.start(); PostgresServer postgres = PostgresServer.start();
        OrderEndpoints endpoints = new OrderEndpoints()) {
      String db = source.createDatabase("shop");
      String pgDb = postgres.createDatabase("shop_copy");
      seed(source, db);
      Path file = pipelineFile(source, postgres, db, pgDb, endpoints);
      Path log = dir.resolve("engine.log");
      Supplier<List<List<String>>> expected = query(() -> source.connect(db), EXPECTED);
      Supplier<List<List<String>>> target = query(() -> postgres.connect(pgDb),
          "SELECT id, customer_id, amount, status, amount_band FROM \"" + db + "\".orders");
      try (EngineProcess engine = EngineProcess.start(log, "run", file.toString())) {
        awaitEqual("after the snapshot", expected, target, engine);
        assertThat(expected.get()).hasSize(44).anySatisfy(r -> assertThat(r.get(4)).isEqualTo(TableDump.NULL));
        assertThat(endpoints.alerts()).as("snapshot rows never alert").isEmpty();
        assertPreviewShowsTheFunctionsAtWork(file, db);
        streamChanges(source, db);
        awaitEqual("after streamed changes", expected, target, engine);
        awaitAlertedIds(endpoints, Set.of(2, 51, 54), engine);
        assertFirstAttemptsWereRetriedWithTheSameBytes(endpoints.functionRequests());
        CompletableFuture<Void> workload = CompletableFuture.runAsync(() -> crashWorkload(source, db));
        Thread.sleep(700);
        assertThat(engine.isAlive()).as("log:\n%s", engine.logTail()).isTrue();
        engine.kill();
        workload.get();
      }
      try (EngineProcess engine = EngineProcess.start(log, "run", file.toString())) {
        awaitEqual("after SIGKILL and restart", expected, target, engine);
        awaitAlertedIds(endpoints, Set.of(2, 51, 54, 100, 110, 120, 130, 140, 150), engine);
        assertThat(engine.terminate(60)).as("log:\n%s", engine.logTail()).isZero();
      }
      assertEachAlertKeptItsIdempotencyKey(endpoints.alerts());
      assertThat(dir.resolve("state").resolve("dead-letters")).as("no function gave up on an event")
          .satisfiesAnyOf(d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
    }
  }

  @Test
  void aFunctionClassMissingFromTheJarStopsTheFileAtItsLine() throws Exception {
    String missing = "io.tributary.examples.functions.NoSuchFunction";
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, """
        pipeline:
          name: broken
          state-dir: %s
        source:
          type: mysql
          port: 1
          username: root
          password: unused
          tables: shop\\.orders
          server-id: 5408
        functions:
          - name: enrich
            tables: shop\\.orders
            jar: %s
            class: %s
        sinks:
          - name: warehouse
            type: postgres
            url: jdbc:postgresql://127.0.0.1:1/unused
        """.formatted(dir.resolve("state"), FUNCTIONS_JAR, missing));
    List<String> lines = Files.readAllLines(file);
    int line = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(missing)).findFirst().orElseThrow() + 1;
    int column = lines.get(line - 1).indexOf(missing) + 1;
    for (String command : List.of("validate", "run")) {
      Path log = dir.resolve(command + ".log");
      int exit = EngineProcess.runToEnd(log, 60, command, file.toString());
      String output = Files.readString(log);
      assertThat(exit).as("tributary %s exit code; output:\n%s", command, output).isEqualTo(2);
      assertThat(output).as("tributary %s", command)
          .contains("broken.yaml:" + line + ":" + column + ": functions[0] (enrich): ")
          .contains("class " + missing + " is not in", FUNCTIONS_JAR.getFileName().toString());
    }
    assertThat(dir.resolve("state")).as("nothing ran").doesNotExist();
  }

  /** 50 orders: ids 4, 12, 20, 28, 36, 44 are spam; every tenth is big; 49 has no amount. */
  private static void seed(MariaDbServer source, String db) {
    source.execute(db, "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, amount DECIMAL(10,2), status VARCHAR(20))",
        "INSERT INTO orders SELECT seq, seq % 7 + 1,"
            + " CASE WHEN seq = 49 THEN NULL WHEN seq = 1 THEN 12.50 WHEN seq = 2 THEN 250 WHEN seq = 3 THEN 1500"
            + " WHEN seq % 10 = 0 THEN 1000 + seq WHEN seq % 10 = 5 THEN 999.99 WHEN seq % 3 = 0 THEN 100 ELSE seq * 7.25 END,"
            + " CASE WHEN seq % 8 = 4 THEN 'spam' ELSE ELT(seq % 3 + 1, 'new', 'paid', 'shipped') END FROM seq_1_to_50");
  }

  private Path pipelineFile(MariaDbServer source, PostgresServer postgres, String db, String pgDb, OrderEndpoints endpoints)
      throws Exception {
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, """
        pipeline:
          name: functions
          state-dir: %s
          checkpoint-interval: 300ms
        """.formatted(dir.resolve("state")) + PipelineYaml.mysqlSource(source, db, 5407) + """
        functions:
          - name: enrich
            tables: %1$s\\.orders
            jar: %2$s
            class: io.tributary.examples.functions.Enrich
            config: { medium-from: 100, large-from: 1000 }
          - name: big-order-alert
            tables: %1$s\\.orders
            jar: %2$s
            class: io.tributary.examples.functions.BigOrderAlert
            config: { url: "%3$s", min-amount: 1000 }
            retry-backoff: 50ms
          - name: spam-filter
            tables: %1$s\\.orders
            http: %4$s
            format: canal-json
            batch-size: 10
            timeout: 10s
            retries: 3
            retry-backoff: 50ms
        sinks:
          - name: warehouse
            type: postgres
            url: %5$s
        """.formatted(db, FUNCTIONS_JAR, endpoints.url("/alerts"), endpoints.url("/fn"), postgres.jdbcUrl(pgDb)));
    return file;
  }

  /** Rows 1-3 (small, medium, large) before and after the functions; the HTTP function answers for real. */
  private void assertPreviewShowsTheFunctionsAtWork(Path file, String db) throws Exception {
    Path log = dir.resolve("preview.log");
    int exit = EngineProcess.runToEnd(log, 60, "preview", file.toString(), "--table", db + ".orders", "--rows", "3");
    String output = Files.readString(log);
    assertThat(exit).as("preview exit code; output:\n%s", output).isZero();
    assertThat(output).as(output).contains(
        "preview of " + db + ".orders: 3 rows through 0 transform rules, 0 routes and 3 functions; nothing is written",
        "source       SNAPSHOT_READ " + db + ".orders {id=1, customer_id=2, amount=12.50, status='paid'}");
    assertThat(output.lines().filter(l -> l.startsWith("  out ")).map(String::strip))
        .as("each row after the functions, and the sink it would reach; output:\n%s", output)
        .satisfiesExactly(
            l -> assertThat(l).as("a snapshot row stays one through the Canal-JSON function").startsWith("out          SNAPSHOT_READ ")
                .contains(db + ".orders {id=1, customer_id=2, amount=12.50, status='PAID', amount_band='small'}")
                .endsWith(" warehouse"),
            l -> assertThat(l).contains(db + ".orders {id=2, customer_id=3, amount=250.00, status='SHIPPED',"
                + " amount_band='medium'}").endsWith(" warehouse"),
            l -> assertThat(l).contains(db + ".orders {id=3, customer_id=4, amount=1500.00, status='NEW',"
                + " amount_band='large'}").endsWith(" warehouse"));
  }

  /** Inserts (one big, one big spam), an upward crossing of 1000, band changes, deletes, a status change. */
  private static void streamChanges(MariaDbServer source, String db) {
    source.execute(db,
        "INSERT INTO orders VALUES (51, 3, 1500.00, 'new'), (52, 4, 20.00, 'new'), (53, 5, 150.00, 'paid')",
        "INSERT INTO orders VALUES (54, 1, 2500.00, 'spam')",
        "UPDATE orders SET amount = 1200.00 WHERE id = 2",
        "UPDATE orders SET amount = 150.00 WHERE id = 1",
        "UPDATE orders SET amount = 2000.00 WHERE id = 3",
        "UPDATE orders SET status = 'shipped' WHERE id = 6",
        "DELETE FROM orders WHERE id = 5",
        "DELETE FROM orders WHERE id = 12");
  }

  /**
   * Sixty inserts (ids 100-159, every tenth big, id 100 spam), amounts halved (bands go down, never
   * an alert) and deletes, one transaction each, spread over about two seconds.
   */
  private static void crashWorkload(MariaDbServer source, String db) {
    for (int k = 0; k < 60; k++) {
      String amount = k % 10 == 0 ? (1000 + k) + ".00" : String.format(Locale.ROOT, "%.2f", k * 3.5);
      source.execute(db, "INSERT INTO orders VALUES (" + (100 + k) + ", " + (k % 7 + 1) + ", " + amount + ", '"
          + (k % 9 == 0 ? "spam" : "new") + "')");
      if (k % 4 == 3) {
        source.execute(db, "UPDATE orders SET amount = amount / 2 WHERE id = " + (6 + k % 40));
      }
      if (k % 5 == 4) {
        source.execute(db, "DELETE FROM orders WHERE id = " + (98 + k));
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Every 503 (the first request of its key) was followed by a request with the very same body. */
  private static void assertFirstAttemptsWereRetriedWithTheSameBytes(List<FunctionRequest> requests) {
    assertThat(requests).isNotEmpty().allSatisfy(r -> {
      assertThat(r.function()).isEqualTo("spam-filter");
      assertThat(r.format()).isEqualTo("canal-json");
      assertThat(r.messages()).isBetween(1, 10);
      assertThat(r.idempotencyKey()).contains("..");
    });
    List<FunctionRequest> refused = requests.stream().filter(r -> r.status() == 503).toList();
    assertThat(refused).as("first attempts refused").hasSizeGreaterThanOrEqualTo(2);
    for (FunctionRequest first : refused) {
      assertThat(requests.subList(requests.indexOf(first) + 1, requests.size()))
          .as("a retry of the batch refused under key %s", first.idempotencyKey())
          .anySatisfy(r -> assertThat(r.body()).isEqualTo(first.body()));
    }
  }

  /** Replays may repeat an alert, but every repeat carries the key of the first. */
  private static void assertEachAlertKeptItsIdempotencyKey(List<Alert> alerts) {
    Map<Integer, Set<String>> keys = alerts.stream().collect(Collectors.groupingBy(a -> a.body().get("id").asInt(),
        Collectors.mapping(Alert::idempotencyKey, Collectors.toSet())));
    assertThat(keys).allSatisfy((id, k) -> assertThat(k).as("keys of the alert for order %d", id).hasSize(1));
  }

  private static void awaitAlertedIds(OrderEndpoints endpoints, Set<Integer> ids, EngineProcess engine)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Set<Integer> alerted = new TreeSet<>();
    while (System.nanoTime() < deadline) {
      alerted.clear();
      endpoints.alerts().forEach(a -> alerted.add(a.body().get("id").asInt()));
      if (alerted.equals(ids)) {
        return;
      }
      Thread.sleep(200);
    }
    assertThat(alerted).as("ids of the orders alerted; log:\n%s", engine.logTail())
        .containsExactlyInAnyOrderElementsOf(new TreeSet<>(ids));
  }

  private static void awaitEqual(String when, Supplier<List<List<String>>> expected, Supplier<List<List<String>>> target,
      EngineProcess engine) throws InterruptedException {
    try {
      Targets.awaitEqual("orders " + when, expected, target, Duration.ofSeconds(60));
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\nengine log:\n" + engine.logTail(), e);
    }
  }

  private static Supplier<List<List<String>>> query(Targets.ConnectionSource connections, String sql) {
    return () -> {
      try (Connection c = connections.open()) {
        return TableDump.dumpQuery(c, sql, List.of("id"));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
