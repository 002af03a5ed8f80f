package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.TableId;
import io.tributary.api.source.Source;
import io.tributary.connector.postgres.position.SnapshotPosition;
import io.tributary.testkit.PostgresServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PostgresSource#sample}: the snapshot's rows and schema, without a slot or any other change. */
class PostgresSampleIT {
  private final PostgresServer server = PostgresServer.shared();

  @Test
  void sampleRowsAreTheSnapshotsRowsAndNoSlotIsCreated() throws Exception {
    String db = server.createDatabase("sample_types");
    server.execute(db, AllTypesTable.SETUP);
    server.execute(db, AllTypesTable.inserts(0));
    server.execute(db, "CREATE TABLE other (id integer PRIMARY KEY)", "INSERT INTO other VALUES (1)");
    TableId table = new TableId("public", "all_types");
    List<ChangeEvent> snapshot = snapshotOf(db, table);
    assertThat(snapshot).hasSize(4);
    List<List<Object>> slots = replicationSlots(db);
    List<List<Object>> publications = server.query(db, "SELECT pubname FROM pg_publication ORDER BY 1");

    try (Source source = new PostgresSourceFactory().create(TestConfigs.forDatabase(server, db), "sample_types")) {
      List<ChangeEvent> two = source.sample(table, 2);
      assertThat(two).hasSize(2);
      assertSameAsSnapshot(two, snapshot);
      assertThat(two.get(0).after()).containsExactly(AllTypesTable.expected(1));
      assertThat(two.get(1).after()).containsExactly(AllTypesTable.expected(2));
      assertThat(two).extracting(ChangeEvent::position).containsOnly(SnapshotPosition.firstChunk(table));

      List<ChangeEvent> all = source.sample(table, 1000);
      assertThat(all).hasSize(4);
      assertSameAsSnapshot(all, snapshot);
    }
    assertThat(replicationSlots(db)).isEqualTo(slots);
    assertThat(server.query(db, "SELECT pubname FROM pg_publication ORDER BY 1")).isEqualTo(publications);
  }

  @Test
  void rowsComeInKeyOrder() {
    String db = server.createDatabase("sample_order");
    server.execute(db, "CREATE TABLE t (k text, n integer, v numeric(6,2), PRIMARY KEY (k, n))",
        "INSERT INTO t VALUES ('süd', 1, 1.5), ('nord', 2, NULL), ('nord', 1, 2.25), ('ost', 9, 0)",
        "UPDATE t SET v = 3 WHERE k = 'nord' AND n = 1");
    try (Source source = new PostgresSourceFactory().create(TestConfigs.forDatabase(server, db), "sample_order")) {
      List<ChangeEvent> sample = source.sample(new TableId("public", "t"), 3);
      assertThat(sample).extracting(e -> e.after()[0] + "/" + e.after()[1])
          .containsExactly("nord/1", "nord/2", "ost/9");
      assertThat(sample.get(0).after()[2]).isEqualTo(new BigDecimal("3.00"));
      assertThat(sample.get(1).after()[2]).isNull();
    }
  }

  @Test
  void aTableOutsideTheFilterIsAnErrorListingTheCapturedOnes() {
    String db = server.createDatabase("sample_filter");
    server.execute(db, "CREATE TABLE kept (id integer PRIMARY KEY)", "CREATE TABLE \"left out\" (id integer PRIMARY KEY)");
    try (Source source = new PostgresSourceFactory().create(
        TestConfigs.forDatabase(server, db, "tables-exclude", "public\\.left out"), "sample_filter")) {
      assertThatThrownBy(() -> source.sample(new TableId("public", "left out"), 2))
          .isInstanceOf(TributaryException.class)
          .hasMessageContaining("public.left out")
          .hasMessageContaining("The captured tables are: public.kept.");
      assertThatThrownBy(() -> source.sample(new TableId("public", "missing"), 2))
          .isInstanceOf(TributaryException.class)
          .hasMessageContaining("public.missing")
          .hasMessageContaining("public.kept");
      assertThatThrownBy(() -> source.sample(new TableId("public", "kept"), 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Every row of {@code table} as a snapshot-only run of the source (which creates no slot) emits it. */
  private List<ChangeEvent> snapshotOf(String db, TableId table) throws InterruptedException {
    try (RunningSource running = RunningSource.start(
        TestConfigs.forDatabase(server, db, "startup-mode", "snapshot"), "sample_snapshot", null)) {
      assertThat(running.awaitEnd(Duration.ofSeconds(60))).isNull();
      return running.context.events().stream().filter(e -> e.schema().id().equals(table)).toList();
    }
  }

  private List<List<Object>> replicationSlots(String db) {
    return server.query(db, "SELECT slot_name, database, confirmed_flush_lsn::text FROM pg_replication_slots ORDER BY 1");
  }

  private static void assertSameAsSnapshot(List<ChangeEvent> sample, List<ChangeEvent> snapshot) {
    for (int i = 0; i < sample.size(); i++) {
      ChangeEvent event = sample.get(i);
      assertThat(event.op()).isEqualTo(Operation.SNAPSHOT_READ);
      assertThat(event.before()).isNull();
      assertThat(event.commitMillis()).isZero();
      assertThat(event.schema()).isEqualTo(snapshot.get(i).schema());
      assertThat(event.after()).as("row %s", i).containsExactly(snapshot.get(i).after());
    }
  }
}
