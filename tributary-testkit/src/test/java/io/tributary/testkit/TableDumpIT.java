package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same rows stored in MariaDB, PostgreSQL and DuckDB with Tributary's type mapping dump identically. */
class TableDumpIT {

  private static final String MARIADB_TABLE = "we`ird tab";
  private static final String POSTGRES_SCHEMA = "sh op";
  private static final String POSTGRES_TABLE = "we\"ird";
  private static final String[] KEYS = {"id"};

  private static MariaDbServer mariaDb;
  private static String mariaDbDatabase;
  private static PostgresServer postgres;
  private static String postgresDatabase;

  @BeforeAll
  static void createTables() {
    mariaDb = MariaDbServer.shared();
    mariaDbDatabase = mariaDb.createDatabase("dump");
    mariaDb.execute(mariaDbDatabase, "SET time_zone = '+00:00'",
        "CREATE TABLE `we``ird tab` (id INT PRIMARY KEY, ti TINYINT, flag TINYINT(1), ubig BIGINT UNSIGNED,"
            + " amount DECIMAL(10,3), f FLOAT, d DOUBLE, s VARCHAR(20), c CHAR(5), b VARBINARY(4), bits BIT(10),"
            + " day DATE, tm TIME(6), dtm DATETIME(6), ts TIMESTAMP(6) NULL, y YEAR, j JSON, e ENUM('x','y'),"
            + " u UUID)",
        "INSERT INTO `we``ird tab` VALUES (10, -3, 5, 18446744073709551615, 12.500, 1.1, 2.2, 'ü x', 'ab',"
            + " x'00ff', b'1000000001', '2024-02-29', '12:34:56.1', '2024-01-02 03:04:05.123456',"
            + " '2024-01-02 03:04:05.5', 2024, '{\"b\":1,\"a\":[1, 2]}', 'y', '123e4567-e89b-12d3-a456-426614174000')",
        "INSERT INTO `we``ird tab` (id) VALUES (9)");

    postgres = PostgresServer.shared();
    postgresDatabase = postgres.createDatabase("dump");
    postgres.execute(postgresDatabase, "CREATE SCHEMA \"sh op\"",
        "CREATE TABLE \"sh op\".\"we\"\"ird\" (id int PRIMARY KEY, ti smallint, flag smallint, ubig numeric(20,0),"
            + " amount numeric(10,3), f real, d double precision, s varchar(20), c char(5), b bytea, bits bytea,"
            + " day date, tm time(6), dtm timestamp(6), ts timestamptz(6), y smallint, j jsonb, e text, u uuid)",
        "INSERT INTO \"sh op\".\"we\"\"ird\" VALUES (10, -3, 5, 18446744073709551615, 12.5, 1.1, 2.2, 'ü x', 'ab',"
            + " '\\x00ff', '\\x0201', '2024-02-29', '12:34:56.1', '2024-01-02 03:04:05.123456',"
            + " '2024-01-02 03:04:05.5+00', 2024, '{\"b\":1,\"a\":[1, 2]}', 'y', '123e4567-e89b-12d3-a456-426614174000')",
        "INSERT INTO \"sh op\".\"we\"\"ird\" (id) VALUES (9)");
  }

  @Test
  void mariaDbAndPostgresDumpsAreEqual() throws Exception {
    List<List<String>> source = mariaDbDump();
    List<List<String>> target;
    try (Connection connection = postgres.connect(postgresDatabase)) {
      target = TableDump.dump(connection, POSTGRES_SCHEMA, POSTGRES_TABLE, KEYS);
    }

    TableDump.assertSameRows(source, target);
    assertThat(source).hasSize(2);
    assertThat(source.get(0)).containsOnly("9", TableDump.NULL);
    assertThat(source.get(1)).containsExactly("10", "-3", "5", "18446744073709551615", "12.5", "1.1", "2.2", "ü x",
        "ab", "00ff", "0201", "2024-02-29", "12:34:56.100000", "2024-01-02T03:04:05.123456",
        "2024-01-02T03:04:05.500000", "2024", "{\"a\":[1,2],\"b\":1}", "y", "123e4567-e89b-12d3-a456-426614174000");
  }

  @Test
  void mariaDbAndDuckDbDumpsAreEqualEvenWithFloatWidenedToDouble() throws Exception {
    List<List<String>> target;
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA shop");
      statement.execute("CREATE TABLE shop.orders (id INTEGER PRIMARY KEY, ti TINYINT, flag TINYINT, ubig UBIGINT,"
          + " amount DECIMAL(10,3), f DOUBLE, d DOUBLE, s VARCHAR, c VARCHAR, b BLOB, bits BLOB, day DATE,"
          + " tm TIME, dtm TIMESTAMP, ts TIMESTAMPTZ, y SMALLINT, j JSON, e VARCHAR, u UUID)");
      statement.execute("INSERT INTO shop.orders VALUES (10, -3, 5, 18446744073709551615, 12.5,"
          + " CAST(CAST(1.1 AS FLOAT) AS DOUBLE), 2.2, 'ü x', 'ab', '\\x00\\xFF'::BLOB, '\\x02\\x01'::BLOB,"
          + " '2024-02-29', '12:34:56.1', '2024-01-02 03:04:05.123456', '2024-01-02 03:04:05.5+00', 2024,"
          + " '{\"a\": [1,2], \"b\": 1}', 'y', '123e4567-e89b-12d3-a456-426614174000'), (9, NULL, NULL, NULL, NULL,"
          + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
      target = TableDump.dump(connection, "shop", "orders", KEYS);
    }

    TableDump.assertSameRows(mariaDbDump(), target);
  }

  @Test
  void aChangedValueIsReportedWithBothRows() throws Exception {
    String database = postgres.createDatabase("dump_diff");
    postgres.execute(database, "CREATE TABLE t (id int, name text)", "INSERT INTO t VALUES (1, 'a'), (2, 'b')");
    List<List<String>> before;
    List<List<String>> after;
    try (Connection connection = postgres.connect(database)) {
      before = TableDump.dump(connection, null, "t", KEYS);
      postgres.execute(database, "UPDATE t SET name = 'B' WHERE id = 2");
      after = TableDump.dumpQuery(connection, "SELECT name, id FROM t", List.of("ID"));
    }

    assertThat(after).containsExactly(List.of("a", "1"), List.of("B", "2"));
    assertThatThrownBy(() -> TableDump.assertSameRows(before, TableDump.sorted(List.of(List.of("1", "a"),
        List.of("2", "B")), 0)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rows only in source (1):\n  [\"2\", \"b\"]")
        .hasMessageContaining("rows only in target (1):\n  [\"2\", \"B\"]");
  }

  @Test
  void selectedColumnsAndUnknownKeys() throws Exception {
    try (Connection connection = mariaDb.connect(mariaDbDatabase)) {
      assertThat(TableDump.dump(connection, mariaDbDatabase, MARIADB_TABLE, List.of("s", "id"), List.of("id")))
          .containsExactly(List.of(TableDump.NULL, "9"), List.of("ü x", "10"));
      assertThatThrownBy(() -> TableDump.dump(connection, null, MARIADB_TABLE, "missing"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Key column 'missing' is not among the columns [id, ti, flag");
    }
  }

  private static List<List<String>> mariaDbDump() throws Exception {
    try (Connection connection = mariaDb.connect(mariaDbDatabase)) {
      return TableDump.dump(connection, mariaDbDatabase, MARIADB_TABLE, KEYS);
    }
  }
}
