package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.MariaDbServer;
import io.tributary.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once under failure: the engine is killed with SIGKILL at random moments (during the
 * snapshot and during streaming) while a workload keeps writing, the source and the target
 * servers are restarted under a running engine, and after the last restart every target table
 * equals the source.
 */
class CrashRecoveryIT {
  @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) Path dir;

  @Test
  void killedRepeatedlyTheTargetsStillEqualTheSource() throws Exception {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    int kills = Integer.getInteger("crash.kills", 6);
    Random random = new Random(seed);
    try (MariaDbServer source = MariaDbServer.start(); PostgresServer postgres = PostgresServer.start()) {
      String db = source.createDatabase("bank");
      String pgDb = postgres.createDatabase("bank_copy");
      ShopWorkload.seed(source, db, 30_000);
      Path duck = dir.resolve("bank.duckdb");
      Path file = pipelineFile(source, postgres, db, pgDb, duck);
      Path log = dir.resolve("engine.log");
      try (ShopWorkload workload = new ShopWorkload(source, db, seed).start()) {
        for (int i = 0; i < kills; i++) {
          try (EngineProcess engine = EngineProcess.start(log, "run", file.toString())) {
            Thread.sleep(500 + random.nextInt(4000));
            assertThat(engine.isAlive()).as("engine died by itself (seed %d); log:\n%s", seed, engine.logTail()).isTrue();
            engine.kill();
          }
        }
        try (EngineProcess engine = EngineProcess.start(log, "run", file.toString())) {
          Thread.sleep(2000);
          source.restart();
          Thread.sleep(2000);
          postgres.restart();
          Thread.sleep(2000);
          assertThat(engine.isAlive()).as("engine survives server restarts; log:\n%s", engine.logTail()).isTrue();
          engine.kill();
        }
        assertThat(workload.transactions()).isPositive();
      }
      try (EngineProcess engine = EngineProcess.start(log, "run", file.toString())) {
        for (String[] t : new String[][] {{"accounts", "id"}, {"ledger", "id"}}) {
          Targets.awaitEqual("postgres " + t[0] + " (seed " + seed + ")", Targets.dump(() -> source.connect(db), null, t[0], t[1]),
              Targets.dump(() -> postgres.connect(pgDb), db, t[0], t[1]), Duration.ofSeconds(120));
        }
        assertThat(engine.terminate(60)).as("log:\n%s", engine.logTail()).isZero();
      }
      for (String[] t : new String[][] {{"accounts", "id"}, {"ledger", "id"}}) {
        Targets.awaitEqual("duckdb " + t[0] + " (seed " + seed + ")", Targets.dump(() -> source.connect(db), null, t[0], t[1]),
            Targets.dump(() -> Targets.duckdb(duck), db, t[0], t[1]), Duration.ofSeconds(5));
      }
    }
  }

  private Path pipelineFile(MariaDbServer source, PostgresServer postgres, String db, String pgDb, Path duck) throws Exception {
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, """
        pipeline:
          name: crash
          parallelism: 2
          state-dir: %s
          checkpoint-interval: 300ms
        """.formatted(dir.resolve("state")) + PipelineYaml.mysqlSource(source, db, 5402) + """
        sinks:
          - name: warehouse
            type: postgres
            url: %s
          - name: olap
            type: duckdb
            path: %s
        """.formatted(postgres.jdbcUrl(pgDb), duck));
    return file;
  }
}
