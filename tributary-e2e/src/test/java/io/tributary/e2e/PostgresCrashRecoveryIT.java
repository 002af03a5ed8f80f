package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once under failure with a PostgreSQL source: the engine is killed with SIGKILL at random
 * moments (during the snapshot and while streaming from the slot) while a workload keeps writing,
 * the source server is restarted under a running engine, and in the end every table in the
 * PostgreSQL and DuckDB targets equals the source.
 */
class PostgresCrashRecoveryIT {
  private static final String[][] TABLES = {{"accounts", "id"}, {"ledger", "id"}};
  @TempDir Path dir;

  @Test
  void killedRepeatedlyTheTargetsStillEqualTheSource() throws Exception {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    int kills = Integer.getInteger("crash.kills", 5);
    Random random = new Random(seed);
    PostgresServer target = PostgresServer.shared();
    try (PostgresServer source = PostgresServer.start()) {
      String db = source.createDatabase("bank");
      String pgDb = target.createDatabase("bank_copy");
      PgShopWorkload.seed(source, db);
      Path duck = dir.resolve("olap.duckdb");
      Path file = pipelineFile(source, db, target.jdbcUrl(pgDb), duck);
      Path log = dir.resolve("engine.log");
      try (PgShopWorkload workload = new PgShopWorkload(source, db, seed).start()) {
        for (int i = 0; i < kills; i++) {
          try (EngineProcess engine = EngineProcess.start(log, "run", file.toString())) {
            Thread.sleep(500 + random.nextInt(3000));
            assertThat(engine.isAlive()).as("engine died by itself (seed %d); log:\n%s", seed, engine.logTail()).isTrue();
            engine.kill();
          }
        }
        try (EngineProcess engine = EngineProcess.start(log, "run", file.toString())) {
          Thread.sleep(2500);
          source.restart();
          Thread.sleep(2500);
          assertThat(engine.isAlive()).as("engine survives a source restart (seed %d); log:\n%s", seed, engine.logTail()).isTrue();
          engine.kill();
        }
        assertThat(workload.transactions()).isPositive();
      }
      try (EngineProcess engine = EngineProcess.start(log, "run", file.toString())) {
        for (String[] t : TABLES) {
          Targets.awaitEqual("postgres " + t[0] + " (seed " + seed + ")", Targets.dump(() -> source.connect(db), "bank", t[0], t[1]),
              Targets.dump(() -> target.connect(pgDb), "bank", t[0], t[1]), Duration.ofSeconds(90));
        }
        assertThat(engine.terminate(60)).as("log:\n%s", engine.logTail()).isZero();
      }
      for (String[] t : TABLES) {
        Targets.awaitEqual("duckdb " + t[0] + " (seed " + seed + ")", Targets.dump(() -> source.connect(db), "bank", t[0], t[1]),
            Targets.dump(() -> Targets.duckdb(duck), "bank", t[0], t[1]), Duration.ofSeconds(5));
      }
    }
  }

  private Path pipelineFile(PostgresServer source, String db, String targetUrl, Path duck) throws Exception {
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, """
        pipeline:
          name: pg-crash
          parallelism: 2
          state-dir: %s
          checkpoint-interval: 300ms
        source:
          type: postgres
          port: %d
          database: %s
          username: %s
          password: %s
          tables: bank\\..*
          heartbeat-interval: 1s
        sinks:
          - name: warehouse
            type: postgres
            url: %s
          - name: olap
            type: duckdb
            path: %s
        """.formatted(dir.resolve("state"), source.port(), db, source.user(), source.password(), targetUrl, duck));
    return file;
  }
}
