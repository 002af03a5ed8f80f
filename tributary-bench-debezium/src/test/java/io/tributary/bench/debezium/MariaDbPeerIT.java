package io.tributary.bench.debezium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.testkit.MariaDbServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Debezium 3.5 MariaDB peer against a throwaway MariaDB: snapshot and capture counts, the JAR's contract. */
class MariaDbPeerIT {
  private static final int SNAPSHOT_ROWS = 2_000;
  private static final String COLUMNS = "(id BIGINT PRIMARY KEY, k INT NOT NULL, c CHAR(120) NOT NULL, "
      + "pad CHAR(60) NOT NULL)";

  private static MariaDbServer server;
  private static String snapshotDatabase;

  @TempDir Path work;

  @BeforeAll
  static void startServer() {
    server = MariaDbServer.start();
    snapshotDatabase = server.createDatabase("dbz_snapshot");
    server.execute(snapshotDatabase, "CREATE TABLE sbtest " + COLUMNS,
        "INSERT INTO sbtest SELECT seq, seq % 1000, REPEAT('c', 120), REPEAT('p', 60) FROM seq_1_to_" + SNAPSHOT_ROWS);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void snapshotCountsEveryRowOnce() throws Exception {
    PeerResult result = DebeziumPeer.run(arguments("snapshot", snapshotDatabase, SNAPSHOT_ROWS));

    assertThat(result.records()).isEqualTo(SNAPSHOT_ROWS);
    assertThat(result.seconds()).isPositive();
    System.err.printf("MariaDB snapshot: %d records in %.3f s = %.0f records/s%n", result.records(),
        result.seconds(), result.recordsPerSecond());
  }

  @Test
  void captureCountsExactlyTheChangesInTheBinlog() throws Exception {
    String database = prepareCaptureWorkload();

    PeerResult result = DebeziumPeer.run(arguments("capture", database, CAPTURE_CHANGES));

    assertThat(result.records()).isEqualTo(CAPTURE_CHANGES);
    assertThat(result.seconds()).isPositive();
    System.err.printf("MariaDB capture: %d records in %.3f s = %.0f records/s%n", result.records(),
        result.seconds(), result.recordsPerSecond());
    assertThatThrownBy(() -> DebeziumPeer.run(withTimeout(arguments("capture", database, CAPTURE_CHANGES + 1), 3)))
        .isInstanceOf(PeerFailure.class)
        .hasMessageContaining("timed out after 3 s")
        .hasMessageContaining("counted " + CAPTURE_CHANGES);
  }

  @Test
  void shadedJarPrintsOneResultLineAndExitsZero() throws Exception {
    ShadedJarRun run = ShadedJarRun.of(jar(), work, List.of(arguments("snapshot", snapshotDatabase, SNAPSHOT_ROWS)));

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout().lines().toList()).singleElement().asString()
        .matches("DEBEZIUM_RESULT \\{\"records\":2000,\"seconds\":[0-9]+\\.[0-9]+}");
    assertThat(run.stderr()).contains("Debezium peer counted 2000 records");
    assertThat(work.resolve("debezium-engine.properties")).content()
        .contains("snapshot.mode=initial", "tombstones.on.delete=false", "database.password=********");
  }

  @Test
  void shadedJarExitsOneWithAReasonOnBadArguments() throws Exception {
    String[] arguments = arguments("snapshot", snapshotDatabase, SNAPSHOT_ROWS);
    arguments[1] = "mysql";
    ShadedJarRun run = ShadedJarRun.of(jar(), work, List.of(arguments));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).contains("unknown --connector 'mysql'; use one of mariadb, postgres");
  }

  /** Inserts, updates and deletes in several transactions: 200 + 100 + 100 + 50 + 50 + 10 row changes. */
  private static final int CAPTURE_CHANGES = 510;

  private static String prepareCaptureWorkload() {
    server.execute(null, "RESET MASTER");
    String database = server.createDatabase("dbz_capture");
    server.execute(database,
        "CREATE TABLE sbtest " + COLUMNS,
        "START TRANSACTION",
        "INSERT INTO sbtest SELECT seq, seq, REPEAT('c', 120), REPEAT('p', 60) FROM seq_1_to_200",
        "COMMIT",
        "START TRANSACTION",
        "INSERT INTO sbtest SELECT seq, seq, REPEAT('c', 120), REPEAT('p', 60) FROM seq_201_to_300",
        "UPDATE sbtest SET k = k + 1 WHERE id <= 100",
        "COMMIT",
        "DELETE FROM sbtest WHERE id > 250",
        "START TRANSACTION",
        "UPDATE sbtest SET c = REPEAT('u', 120) WHERE id BETWEEN 101 AND 150",
        "DELETE FROM sbtest WHERE id <= 10",
        "COMMIT");
    return database;
  }

  private String[] arguments(String mode, String database, long expect) {
    return new String[] {"--connector", "mariadb", "--mode", mode, "--host", server.host(),
        "--port", Integer.toString(server.port()), "--user", server.user(), "--password", server.password(),
        "--database", database, "--table", database + ".sbtest", "--expect", Long.toString(expect),
        "--work", work.toString(), "--server-id", "8802"};
  }

  private static String[] withTimeout(String[] arguments, int seconds) {
    List<String> extended = new ArrayList<>(List.of(arguments));
    extended.add("--timeout-seconds");
    extended.add(Integer.toString(seconds));
    return extended.toArray(String[]::new);
  }

  private static Path jar() {
    Path jar = Path.of("target", "tributary-debezium-mariadb.jar");
    assertThat(jar).as("the shaded JAR, built in the package phase").exists();
    return jar;
  }
}
