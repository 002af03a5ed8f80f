package io.tributary.connector.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.TableId;
import io.tributary.api.source.Source;
import io.tributary.connector.mysql.position.SnapshotPosition;
import io.tributary.testkit.MariaDbServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MySqlSource#sample}: the snapshot's rows and schema, without touching the server. */
class MySqlSampleIT {
  private final MariaDbServer server = MariaDbServer.shared();

  @Test
  void sampleRowsAreTheSnapshotsRows() throws Exception {
    String db = server.createDatabase("sample_types");
    server.execute(db, AllTypesTable.DDL, "CREATE TABLE other (id INT PRIMARY KEY)", "INSERT INTO other VALUES (1)");
    List<String> inserts = new ArrayList<>(List.of("SET time_zone = '+00:00'"));
    inserts.addAll(AllTypesTable.INSERTS);
    server.execute(db, inserts.toArray(new String[0]));
    TableId table = new TableId(db, "all_types");
    List<ChangeEvent> snapshot = snapshotOf(db, table);
    assertThat(snapshot).hasSize(3);

    List<ChangeEvent> sample;
    try (Source source = new MySqlSourceFactory().create(TestConfigs.forDatabase(server, db), "sample")) {
      sample = source.sample(table, 2);
    }
    assertThat(sample).hasSize(2);
    assertSameAsSnapshot(sample, snapshot);
    AllTypesTable.assertRow(sample.get(0).schema(), sample.get(0).after(), AllTypesTable.ROW_1);
    AllTypesTable.assertRow(sample.get(1).schema(), sample.get(1).after(), AllTypesTable.ROW_2);
    assertThat(sample.get(0).position()).isInstanceOfSatisfying(SnapshotPosition.class, p -> {
      assertThat(p.table()).isEqualTo(table);
      assertThat(p.chunk()).isZero();
    });
  }

  @Test
  void askingForMoreRowsThanExistReturnsAllIncludingNulls() throws Exception {
    String db = server.createDatabase("sample_all");
    List<String> setup = new ArrayList<>(List.of(AllTypesTable.DDL, "SET time_zone = '+00:00'"));
    List<String> rowsLastFirst = new ArrayList<>(AllTypesTable.INSERTS);
    Collections.reverse(rowsLastFirst);
    setup.addAll(rowsLastFirst);
    server.execute(db, setup.toArray(new String[0]));
    TableId table = new TableId(db, "all_types");
    List<ChangeEvent> snapshot = snapshotOf(db, table);

    try (Source source = new MySqlSourceFactory().create(TestConfigs.forDatabase(server, db), "sample")) {
      List<ChangeEvent> sample = source.sample(table, 1000);
      assertThat(sample).hasSize(3);
      assertSameAsSnapshot(sample, snapshot);
      AllTypesTable.assertRow(sample.get(2).schema(), sample.get(2).after(), AllTypesTable.ROW_3);
    }
  }

  @Test
  void samplingWritesNothingToTheBinlog() {
    String db = server.createDatabase("sample_quiet");
    server.execute(db, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))", "INSERT INTO t VALUES (1, 'é'), (2, NULL)");
    List<List<Object>> before = server.query(db, "SHOW MASTER STATUS");
    try (Source source = new MySqlSourceFactory().create(TestConfigs.forDatabase(server, db), "sample")) {
      assertThat(source.sample(new TableId(db, "t"), 5))
          .extracting(e -> e.after()[1]).containsExactly("é", null);
    }
    assertThat(server.query(db, "SHOW MASTER STATUS")).isEqualTo(before);
  }

  @Test
  void aTableOutsideTheFilterIsAnErrorListingTheCapturedOnes() {
    String db = server.createDatabase("sample_filter");
    server.execute(db, "CREATE TABLE kept (id INT PRIMARY KEY)", "CREATE TABLE `left out` (id INT PRIMARY KEY)");
    try (Source source = new MySqlSourceFactory().create(
        TestConfigs.forDatabase(server, db, "tables-exclude", ".*\\.left out"), "sample")) {
      assertThatThrownBy(() -> source.sample(new TableId(db, "left out"), 2))
          .isInstanceOf(TributaryException.class)
          .hasMessageContaining(db + ".left out")
          .hasMessageContaining("The captured tables are: " + db + ".kept.");
      assertThatThrownBy(() -> source.sample(new TableId(db, "missing"), 2))
          .isInstanceOf(TributaryException.class)
          .hasMessageContaining(db + ".missing")
          .hasMessageContaining(db + ".kept");
      assertThatThrownBy(() -> source.sample(new TableId(db, "kept"), 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aTableWithoutPrimaryKeyIsSampledInServerOrder() {
    String db = server.createDatabase("sample_keyless");
    server.execute(db, "CREATE TABLE log (line TEXT)", "INSERT INTO log VALUES ('a'), ('b'), ('c')");
    try (Source source = new MySqlSourceFactory().create(TestConfigs.forDatabase(server, db), "sample")) {
      List<ChangeEvent> sample = source.sample(new TableId(db, "log"), 2);
      assertThat(sample).hasSize(2).allSatisfy(e -> assertThat(e.op()).isEqualTo(Operation.SNAPSHOT_READ));
      assertThat(sample).extracting(e -> e.after()[0]).isSubsetOf("a", "b", "c");
    }
  }

  /** Every row of {@code table} as a snapshot-only run of the source emits it. */
  private List<ChangeEvent> snapshotOf(String db, TableId table) throws InterruptedException {
    try (RunningSource running = RunningSource.start(
        TestConfigs.forDatabase(server, db, "startup-mode", "snapshot"), "sample-snapshot", null)) {
      assertThat(running.awaitEnd(Duration.ofSeconds(30))).isNull();
      return running.context.events().stream().filter(e -> e.schema().id().equals(table)).toList();
    }
  }

  private static void assertSameAsSnapshot(List<ChangeEvent> sample, List<ChangeEvent> snapshot) {
    for (int i = 0; i < sample.size(); i++) {
      ChangeEvent event = sample.get(i);
      assertThat(event.op()).isEqualTo(Operation.SNAPSHOT_READ);
      assertThat(event.before()).isNull();
      assertThat(event.commitMillis()).isZero();
      assertThat(event.schema()).isEqualTo(snapshot.get(i).schema());
      AllTypesTable.assertRow(event.schema(), event.after(), snapshot.get(i).after());
    }
  }
}
