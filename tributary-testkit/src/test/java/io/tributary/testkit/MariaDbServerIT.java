package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class MariaDbServerIT {

  @Test
  void sharedServerHasRowBasedBinlogWithFullImageAndMetadata() {
    MariaDbServer server = MariaDbServer.shared();

    assertThat(server.globalVariable("log_bin")).isEqualTo("ON");
    assertThat(server.globalVariable("binlog_format")).isEqualTo("ROW");
    assertThat(server.globalVariable("binlog_row_image")).isEqualTo("FULL");
    assertThat(server.globalVariable("binlog_row_metadata")).isEqualTo("FULL");
    assertThat(server.globalVariable("server_id")).isEqualTo("1");
    assertThat(server.globalVariable("character_set_server")).isEqualTo("utf8mb4");
    assertThat(MariaDbServer.shared()).isSameAs(server);
  }

  @Test
  void createdDatabasesAreUniqueAndUsable() {
    MariaDbServer server = MariaDbServer.shared();
    String first = server.createDatabase("Shop Orders!");
    String second = server.createDatabase("Shop Orders!");

    server.execute(first, "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20))",
        "INSERT INTO t VALUES (1, 'a'), (2, 'ü')");

    assertThat(first).startsWith("shop_orders__").isNotEqualTo(second);
    assertThat(server.count(first, "t")).isEqualTo(2);
    assertThat(server.query(first, "SELECT name FROM t WHERE id = ?", 2)).containsExactly(List.of("ü"));
    assertThat(server.queryValue(first, "SELECT COUNT(*) FROM t WHERE id > 5")).isEqualTo(0L);
  }

  @Test
  void tcpLoginNeedsThePassword() throws Exception {
    MariaDbServer server = MariaDbServer.shared();
    try (Connection connection = DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + server.port() + "/?sslMode=disable", server.user(), server.password())) {
      assertThat(connection.isValid(5)).isTrue();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + server.port() + "/?sslMode=disable", "root", "wrong"))
        .hasMessageContaining("Access denied");
  }

  @Test
  void restartAndKillKeepCommittedDataAndPort() {
    try (MariaDbServer server = MariaDbServer.start()) {
      String db = server.createDatabase("restart");
      server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)", "INSERT INTO t VALUES (1), (2), (3)");
      int port = server.port();

      server.restart();
      assertThat(server.port()).isEqualTo(port);
      assertThat(server.count(db, "t")).isEqualTo(3);

      server.execute(db, "INSERT INTO t VALUES (4)");
      server.kill();
      assertThat(server.isRunning()).isFalse();
      server.restart();
      assertThat(server.count(db, "t")).isEqualTo(4);
    }
  }

  @Test
  void closeStopsTheServerAndDeletesItsData() {
    MariaDbServer server = MariaDbServer.start();
    Path data = server.dataDirectory();
    assertThat(Files.exists(data.resolve("s.sock"))).isTrue();

    server.close();

    assertThat(server.isRunning()).isFalse();
    assertThat(Files.exists(data)).isFalse();
    assertThatThrownBy(server::restart).isInstanceOf(ThrowawayServerException.class).hasMessageContaining("closed");
  }

  @Test
  void builderStartsServersWithoutBinlogOrWithStatementFormat() {
    try (MariaDbServer noBinlog = MariaDbServer.builder().withoutBinlog().start();
        MariaDbServer statement = MariaDbServer.builder().serverArguments("--binlog-format=STATEMENT").start()) {
      assertThat(noBinlog.globalVariable("log_bin")).isEqualTo("OFF");
      assertThat(statement.globalVariable("log_bin")).isEqualTo("ON");
      assertThat(statement.globalVariable("binlog_format")).isEqualTo("STATEMENT");
    }
  }

  @Test
  void startupFailureQuotesTheServerLog() {
    assertThatThrownBy(() -> MariaDbServer.builder().serverArguments("--no-such-option=1").start())
        .isInstanceOf(ThrowawayServerException.class)
        .hasMessageContaining("exited during startup")
        .hasMessageContaining("no-such-option");
  }
}
