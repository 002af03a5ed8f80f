package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PostgresServerIT {

  @Test
  void sharedServerIsPostgres15WithLogicalDecoding() {
    PostgresServer server = PostgresServer.shared();

    assertThat(server.setting("server_version_num")).startsWith("15");
    assertThat(server.setting("wal_level")).isEqualTo("logical");
    assertThat(server.setting("max_replication_slots")).isEqualTo("20");
    assertThat(server.setting("fsync")).isEqualTo("off");
    assertThat(server.setting("server_encoding")).isEqualTo("UTF8");
    assertThat(PostgresServer.shared()).isSameAs(server);
  }

  @Test
  void createdDatabasesAreUniqueAndUsable() {
    PostgresServer server = PostgresServer.shared();
    String first = server.createDatabase("Sink Test");
    String second = server.createDatabase("Sink Test");

    server.execute(first, "CREATE SCHEMA shop", "CREATE TABLE shop.t (id INT PRIMARY KEY, name TEXT)",
        "INSERT INTO shop.t VALUES (1, 'a'), (2, 'ü')");

    assertThat(first).startsWith("sink_test_").isNotEqualTo(second);
    assertThat(server.count(first, "shop", "t")).isEqualTo(2);
    assertThat(server.query(first, "SELECT name FROM shop.t WHERE id = ?", 2)).containsExactly(List.of("ü"));
  }

  @Test
  void passwordLoginAndLogicalReplicationSlotsWork() throws Exception {
    PostgresServer server = PostgresServer.shared();
    String db = server.createDatabase("slots");
    String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + db;
    try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_create_logical_replication_slot('testkit_slot', 'pgoutput')");
      statement.execute("SELECT pg_drop_replication_slot('testkit_slot')");
    }
    Properties replication = new Properties();
    replication.setProperty("user", server.user());
    replication.setProperty("password", server.password());
    replication.setProperty("replication", "database");
    replication.setProperty("assumeMinServerVersion", "10");
    replication.setProperty("preferQueryMode", "simple");
    try (Connection connection = DriverManager.getConnection(url, replication)) {
      assertThat(connection.isValid(5)).isTrue();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong"))
        .hasMessageContaining("password authentication failed");
  }

  @Test
  void restartAndKillKeepCommittedDataAndPort() {
    try (PostgresServer server = PostgresServer.start()) {
      String db = server.createDatabase("restart");
      server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)", "INSERT INTO t VALUES (1), (2), (3)");
      int port = server.port();

      server.restart();
      assertThat(server.port()).isEqualTo(port);
      assertThat(server.count(db, "t")).isEqualTo(3);

      server.execute(db, "INSERT INTO t VALUES (4)", "CHECKPOINT");
      server.kill();
      assertThat(server.isRunning()).isFalse();
      server.restart();
      assertThat(server.count(db, "t")).isEqualTo(4);
    }
  }

  @Test
  void builderOverridesSettingsAndCloseDeletesData() {
    PostgresServer server = PostgresServer.builder().setting("wal_level", "replica").start();
    Path data = server.dataDirectory();
    assertThat(server.setting("wal_level")).isEqualTo("replica");
    assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();

    server.close();

    assertThat(server.isRunning()).isFalse();
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void startupFailureQuotesTheServerLog() {
    assertThatThrownBy(() -> PostgresServer.builder().setting("no_such_setting", "1").start())
        .isInstanceOf(ThrowawayServerException.class)
        .hasMessageContaining("exited during startup")
        .hasMessageContaining("no_such_setting");
  }
}
