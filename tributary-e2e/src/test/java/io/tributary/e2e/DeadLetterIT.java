package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.MariaDbServer;
import io.tributary.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target that refuses some rows (its existing table is narrower than the source's): those rows
 * go to the dead-letter file with the reason, everything else arrives, and the pipeline goes on.
 */
class DeadLetterIT {
  @TempDir Path dir;

  @Test
  void refusedRowsGoToTheDeadLetterFileAndThePipelineGoesOn() throws Exception {
    MariaDbServer source = MariaDbServer.shared();
    PostgresServer postgres = PostgresServer.shared();
    String db = source.createDatabase("dlq");
    String pgDb = postgres.createDatabase("dlq_target");
    source.execute(db, "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(50) NOT NULL)",
        "INSERT INTO notes VALUES (1, 'short'), (2, 'this one is far too long for the target'), (3, 'ok')");
    postgres.execute(pgDb, "CREATE SCHEMA \"" + db + "\"",
        "CREATE TABLE \"" + db + "\".notes (id integer PRIMARY KEY, body varchar(10) NOT NULL)");
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, """
        pipeline:
          name: dlq
          state-dir: %s
        source:
          type: mariadb
          port: %d
          username: %s
          password: %s
          tables: %s\\.notes
          server-id: 5403
        sinks:
          - name: warehouse
            type: postgres
            url: %s
        """.formatted(dir.resolve("state"), source.port(), source.user(), source.password(), db, postgres.jdbcUrl(pgDb)));
    try (EngineProcess engine = EngineProcess.start(dir.resolve("engine.log"), "run", file.toString())) {
      source.execute(db, "INSERT INTO notes VALUES (4, 'streamed'), (5, 'also much too long to fit in ten')");
      List<List<String>> expected = List.of(List.of("1", "short"), List.of("3", "ok"), List.of("4", "streamed"));
      try {
        Targets.awaitEqual("postgres notes", () -> expected,
            Targets.dump(() -> postgres.connect(pgDb), db, "notes", "id"), Duration.ofSeconds(60));
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\nengine log:\n" + engine.logTail(), e);
      }
      assertThat(engine.terminate(60)).as(engine.logTail()).isZero();
    }
    Path dlq = dir.resolve("state").resolve("dead-letters").resolve("warehouse.jsonl");
    List<String> lines = Files.readAllLines(dlq);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"table\":\"" + db + ".notes\"", "\"id\":\"2\"", "too long", "\"operation\":\"upsert\"");
    assertThat(lines.get(1)).contains("\"id\":\"5\"");
  }
}
