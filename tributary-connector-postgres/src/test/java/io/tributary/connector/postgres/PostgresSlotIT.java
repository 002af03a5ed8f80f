package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.connector.postgres.position.Lsn;
import io.tributary.connector.postgres.position.WalPosition;
import io.tributary.testkit.PostgresServer;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Resuming inside a transaction, and the slot's confirmed position following the sinks (and idle time). */
class PostgresSlotIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private final PostgresServer server = PostgresServer.shared();

  @Test
  void resumesInTheMiddleOfATransactionWithoutGapOrDuplicate() throws Exception {
    String db = server.createDatabase("resume");
    server.execute(db, "CREATE TABLE t (id integer PRIMARY KEY, v text)", "CREATE TABLE other (id integer PRIMARY KEY)",
        "CREATE PUBLICATION existing FOR TABLE t, other");
    var config = TestConfigs.forDatabase(server, db, "startup-mode", "latest-offset", "tables", "public\\.t",
        "publication-name", "existing");
    WalPosition third;
    try (RunningSource first = RunningSource.start(config, "resume", null)) {
      awaitStreaming(db, "tributary_resume");
      server.execute(db, "BEGIN", "INSERT INTO t VALUES (1, 'a'), (2, 'b')", "INSERT INTO other VALUES (1)",
          "INSERT INTO t VALUES (3, 'c'), (4, 'd'), (5, 'e')", "COMMIT");
      List<ChangeEvent> events = first.context.awaitEvents(5, WAIT);
      first.assertHealthy();
      assertThat(events).as("rows of the published but not captured table count")
          .extracting(e -> ((WalPosition) e.position()).row()).containsExactly(1L, 2L, 4L, 5L, 6L);
      assertThat(events).extracting(e -> e.after()[0]).containsExactly(1, 2, 3, 4, 5);
      third = (WalPosition) events.get(2).position();
    }
    try (RunningSource second = RunningSource.start(config, "resume", third)) {
      second.context.awaitEvents(2, WAIT);
      server.execute(db, "INSERT INTO t VALUES (6, 'f')");
      List<ChangeEvent> replayed = second.context.awaitEvents(3, WAIT);
      second.assertHealthy();
      assertThat(replayed).extracting(e -> e.after()[0]).containsExactly(4, 5, 6);
      assertThat(replayed.get(0).position()).isEqualTo(new WalPosition(third.commitLsn(), 5));
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_resume");
    }
  }

  @Test
  void theSlotMovesOnlyAfterCommittedAndFollowsTheServerWhileIdle() throws Exception {
    String db = server.createDatabase("confirm");
    server.execute(db, "CREATE TABLE t (id integer PRIMARY KEY)", "CREATE TABLE noise (id serial PRIMARY KEY)");
    var config = TestConfigs.forDatabase(server, db, "startup-mode", "latest-offset", "tables", "public\\.t");
    try (RunningSource running = RunningSource.start(config, "confirm", null)) {
      awaitStreaming(db, "tributary_confirm");
      server.execute(db, "INSERT INTO t VALUES (1), (2)");
      List<ChangeEvent> events = running.context.awaitEvents(2, WAIT);
      WalPosition firstTransaction = (WalPosition) events.get(1).position();
      // A keepalive the server sends just before it decodes a commit record carries that record's start (the
      // commit LSN), and an idle slot may follow it: the server re-sends a transaction whose commit record starts
      // at the confirmed position, so "kept" means confirmed <= the commit LSN, never past it.
      Thread.sleep(3000);
      assertThat(confirmed(db, "tributary_confirm")).as("nothing committed yet").isLessThanOrEqualTo(firstTransaction.commitLsn());

      running.source.committed(events.get(0).position());
      Thread.sleep(2000);
      assertThat(confirmed(db, "tributary_confirm")).as("half a transaction committed")
          .isLessThanOrEqualTo(firstTransaction.commitLsn());
      running.source.committed(firstTransaction);
      awaitTrue(() -> confirmed(db, "tributary_confirm").compareTo(firstTransaction.commitLsn()) > 0, "first transaction");

      server.execute(db, "BEGIN", "INSERT INTO t VALUES (3), (4), (5)", "COMMIT");
      events = running.context.awaitEvents(5, WAIT);
      WalPosition second = (WalPosition) events.get(4).position();
      running.source.committed(events.get(3).position());
      Thread.sleep(2000);
      assertThat(confirmed(db, "tributary_confirm")).as("WAL of a half-committed transaction is kept")
          .isLessThanOrEqualTo(second.commitLsn());
      running.source.committed(second);
      awaitTrue(() -> confirmed(db, "tributary_confirm").compareTo(second.commitLsn()) > 0, "second transaction");

      for (int i = 0; i < 20; i++) {
        server.execute(db, "INSERT INTO noise DEFAULT VALUES");
      }
      Lsn serverNow = Lsn.parse(server.queryValue(db, "SELECT pg_current_wal_insert_lsn()::text").toString());
      awaitTrue(() -> confirmed(db, "tributary_confirm").compareTo(serverNow) >= 0, "idle slot follows the server");
      assertThat(running.context.eventCount()).isEqualTo(5);
      running.assertHealthy();
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_confirm");
    }
  }

  @Test
  void aCopyUnderAnOlderExistingSlotReplaysTheChangesSinceAndConverges() throws Exception {
    String db = server.createDatabase("oldslot");
    server.execute(db, "CREATE TABLE t (id integer PRIMARY KEY, v text)", "INSERT INTO t VALUES (1, 'a'), (2, 'b')",
        "CREATE PUBLICATION tributary_oldslot FOR TABLE t",
        "SELECT pg_create_logical_replication_slot('tributary_oldslot', 'pgoutput')",
        "UPDATE t SET v = 'a2' WHERE id = 1", "DELETE FROM t WHERE id = 2", "INSERT INTO t VALUES (3, 'c')");
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "oldslot", null)) {
      List<ChangeEvent> events = running.context.awaitEvents(2 + 3, WAIT);
      running.assertHealthy();
      assertThat(events.subList(0, 2)).allMatch(e -> e.position().isSnapshot());
      assertThat(events.subList(0, 2)).extracting(e -> e.after()[0]).containsExactly(1, 3);
      assertThat(events.subList(2, 5)).extracting(e -> e.op().name()).containsExactly("UPDATE", "DELETE", "INSERT");
      java.util.Map<Object, Object> state = new java.util.TreeMap<>();
      for (ChangeEvent e : events) {
        if (e.before() != null) {
          state.remove(e.before()[0]);
        }
        if (e.after() != null) {
          state.put(e.after()[0], e.after()[1]);
        }
      }
      assertThat(state).containsExactly(java.util.Map.entry(1, "a2"), java.util.Map.entry(3, "c"));
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_oldslot");
    }
  }

  /** Waits until the slot is being streamed (active) so that changes made now are captured. */
  private void awaitStreaming(String db, String slot) throws InterruptedException {
    awaitTrue(() -> Boolean.TRUE.equals(server.queryValue(db,
        "SELECT active FROM pg_replication_slots WHERE slot_name = ?", slot)), "slot " + slot + " active");
  }

  private Lsn confirmed(String db, String slot) {
    return Lsn.parse(TestConfigs.confirmedFlush(server, db, slot));
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT.toMillis();
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("waited " + WAIT + " for " + what);
      }
      Thread.sleep(100);
    }
  }
}
