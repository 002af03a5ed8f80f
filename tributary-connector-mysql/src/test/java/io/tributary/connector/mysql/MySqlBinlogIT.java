package io.tributary.connector.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.testkit.MariaDbServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlBinlogIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private final MariaDbServer server = MariaDbServer.shared();

  static BinlogPosition currentPosition(MariaDbServer server) {
    List<Object> row = server.query(null, "SHOW MASTER STATUS").get(0);
    return BinlogPosition.at(row.get(0).toString(), Long.parseLong(row.get(1).toString()));
  }

  @Test
  void streamsEveryTypeExactly() throws Exception {
    String db = server.createDatabase("bin_types");
    server.execute(db, AllTypesTable.DDL);
    BinlogPosition start = currentPosition(server);
    List<String> inserts = new ArrayList<>(List.of("SET time_zone = '+00:00'"));
    inserts.addAll(AllTypesTable.INSERTS);
    server.execute(db, inserts.toArray(new String[0]));
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "bin-types", start)) {
      List<ChangeEvent> events = running.context.awaitEvents(3, WAIT);
      assertThat(events).allSatisfy(e -> {
        assertThat(e.op()).isEqualTo(Operation.INSERT);
        assertThat(e.commitMillis()).isGreaterThan(0);
        assertThat(e.transactionId()).matches("0-1-\\d+");
        assertThat(((BinlogPosition) e.position()).rowIndex()).isEqualTo(1);
      });
      TableSchema schema = events.get(0).schema();
      AllTypesTable.assertRow(schema, events.get(0).after(), AllTypesTable.ROW_1);
      AllTypesTable.assertRow(schema, events.get(1).after(), AllTypesTable.ROW_2);
      AllTypesTable.assertRow(schema, events.get(2).after(), AllTypesTable.ROW_3);
      assertThat(running.context.schemaChanges()).isEmpty();
      running.assertHealthy();
    }
  }

  @Test
  void insertsUpdatesAndDeletesOneEventPerRow() throws Exception {
    String db = server.createDatabase("bin_dml");
    server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20))");
    BinlogPosition start = currentPosition(server);
    server.execute(db,
        "INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')",
        "UPDATE t SET v = CONCAT(v, '!') WHERE id IN (1, 2)",
        "UPDATE t SET id = 10 WHERE id = 3",
        "DELETE FROM t WHERE id < 3");
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "bin-dml", start)) {
      List<ChangeEvent> events = running.context.awaitEvents(8, WAIT);
      assertThat(events).extracting(ChangeEvent::op).containsExactly(
          Operation.INSERT, Operation.INSERT, Operation.INSERT, Operation.UPDATE, Operation.UPDATE, Operation.UPDATE,
          Operation.DELETE, Operation.DELETE);
      assertThat(events.get(2).after()).containsExactly(3, "c");
      assertThat(events.get(3).before()).containsExactly(1, "a");
      assertThat(events.get(3).after()).containsExactly(1, "a!");
      assertThat(events.get(5).before()).containsExactly(3, "c");
      assertThat(events.get(5).after()).containsExactly(10, "c");
      assertThat(events.get(7).before()).containsExactly(2, "b!");
      assertThat(events.get(7).after()).isNull();
      List<BinlogPosition> positions = events.stream().map(e -> (BinlogPosition) e.position()).toList();
      assertThat(positions.subList(0, 3)).extracting(BinlogPosition::rowIndex).containsExactly(1L, 2L, 3L);
      assertThat(positions.get(0).position()).isEqualTo(positions.get(2).position());
      for (int i = 1; i < positions.size(); i++) {
        assertThat(positions.get(i)).isGreaterThan(positions.get(i - 1));
      }
      running.assertHealthy();
    }
  }

  @Test
  void runReturnsPromptlyAfterStop() throws Exception {
    String db = server.createDatabase("bin_stop");
    server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY)");
    BinlogPosition start = currentPosition(server);
    server.execute(db, "INSERT INTO t VALUES (1)");
    RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db, "heartbeat-interval", "30s"), "bin-stop", start);
    running.context.awaitEvents(1, WAIT);
    Thread.sleep(300);
    long began = System.nanoTime();
    running.source.stop();
    assertThat(running.awaitEnd(Duration.ofSeconds(5))).isNull();
    assertThat((System.nanoTime() - began) / 1_000_000).as("milliseconds from stop() to run() returning").isLessThan(2000);
    running.close();
  }

  @Test
  void resumesMidTransactionSkippingExactlyTheDeliveredRows() throws Exception {
    String db = server.createDatabase("bin_resume");
    server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY, v INT)", "CREATE TABLE other (id INT PRIMARY KEY)");
    BinlogPosition start = currentPosition(server);
    server.execute(db,
        "BEGIN",
        "INSERT INTO t SELECT seq, seq * 10 FROM seq_1_to_10",
        "INSERT INTO other VALUES (1), (2)",
        "INSERT INTO t SELECT seq, seq * 10 FROM seq_11_to_15",
        "COMMIT",
        "INSERT INTO t VALUES (16, 160)");
    var config = TestConfigs.forDatabase(server, db, "tables", db + "\\.t");
    List<ChangeEvent> first;
    try (RunningSource running = RunningSource.start(config, "bin-resume", start)) {
      first = running.context.awaitEvents(16, WAIT);
    }
    assertThat(first).hasSize(16);
    BinlogPosition sixth = (BinlogPosition) first.get(5).position();
    assertThat(sixth.rowIndex()).isEqualTo(6);
    BinlogPosition eleventh = (BinlogPosition) first.get(10).position();
    assertThat(eleventh.rowIndex()).as("rows of the uncaptured table count too").isEqualTo(13);

    try (RunningSource resumed = RunningSource.start(config, "bin-resume", sixth)) {
      List<ChangeEvent> rest = resumed.context.awaitEvents(10, WAIT);
      Thread.sleep(300);
      assertThat(resumed.context.eventCount()).isEqualTo(10);
      for (int i = 0; i < rest.size(); i++) {
        assertThat(rest.get(i).position()).isEqualTo(first.get(6 + i).position());
        assertThat(rest.get(i).after()).isEqualTo(first.get(6 + i).after());
      }
      assertThat(rest.get(0).after()).containsExactly(7, 70);
    }
  }

  @Test
  void reportsNewTablesAlteredTablesTruncatesAndDrops() throws Exception {
    String db = server.createDatabase("bin_ddl");
    server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY, v INT)");
    BinlogPosition start = currentPosition(server);
    server.execute(db, "INSERT INTO t VALUES (1, 1)");
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "bin-ddl", start)) {
      running.context.awaitEvents(1, WAIT);
      server.execute(db,
        "ALTER TABLE t ADD COLUMN note VARCHAR(10) DEFAULT 'x'",
        "INSERT INTO t VALUES (2, 2, 'two')",
        "CREATE TABLE fresh (id BIGINT PRIMARY KEY, name VARCHAR(5))",
        "INSERT INTO fresh VALUES (7, 'seven')");
      // the table must still exist when the reader reads its shape for the first time
      running.context.awaitEvents(3, WAIT);
      server.execute(db, "TRUNCATE TABLE t", "DROP TABLE fresh");
      running.context.awaitSchemaChange(c -> c.kind() == SchemaChange.Kind.DROP_TABLE, WAIT);
      List<Object> output = running.context.output();
      assertThat(output).hasSize(7);
      assertThat(((ChangeEvent) output.get(0)).after()).containsExactly(1, 1);
      SchemaChange alter = (SchemaChange) output.get(1);
      assertThat(alter.kind()).isEqualTo(SchemaChange.Kind.ALTER_TABLE);
      assertThat(alter.before().columns()).hasSize(2);
      assertThat(alter.after().columns()).extracting(c -> c.name()).containsExactly("id", "v", "note");
      assertThat(alter.after().version()).isEqualTo(alter.before().version() + 1);
      ChangeEvent second = (ChangeEvent) output.get(2);
      assertThat(second.schema()).isEqualTo(alter.after());
      assertThat(second.after()).containsExactly(2, 2, "two");
      SchemaChange create = (SchemaChange) output.get(3);
      assertThat(create.kind()).isEqualTo(SchemaChange.Kind.CREATE_TABLE);
      assertThat(create.table().name()).isEqualTo("fresh");
      assertThat(create.after().primaryKey()).containsExactly("id");
      assertThat(((ChangeEvent) output.get(4)).after()).containsExactly(7L, "seven");
      SchemaChange truncate = (SchemaChange) output.get(5);
      assertThat(truncate.kind()).isEqualTo(SchemaChange.Kind.TRUNCATE_TABLE);
      assertThat(truncate.table().name()).isEqualTo("t");
      SchemaChange drop = (SchemaChange) output.get(6);
      assertThat(drop.table().name()).isEqualTo("fresh");
      assertThat(drop.after()).isNull();
      assertThat(drop.position()).isGreaterThan(truncate.position());
      running.assertHealthy();
    }
  }
}
