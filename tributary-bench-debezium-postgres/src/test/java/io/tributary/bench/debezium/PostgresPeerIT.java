package io.tributary.bench.debezium;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.PostgresServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debezium peer on the Debezium 3.6 PostgreSQL classpath against a throwaway PostgreSQL 15: snapshot on a slot
 * Debezium creates, capture from slots the bench created before its changes, and the shaded JAR's contract.
 */
class PostgresPeerIT {
  private static final int SNAPSHOT_ROWS = 2_000;
  /** Inserts, updates and deletes in several transactions: 200 + 100 + 100 + 50 + 50 + 10 row changes. */
  private static final int CAPTURE_CHANGES = 510;
  private static final String COLUMNS = "(id BIGINT PRIMARY KEY, k INT NOT NULL, c CHAR(120) NOT NULL, "
      + "pad CHAR(60) NOT NULL)";

  private static PostgresServer server;
  private static String database;

  @TempDir Path work;

  @BeforeAll
  static void startServer() {
    server = PostgresServer.start();
    database = server.createDatabase("dbz");
    server.execute(database,
        "CREATE TABLE public.sbtest " + COLUMNS,
        "INSERT INTO public.sbtest SELECT g, g % 1000, repeat('c', 120), repeat('p', 60) "
            + "FROM generate_series(1, " + SNAPSHOT_ROWS + ") g");
    prepareCaptureWorkload();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void snapshotCountsEveryRowOnceAndDropsItsSlot() throws Exception {
    PeerResult result = DebeziumPeer.run(arguments("snapshot", "public.sbtest", "snapshot_slot", "snapshot_pub",
        SNAPSHOT_ROWS));

    assertThat(result.records()).isEqualTo(SNAPSHOT_ROWS);
    assertThat(result.seconds()).isPositive();
    assertThat(server.queryValue(database, "SELECT count(*) FROM pg_replication_slots WHERE slot_name = ?",
        "snapshot_slot")).isEqualTo(0L);
    System.err.printf("PostgreSQL snapshot: %d records in %.3f s = %.0f records/s%n", result.records(),
        result.seconds(), result.recordsPerSecond());
  }

  @Test
  void captureCountsExactlyTheChangesTheSlotRetained() throws Exception {
    PeerResult result = DebeziumPeer.run(arguments("capture", "public.capture", "capture_slot_a", "capture_pub",
        CAPTURE_CHANGES));

    assertThat(result.records()).isEqualTo(CAPTURE_CHANGES);
    assertThat(result.seconds()).isPositive();
    assertThat(server.queryValue(database, "SELECT count(*) FROM pg_replication_slots WHERE slot_name = ?",
        "capture_slot_a")).as("the bench's slot is kept").isEqualTo(1L);
    System.err.printf("PostgreSQL capture: %d records in %.3f s = %.0f records/s%n", result.records(),
        result.seconds(), result.recordsPerSecond());
  }

  @Test
  void shadedJarPrintsOneResultLineAndExitsZero() throws Exception {
    Path jar = Path.of("target", "tributary-debezium-postgres.jar");
    assertThat(jar).as("the shaded JAR, built in the package phase").exists();

    ShadedJarRun run = ShadedJarRun.of(jar, work, List.of(arguments("capture", "public.capture", "capture_slot_b",
        "capture_pub", CAPTURE_CHANGES)));

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout().lines().toList()).singleElement().asString()
        .matches("DEBEZIUM_RESULT \\{\"records\":510,\"seconds\":[0-9]+\\.[0-9]+}");
    assertThat(run.stderr()).contains("Debezium peer counted 510 records");
    assertThat(work.resolve("debezium-engine.properties")).content()
        .contains("snapshot.mode=no_data", "publication.autocreate.mode=disabled", "slot.drop.on.stop=false");
  }

  /** The bench's capture preparation: table, publication and two slots first, then the changes the slots retain. */
  private static void prepareCaptureWorkload() {
    server.execute(database,
        "CREATE TABLE public.capture " + COLUMNS,
        "CREATE PUBLICATION capture_pub FOR TABLE public.capture",
        "SELECT pg_create_logical_replication_slot('capture_slot_a', 'pgoutput')",
        "SELECT pg_create_logical_replication_slot('capture_slot_b', 'pgoutput')",
        "BEGIN",
        "INSERT INTO public.capture SELECT g, g, repeat('c', 120), repeat('p', 60) FROM generate_series(1, 200) g",
        "COMMIT",
        "BEGIN",
        "INSERT INTO public.capture SELECT g, g, repeat('c', 120), repeat('p', 60) FROM generate_series(201, 300) g",
        "UPDATE public.capture SET k = k + 1 WHERE id <= 100",
        "COMMIT",
        "DELETE FROM public.capture WHERE id > 250",
        "BEGIN",
        "UPDATE public.capture SET c = repeat('u', 120) WHERE id BETWEEN 101 AND 150",
        "DELETE FROM public.capture WHERE id <= 10",
        "COMMIT");
  }

  private String[] arguments(String mode, String table, String slot, String publication, long expect) {
    return new String[] {"--connector", "postgres", "--mode", mode, "--host", server.host(),
        "--port", Integer.toString(server.port()), "--user", server.user(), "--password", server.password(),
        "--database", database, "--table", table, "--expect", Long.toString(expect), "--work", work.toString(),
        "--slot", slot, "--publication", publication, "--timeout-seconds", "120"};
  }
}
