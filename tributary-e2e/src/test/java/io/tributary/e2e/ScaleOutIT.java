package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.KafkaBroker;
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
 * Scale-out over Kafka with the two commands and one pipeline file: {@code tributary capture}
 * writes MariaDB into Kafka, three {@code tributary apply} processes share the topics' partitions
 * and write PostgreSQL. One apply process is killed with SIGKILL mid-stream; the group rebalances,
 * the others take its partitions over, and PostgreSQL ends equal to the source.
 */
class ScaleOutIT {
  @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) Path dir;

  @Test
  void threeApplyProcessesShareTheWorkAndSurviveLosingOne() throws Exception {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    try (MariaDbServer source = MariaDbServer.start(); PostgresServer postgres = PostgresServer.start();
        KafkaBroker kafka = KafkaBroker.start()) {
      String db = source.createDatabase("bank");
      String pgDb = postgres.createDatabase("bank_copy");
      ShopWorkload.seed(source, db, 10_000);
      Path file = dir.resolve("pipeline.yaml");
      Files.writeString(file, """
          pipeline:
            name: shop-sync
            state-dir: %s
            checkpoint-interval: 300ms
          """.formatted(dir.resolve("state")) + PipelineYaml.mysqlSource(source, db, 5404) + """
          sinks:
            - name: warehouse
              type: postgres
              url: %s
          kafka:
            bootstrap-servers: %s
            topic-prefix: tributary.shop-sync
          """.formatted(postgres.jdbcUrl(pgDb), kafka.bootstrapServers()));
      kafka.createTopic("tributary.shop-sync." + db + ".accounts", 6);
      kafka.createTopic("tributary.shop-sync." + db + ".ledger", 6);
      Path captureLog = dir.resolve("capture.log");
      List<EngineProcess> applies = new ArrayList<>();
      try (ShopWorkload workload = new ShopWorkload(source, db, seed).start();
          EngineProcess capture = EngineProcess.start(captureLog, "capture", file.toString())) {
        for (int i = 0; i < 3; i++) {
          applies.add(EngineProcess.start(dir.resolve("apply-" + i + ".log"), "apply", file.toString()));
        }
        // every member gets partitions (on 2 cores, four JVMs take a while to start and join)
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (int i = 0; i < 3; i++) {
          Path log = dir.resolve("apply-" + i + ".log");
          while (!Files.readString(log).matches("(?s).*kafka source: assigned \\[tributary\\.shop-sync.*")) {
            assertThat(applies.get(i).isAlive()).as("apply %d died by itself (seed %d); log:\n%s", i, seed,
                applies.get(i).logTail()).isTrue();
            assertThat(System.nanoTime()).as("apply %d never got a partition; log:\n%s", i, applies.get(i).logTail())
                .isLessThan(deadline);
            Thread.sleep(500);
          }
        }
        Thread.sleep(3000);
        applies.get(1).kill();
        Thread.sleep(6000);
        assertThat(capture.isAlive()).as("capture log:\n%s", capture.logTail()).isTrue();
        assertThat(workload.transactions()).isPositive();
        workload.close();
        for (String[] t : new String[][] {{"accounts", "id"}, {"ledger", "id"}}) {
          Targets.awaitEqual("postgres " + t[0] + " via three apply processes, one killed (seed " + seed + ")",
              Targets.dump(() -> source.connect(db), null, t[0], t[1]),
              Targets.dump(() -> postgres.connect(pgDb), db, t[0], t[1]), Duration.ofSeconds(180));
        }
        for (int i : new int[] {0, 2}) {
          assertThat(applies.get(i).terminate(60)).as("apply %d log:\n%s", i, applies.get(i).logTail()).isZero();
        }
        assertThat(capture.terminate(60)).as("capture log:\n%s", capture.logTail()).isZero();
      } finally {
        applies.forEach(EngineProcess::close);
      }
    }
  }
}
