package io.tributary.connector.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.mysql.position.SnapshotPosition;
import io.tributary.testkit.MariaDbServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlSnapshotIT {
  private final MariaDbServer server = MariaDbServer.shared();

  @Test
  void snapshotsEveryTypeExactly() throws Exception {
    String db = server.createDatabase("snap_types");
    server.execute(db, AllTypesTable.DDL);
    List<String> inserts = new ArrayList<>(List.of("SET time_zone = '+00:00'"));
    inserts.addAll(AllTypesTable.INSERTS);
    server.execute(db, inserts.toArray(new String[0]));

    List<TableSchema> discovered = new MySqlSourceFactory().create(TestConfigs.forDatabase(server, db), "p").discover();
    assertThat(discovered).singleElement().satisfies(schema -> {
      assertThat(schema.id()).isEqualTo(new TableId(db, "all_types"));
      assertThat(schema.primaryKey()).containsExactly("id");
      assertThat(schema.columns().get(10).type()).isEqualTo(DataType.decimal(20, 0));
      assertThat(schema.columns().get(10).sourceType()).isEqualTo("bigint(20) unsigned");
      assertThat(schema.columns().get(32).type()).isEqualTo(DataType.json());
      assertThat(schema.columns().get(30).type()).isEqualTo(DataType.enumOf(List.of("a", "b", "c", "two\nlines")));
    });

    try (RunningSource running = RunningSource.start(
        TestConfigs.forDatabase(server, db, "startup-mode", "snapshot"), "snap-types", null)) {
      assertThat(running.awaitEnd(Duration.ofSeconds(30))).isNull();
      List<ChangeEvent> events = running.context.events();
      assertThat(events).hasSize(3).allSatisfy(e -> {
        assertThat(e.op()).isEqualTo(Operation.SNAPSHOT_READ);
        assertThat(e.position()).isInstanceOf(SnapshotPosition.class);
        assertThat(((SnapshotPosition) e.position()).chunk()).isZero();
      });
      TableSchema schema = events.get(0).schema();
      AllTypesTable.assertRow(schema, events.get(0).after(), AllTypesTable.ROW_1);
      AllTypesTable.assertRow(schema, events.get(1).after(), AllTypesTable.ROW_2);
      AllTypesTable.assertRow(schema, events.get(2).after(), AllTypesTable.ROW_3);
    }
  }

  @Test
  void readsInKeyChunksAndResumesFromAChunk() throws Exception {
    String db = server.createDatabase("snap_chunks");
    server.execute(db,
        "CREATE TABLE a (k1 VARCHAR(10), k2 BIGINT, v INT, PRIMARY KEY (k1, k2))",
        "CREATE TABLE b (id INT PRIMARY KEY)",
        "INSERT INTO a SELECT CONCAT('k', seq % 7), seq, seq FROM seq_1_to_1000",
        "INSERT INTO b SELECT seq FROM seq_1_to_10");
    var config = TestConfigs.forDatabase(server, db, "startup-mode", "snapshot", "snapshot-chunk-size", "64");
    List<ChangeEvent> all;
    try (RunningSource running = RunningSource.start(config, "snap-chunks", null)) {
      assertThat(running.awaitEnd(Duration.ofSeconds(30))).isNull();
      all = running.context.events();
    }
    assertThat(all).hasSize(1010);
    assertThat(all.stream().filter(e -> e.schema().id().name().equals("a")).map(e -> e.after()[2]).distinct().count())
        .isEqualTo(1000);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).position().compareTo(all.get(i - 1).position())).isGreaterThanOrEqualTo(0);
    }
    SnapshotPosition fifth = (SnapshotPosition) all.get(5 * 64 + 3).position();
    assertThat(fifth.chunk()).isEqualTo(5);
    assertThat(fifth.after()).hasSize(2);

    try (RunningSource resumed = RunningSource.start(config, "snap-chunks", fifth)) {
      assertThat(resumed.awaitEnd(Duration.ofSeconds(30))).isNull();
      List<ChangeEvent> again = resumed.context.events();
      assertThat(again).hasSize(1010 - 5 * 64);
      assertThat(again.get(0).position()).isEqualTo(fifth);
      for (int i = 0; i < again.size(); i++) {
        assertThat(again.get(i).after()).isEqualTo(all.get(5 * 64 + i).after());
        assertThat(again.get(i).position()).isEqualTo(all.get(5 * 64 + i).position());
      }
    }
  }
}
