package io.tributary.e2e;

import io.tributary.testkit.TableDump;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Reading target tables and waiting for them to equal the source. */
final class Targets {
  private Targets() {}

  static Connection duckdb(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
  }

  /** Polls until {@code target} equals {@code source} or the timeout passes; then asserts equality. */
  static void awaitEqual(String what, Supplier<List<List<String>>> source, Supplier<List<List<String>>> target, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (source.get().equals(target.get())) {
          return;
        }
      } catch (RuntimeException notYet) {
        // the target table may not exist yet
      }
      Thread.sleep(250);
    }
    TableDump.assertSameRows(what, source.get(), target.get());
  }

  /** A supplier that dumps a table over a fresh connection each time. */
  static Supplier<List<List<String>>> dump(ConnectionSource connections, String schema, String table, String... key) {
    return () -> {
      try (Connection c = connections.open()) {
        return TableDump.dump(c, schema, table, key);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  /** Opens a connection. */
  interface ConnectionSource {
    Connection open() throws SQLException;
  }
}
