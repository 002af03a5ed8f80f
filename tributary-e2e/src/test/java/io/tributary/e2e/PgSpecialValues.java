package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.testkit.TableDump;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * PostgreSQL values no Java class holds (numeric NaN, infinite timestamps, time 24:00:00): the
 * PostgreSQL target stores each exactly; MariaDB and DuckDB store the ones they have a form for
 * and send the other rows to the dead letters, naming the column, rather than changing them.
 */
final class PgSpecialValues {
  private PgSpecialValues() {}

  static final String DDL = "CREATE TABLE shop.specials (id integer PRIMARY KEY, n numeric, ts timestamptz, t time)";

  /** Read by the snapshot. */
  static final String SNAPSHOT_ROWS = "INSERT INTO shop.specials VALUES (1, 'NaN', 'infinity', '12:00'),"
      + " (2, 1.5, '-infinity', '24:00:00')";

  /** Read from the stream. */
  static final String STREAMED_ROWS = "INSERT INTO shop.specials VALUES (3, 2.5, '2024-01-01 00:00:00+00', '24:00:00'),"
      + " (4, 'Infinity', '2024-01-01 00:00:00+00', '01:00')";

  /** Every column as text, the way PostgreSQL prints it. */
  static final String AS_TEXT = "SELECT id, n::text, ts::text, t::text FROM shop.specials";

  static Supplier<List<List<String>>> dump(Targets.ConnectionSource connections, String sql) {
    return () -> {
      try (Connection c = connections.open()) {
        return TableDump.dumpQuery(c, sql, List.of("id"));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  /** MariaDB has no NaN, infinity or infinite timestamp: rows 3 (24:00:00 is a MySQL TIME) only. */
  static final String MARIADB_TEXT = "SELECT id, CAST(n AS char), CAST(ts AS char), CAST(t AS char) FROM shop.specials";

  static List<List<String>> mariaDbExpected() {
    // an unconstrained numeric becomes DECIMAL(65,30) (tributary-connector-jdbc README)
    return List.of(List.of("3", "2.5" + "0".repeat(29), "2024-01-01 00:00:00.000000", "24:00:00.000000"));
  }

  /** DuckDB keeps an unconstrained numeric as text and has infinite timestamps, but no TIME 24:00:00. */
  static final String DUCKDB_TEXT = "SELECT id, n, CAST(ts AS VARCHAR), CAST(t AS VARCHAR) FROM shop.specials";

  static List<List<String>> duckDbExpected() {
    return List.of(List.of("1", "NaN", "infinity", "12:00:00"), List.of("4", "Infinity", "2024-01-01 00:00:00+00", "01:00:00"));
  }

  /** The dead-letter file of a sink holds exactly the given ids of shop.specials, each naming why. */
  static void assertDeadLetters(Path stateDir, String sink, List<Integer> ids, String... reasons) throws Exception {
    Path file = stateDir.resolve("dead-letters").resolve(sink + ".jsonl");
    List<String> all = Files.exists(file) ? Files.readAllLines(file) : List.of();
    List<String> lines = all.stream().filter(l -> l.contains("\"table\":\"shop.specials\"")).toList();
    assertThat(lines).as("dead letters of %s for shop.specials", sink).hasSize(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      int id = ids.get(i);
      assertThat(lines).as("dead letter of row %d in %s", id, sink)
          .anySatisfy(l -> assertThat(l).contains("\"id\":\"" + id + "\"").contains(reasons[ids.indexOf(id)]));
    }
  }
}
