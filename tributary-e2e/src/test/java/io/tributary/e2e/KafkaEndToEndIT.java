package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.KafkaBroker;
import io.tributary.testkit.MariaDbServer;
import io.tributary.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through Kafka, as real processes: one pipeline captures MariaDB into Kafka (Canal-JSON, one
 * producer transaction per batch), another applies the topics to PostgreSQL (a consumer group,
 * positions committed with the rows). Both are killed with SIGKILL at random moments while a
 * workload writes; at the end PostgreSQL equals the source.
 */
class KafkaEndToEndIT {
  @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) Path dir;

  @Test
  void captureAndApplyKilledRepeatedlyStillLeaveTheTargetEqualToTheSource() throws Exception {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    Random random = new Random(seed);
    try (MariaDbServer source = MariaDbServer.start(); PostgresServer postgres = PostgresServer.start();
        KafkaBroker kafka = KafkaBroker.start()) {
      String db = source.createDatabase("bank");
      String pgDb = postgres.createDatabase("bank_copy");
      ShopWorkload.seed(source, db, 10_000);
      Path capture = write("capture.yaml", """
          pipeline:
            name: capture
            state-dir: %s
            checkpoint-interval: 300ms
          """.formatted(dir.resolve("capture-state")) + PipelineYaml.mysqlSource(source, db, 5403) + """
          sinks:
            - name: log
              type: kafka
              bootstrap-servers: %s
              format: canal-json
              topic: cdc.{database}.{table}
              topic-partitions: 4
          """.formatted(kafka.bootstrapServers()));
      Path apply = write("apply.yaml", """
          pipeline:
            name: apply
            parallelism: 2
            state-dir: %s
            checkpoint-interval: 300ms
          source:
            type: kafka
            bootstrap-servers: %s
            format: canal-json
            topic-pattern: cdc\\.%s\\..*
          sinks:
            - name: warehouse
              type: postgres
              url: %s
          """.formatted(dir.resolve("apply-state"), kafka.bootstrapServers(), db, postgres.jdbcUrl(pgDb)));
      Path captureLog = dir.resolve("capture.log");
      Path applyLog = dir.resolve("apply.log");
      try (ShopWorkload workload = new ShopWorkload(source, db, seed).start();
          EngineProcess capturing = EngineProcess.start(captureLog, "run", capture.toString())) {
        for (int i = 0; i < 3; i++) {
          try (EngineProcess applying = EngineProcess.start(applyLog, "run", apply.toString())) {
            Thread.sleep(2000 + random.nextInt(4000));
            assertThat(applying.isAlive()).as("apply died by itself (seed %d); log:\n%s", seed, applying.logTail()).isTrue();
            applying.kill();
          }
        }
        assertThat(capturing.isAlive()).as("capture died by itself; log:\n%s", capturing.logTail()).isTrue();
        capturing.kill();
        assertThat(workload.transactions()).isPositive();
      }
      try (EngineProcess capturing = EngineProcess.start(captureLog, "run", capture.toString());
          EngineProcess applying = EngineProcess.start(applyLog, "run", apply.toString())) {
        for (String[] t : new String[][] {{"accounts", "id"}, {"ledger", "id"}}) {
          Targets.awaitEqual("postgres " + t[0] + " through Kafka (seed " + seed + ")",
              Targets.dump(() -> source.connect(db), null, t[0], t[1]),
              Targets.dump(() -> postgres.connect(pgDb), db, t[0], t[1]), Duration.ofSeconds(180));
        }
        assertThat(applying.terminate(60)).as("log:\n%s", applying.logTail()).isZero();
        assertThat(capturing.terminate(60)).as("log:\n%s", capturing.logTail()).isZero();
      }
    }
  }

  private Path write(String name, String yaml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return file;
  }
}
