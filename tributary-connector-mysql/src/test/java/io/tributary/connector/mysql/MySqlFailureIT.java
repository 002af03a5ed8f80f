package io.tributary.connector.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.testkit.MariaDbServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the source does when the server is not set up, has lost the saved position, or goes away. */
class MySqlFailureIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void namesEveryUnmetPrerequisiteWithItsFix() throws Exception {
    try (MariaDbServer server = MariaDbServer.builder()
        .serverArguments("--binlog-format=STATEMENT", "--binlog-row-metadata=MINIMAL").start()) {
      String db = server.createDatabase("prereq");
      server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)");
      var config = TestConfigs.forDatabase(server, db);
      assertThatThrownBy(() -> new MySqlSourceFactory().create(config, "prereq").discover())
          .isInstanceOf(TributaryException.class)
          .hasMessageContaining("binlog_format is 'STATEMENT' but must be ROW")
          .hasMessageContaining("SET GLOBAL binlog_format='ROW'")
          .hasMessageContaining("binlog_row_metadata is 'MINIMAL' but must be FULL")
          .hasMessageContaining("binlog_row_metadata=FULL")
          .hasMessageNotContaining("binlog_row_image");
      try (RunningSource running = RunningSource.start(config, "prereq", null)) {
        assertThat(running.awaitEnd(WAIT)).isInstanceOf(TributaryException.class)
            .hasMessageContaining("binlog_format");
        assertThat(running.context.eventCount()).isZero();
      }
    }
  }

  @Test
  void refusesTablesWithoutPrimaryKeyByName() {
    MariaDbServer server = MariaDbServer.shared();
    String db = server.createDatabase("keyless");
    server.execute(db, "CREATE TABLE good (id INT PRIMARY KEY)", "CREATE TABLE bad (v INT)", "CREATE TABLE worse (v INT)");
    assertThatThrownBy(() -> new MySqlSourceFactory().create(TestConfigs.forDatabase(server, db), "keyless").discover())
        .hasMessageContaining(db + ".bad").hasMessageContaining(db + ".worse").hasMessageContaining("tables-exclude")
        .hasMessageNotContaining(db + ".good");
    var excluded = TestConfigs.forDatabase(server, db, "tables-exclude", ".*\\.(bad|worse)");
    assertThat(new MySqlSourceFactory().create(excluded, "keyless").discover()).hasSize(1);
  }

  @Test
  void explainsHowToRecoverFromAPurgedBinlog() throws Exception {
    try (MariaDbServer server = MariaDbServer.start()) {
      String db = server.createDatabase("purged");
      server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)");
      BinlogPosition saved = MySqlBinlogIT.currentPosition(server);
      server.execute(db, "INSERT INTO t VALUES (1)", "FLUSH BINARY LOGS", "INSERT INTO t VALUES (2)", "FLUSH BINARY LOGS");
      String current = MySqlBinlogIT.currentPosition(server).file();
      purgeUntilGone(server, current, saved.file());
      try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "purged", saved)) {
        assertThat(running.awaitEnd(WAIT))
            .isInstanceOf(TributaryException.class)
            .hasMessageContaining("binlog file " + saved.file() + " was purged on " + server.host() + ":" + server.port())
            .hasMessageContaining("no longer available")
            .hasMessageContaining("delete its state directory")
            .hasMessageContaining("startup-mode: initial");
      }
    }
  }

  /** PURGE keeps a file MariaDB still needs for crash recovery until its checkpoint; retry until it is gone. */
  private static void purgeUntilGone(MariaDbServer server, String purgeTo, String gone) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      server.execute(null, "PURGE BINARY LOGS TO '" + purgeTo + "'");
      if (server.query(null, "SHOW BINARY LOGS").stream().noneMatch(row -> row.get(0).equals(gone))) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the server kept " + gone + " despite PURGE BINARY LOGS");
  }

  @Test
  void reconnectsAfterAServerRestartWithoutLosingOrRepeatingRows() throws Exception {
    try (MariaDbServer server = MariaDbServer.start()) {
      String db = server.createDatabase("restart");
      server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))");
      BinlogPosition start = MySqlBinlogIT.currentPosition(server);
      try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "restart", start)) {
        for (int i = 1; i <= 50; i++) {
          server.execute(db, "INSERT INTO t VALUES (" + i + ", 'before')");
        }
        running.context.awaitEvents(50, WAIT);
        server.restart();
        server.execute(db, "INSERT INTO t SELECT seq, 'after' FROM seq_51_to_100", "UPDATE t SET v = 'both' WHERE id = 1");
        List<ChangeEvent> events = running.context.awaitEvents(101, WAIT);
        Thread.sleep(500);
        assertThat(running.context.eventCount()).isEqualTo(101);
        assertThat(events.subList(0, 100)).extracting(e -> e.after()[0])
            .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(events.get(100).after()).containsExactly(1, "both");
        for (int i = 1; i < events.size(); i++) {
          assertThat(events.get(i).position()).isGreaterThan(events.get(i - 1).position());
        }
        running.assertHealthy();
      }
    }
  }

  @Test
  void latestAndEarliestOffsetStartWhereTheySay() throws Exception {
    try (MariaDbServer server = MariaDbServer.start()) {
      String db = server.createDatabase("offsets");
      server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)", "INSERT INTO t VALUES (1)");
      try (RunningSource earliest = RunningSource.start(
          TestConfigs.forDatabase(server, db, "startup-mode", "earliest-offset"), "earliest", null)) {
        assertThat(earliest.context.awaitEvents(1, WAIT).get(0).after()).containsExactly(1);
      }
      try (RunningSource latest = RunningSource.start(
          TestConfigs.forDatabase(server, db, "startup-mode", "latest-offset"), "latest", null)) {
        int id = 2;
        while (latest.context.eventCount() == 0 && id < 200) {
          server.execute(db, "INSERT INTO t VALUES (" + id++ + ")");
          Thread.sleep(100);
        }
        assertThat(latest.context.events()).isNotEmpty().allSatisfy(e -> assertThat((int) e.after()[0]).isGreaterThan(1));
      }
    }
  }
}
