package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tributary demo}, short: it starts its own embedded PostgreSQL, captures it with the postgres source,
 * and proves at the end that the DuckDB copy matches.
 */
class DemoIT {
  @TempDir Path dir;

  @Test
  void theDemoRunsAndItsCopyMatches() throws Exception {
    Path log = dir.resolve("demo.log");
    Path demo = dir.resolve("demo");
    int code = EngineProcess.runToEnd(log, 300, "demo", "--seconds", "12", "--dir", demo.toString());
    String out = Files.readString(log);
    assertThat(code).as(out).isZero();
    assertThat(out).contains("embedded PostgreSQL", "snapshot [", "streaming", "events/s", "events behind",
            "Orders by status", "Revenue by country", "Source vs target:", "PostgreSQL", "tributary run", "wal_level=logical",
            "REPLICATION")
        .doesNotContain("DIFFERENT", "throwaway MariaDB");
    assertThat(out.lines().filter(l -> l.endsWith("match"))).hasSize(2);
    assertThat(out.lines().filter(l -> l.contains("streaming ")).count()).as(out).isGreaterThanOrEqualTo(10);
    Path pipeline = demo.resolve("pipeline.yaml");
    assertThat(Files.readString(pipeline)).contains("type: postgres", "database: shop", "tables: shop\\..*",
        "startup-mode: initial", "type: duckdb", "shop_copy.duckdb");
    assertThat(demo.resolve("shop_copy.duckdb")).exists();
  }
}
