package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.source.Source;
import io.tributary.testkit.PostgresServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the source refuses, how it says so, and how it survives a server restart. */
class PostgresFailureIT {
  private final PostgresServer server = PostgresServer.shared();

  @Test
  void aTableWithoutKeyOrIdentityIsRefusedWithTheWaysToFixIt() {
    String db = server.createDatabase("keyless");
    server.execute(db, "CREATE TABLE ok (id integer PRIMARY KEY)", "CREATE TABLE events (at timestamptz, what text)",
        "CREATE TABLE logged (seq integer NOT NULL, what text)");
    Source source = new PostgresSourceFactory().create(TestConfigs.forDatabase(server, db), "keyless");
    assertThatThrownBy(source::discover).isInstanceOf(TributaryException.class)
        .hasMessageContaining("\"public\".\"events\" has no primary key and no replica identity index")
        .hasMessageContaining("ADD PRIMARY KEY").hasMessageContaining("REPLICA IDENTITY FULL")
        .hasMessageContaining("primary-keys: \"public.events:col1,col2\"")
        .hasMessageContaining("\"public\".\"logged\"").hasMessageContaining("tables-exclude");

    server.execute(db, "ALTER TABLE logged REPLICA IDENTITY FULL");
    Source named = new PostgresSourceFactory().create(TestConfigs.forDatabase(server, db,
        "primary-keys", "public.logged:seq; public.events:at", "tables-exclude", "public\\.events"), "keyless");
    List<TableSchema> tables = named.discover();
    assertThat(tables).extracting(t -> t.id().name()).containsExactly("logged", "ok");
    assertThat(tables.get(0).primaryKey()).containsExactly("seq");

    Source notFull = new PostgresSourceFactory().create(
        TestConfigs.forDatabase(server, db, "primary-keys", "public.events:at"), "keyless");
    assertThatThrownBy(notFull::discover).hasMessageContaining("names [at] as the key of \"public\".\"events\"")
        .hasMessageContaining("ALTER TABLE \"public\".\"events\" REPLICA IDENTITY FULL;");
  }

  @Test
  void aUserWithoutReplicationOrSelectIsToldWhatToGrant() {
    String db = server.createDatabase("grants");
    server.execute(db, "CREATE TABLE t (id integer PRIMARY KEY)", "DROP ROLE IF EXISTS weak_cdc",
        "CREATE ROLE weak_cdc LOGIN PASSWORD 'weak'");
    Source source = new PostgresSourceFactory().create(
        TestConfigs.forDatabase(server, db, "username", "weak_cdc", "password", "weak"), "grants");
    assertThatThrownBy(source::discover).isInstanceOf(TributaryException.class)
        .hasMessageContaining("lacks the REPLICATION attribute: run ALTER ROLE \"weak_cdc\" REPLICATION;")
        .hasMessageContaining("may not SELECT from public.t");
    Source wrongPassword = new PostgresSourceFactory().create(
        TestConfigs.forDatabase(server, db, "username", "weak_cdc", "password", "nope"), "grants");
    assertThatThrownBy(wrongPassword::discover).hasMessageContaining("was refused").hasMessageContaining("'password'");
  }

  @Test
  void aServerWithoutLogicalWalIsRefusedNamingTheSetting() {
    try (PostgresServer replicaOnly = PostgresServer.builder().setting("wal_level", "replica")
        .setting("max_replication_slots", "0").start()) {
      String db = replicaOnly.createDatabase("walreplica");
      replicaOnly.execute(db, "CREATE TABLE t (id integer PRIMARY KEY)");
      Source source = new PostgresSourceFactory().create(TestConfigs.forDatabase(replicaOnly, db), "walreplica");
      assertThatThrownBy(source::discover).isInstanceOf(TributaryException.class)
          .hasMessageContaining("wal_level is 'replica' but must be 'logical'")
          .hasMessageContaining("ALTER SYSTEM SET wal_level = logical")
          .hasMessageContaining("max_replication_slots is 0");
    }
  }

  @Test
  void reconnectsAfterAServerRestartAndResumesAfterTheLastRow() throws Exception {
    try (PostgresServer own = PostgresServer.start()) {
      String db = own.createDatabase("restart");
      own.execute(db, "CREATE TABLE t (id integer PRIMARY KEY)", "INSERT INTO t VALUES (1)");
      try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(own, db), "restart", null).acknowledging()) {
        running.context.awaitEvents(1, Duration.ofSeconds(30));
        own.execute(db, "INSERT INTO t VALUES (2)");
        running.context.awaitEvents(2, Duration.ofSeconds(30));
        own.restart();
        own.execute(db, "INSERT INTO t VALUES (3)");
        running.context.awaitEvents(3, Duration.ofSeconds(60));
        own.restart();
        own.execute(db, "BEGIN", "INSERT INTO t VALUES (4)", "UPDATE t SET id = 5 WHERE id = 1", "COMMIT");
        running.context.awaitEvents(5, Duration.ofSeconds(60));
        Thread.sleep(1500);
        running.assertHealthy();
        assertThat(running.context.events()).extracting(e -> e.keyRow()[0]).containsExactly(1, 2, 3, 4, 5);
        assertThat(running.isRunning()).isTrue();
      }
    }
  }
}
