package io.tributary.bench;

import io.tributary.api.option.Config;
import io.tributary.testkit.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Targets of the end-to-end runs start as a replica would: {@code bench.changes} already holds the
 * rows the source table had before the changes, so an UPDATE in the stream updates a row there
 * (rather than inserting a missing one) and a DELETE removes one.
 */
final class TargetSeed {
  private TargetSeed() {}

  private static final String COLUMNS = "(id bigint NOT NULL PRIMARY KEY, k integer NOT NULL, v varchar(64) NOT NULL, ts bigint NOT NULL)";

  /** A fresh PostgreSQL database holding the seeded table, as a PostgreSQL sink's options. */
  static Config postgres(PostgresServer target, String prefix, ChangeMix mix) {
    String db = target.createDatabase(prefix);
    target.execute(db, "CREATE SCHEMA bench", "CREATE TABLE bench.changes " + COLUMNS,
        "INSERT INTO bench.changes SELECT i, i % 1000, 'value-' || i, 0 FROM generate_series(1, " + mix.prefilled() + ") i",
        "VACUUM ANALYZE bench.changes");
    return BenchMain.postgresConfigOf(target, db);
  }

  /** A DuckDB file holding the seeded table, as a DuckDB sink's options. */
  static Config duckdb(Path file, ChangeMix mix) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA bench");
      s.execute("CREATE TABLE bench.changes " + COLUMNS);
      s.execute("INSERT INTO bench.changes SELECT i, i % 1000, 'value-' || i, 0 FROM range(1, " + (mix.prefilled() + 1) + ") t(i)");
    }
    return Config.of("path", file.toString());
  }
}
