package io.tributary.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pipeline file {@code tributary demo} writes and runs: the demo's PostgreSQL shop into a DuckDB
 * file. It is an ordinary pipeline file, meant as the starting point for capturing one's own database.
 */
public final class DemoPipelineFile {
  /** The DuckDB sink's name, which the demo's progress reads metrics under. */
  public static final String SINK = "olap";

  private DemoPipelineFile() {
  }

  /** Writes {@code dir/pipeline.yaml} and returns its absolute path. */
  public static Path write(Path dir, int port, Path duckdb) throws IOException {
    Path file = dir.resolve("pipeline.yaml").toAbsolutePath();
    Files.writeString(file, """
        # Written by `tributary demo`. Point it at your own PostgreSQL (wal_level=logical, a user with
        # REPLICATION and SELECT on the tables) and run it with `tributary run`.
        pipeline:
          name: demo-shop
          parallelism: 2
          state-dir: %s
        source:
          type: postgres
          hostname: 127.0.0.1
          port: %d
          database: %s
          username: %s
          tables: shop\\..*
          slot-name: tributary_demo
          publication-name: tributary_demo
          startup-mode: initial
        sinks:
          - name: %s
            type: duckdb
            path: %s
        """.formatted(dir.resolve("state").toAbsolutePath(), port, DemoShop.DATABASE, DemoPostgres.USER, SINK, duckdb));
    return file;
  }
}
