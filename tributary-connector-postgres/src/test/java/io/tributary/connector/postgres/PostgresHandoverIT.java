package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.connector.postgres.position.SnapshotPosition;
import io.tributary.connector.postgres.position.WalPosition;
import io.tributary.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The parallel snapshot hands over to the stream with no gap and no duplicate while the table is written. */
class PostgresHandoverIT {
  private final PostgresServer server = PostgresServer.shared();

  @Test
  void snapshotThenStreamConvergesUnderConcurrentWrites() throws Exception {
    String db = server.createDatabase("handover");
    server.execute(db, "CREATE TABLE h (id integer PRIMARY KEY, v integer, note text)",
        "INSERT INTO h SELECT g, 0, 'initial' FROM generate_series(1, 60000) g");
    AtomicBoolean writing = new AtomicBoolean(true);
    Thread writer = new Thread(() -> write(db, writing), "handover-writer");
    writer.start();
    var config = TestConfigs.forDatabase(server, db, "snapshot-chunk-size", "1000", "snapshot-parallelism", "4");
    try (RunningSource running = RunningSource.start(config, "handover", null)) {
      Thread.sleep(2500);
      writing.set(false);
      writer.join();
      Map<Object, List<Object>> expected = tableContents(db);
      long deadline = System.currentTimeMillis() + 60_000;
      Map<Object, List<Object>> replayed = replay(running.context.events());
      while (!replayed.equals(expected) && System.currentTimeMillis() < deadline) {
        Thread.sleep(200);
        replayed = replay(running.context.events());
      }
      running.assertHealthy();
      assertThat(replayed).isEqualTo(expected);
      assertPositionsOrdered(running.context.events());
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_handover");
    }
  }

  private void write(String db, AtomicBoolean writing) {
    Random random = new Random(42);
    int nextId = 60_001;
    try (Connection connection = server.connect(db); Statement statement = connection.createStatement()) {
      while (writing.get()) {
        int id = 1 + random.nextInt(nextId - 1);
        switch (random.nextInt(5)) {
          case 0 -> statement.execute("INSERT INTO h VALUES (" + nextId++ + ", 1, 'new')");
          case 1 -> statement.execute("DELETE FROM h WHERE id = " + id);
          case 2 -> statement.execute("UPDATE h SET id = " + nextId++ + " WHERE id = " + id);
          case 3 -> statement.execute("UPDATE h SET v = v + 1, note = 'multi' WHERE id BETWEEN " + id + " AND " + (id + 5));
          default -> statement.execute("UPDATE h SET v = v + 1 WHERE id = " + id);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<Object, List<Object>> tableContents(String db) {
    Map<Object, List<Object>> out = new HashMap<>();
    for (List<Object> row : server.query(db, "SELECT id, v, note FROM h")) {
      out.put(((Number) row.get(0)).intValue(), List.of(((Number) row.get(0)).intValue(), ((Number) row.get(1)).intValue(), row.get(2)));
    }
    return out;
  }

  private static Map<Object, List<Object>> replay(List<ChangeEvent> events) {
    Map<Object, List<Object>> state = new HashMap<>();
    for (ChangeEvent e : events) {
      if (e.before() != null) {
        state.remove(e.before()[0]);
      }
      if (e.after() != null) {
        state.put(e.after()[0], List.of(e.after()));
      }
    }
    return state;
  }

  private static void assertPositionsOrdered(List<ChangeEvent> events) {
    SourcePosition previous = null;
    boolean streaming = false;
    Set<Object> snapshotKeys = new HashSet<>();
    for (ChangeEvent e : events) {
      SourcePosition p = e.position();
      if (p instanceof SnapshotPosition) {
        assertThat(streaming).as("a snapshot row after stream rows").isFalse();
        assertThat(snapshotKeys.add(e.after()[0])).as("snapshot row %s read twice", e.after()[0]).isTrue();
        if (previous != null) {
          assertThat(p.compareTo(previous)).isGreaterThanOrEqualTo(0);
        }
      } else {
        assertThat(p).isInstanceOf(WalPosition.class);
        if (previous != null) {
          assertThat(p.compareTo(previous)).as("stream positions strictly increase: %s after %s", p, previous).isPositive();
        }
        streaming = true;
      }
      previous = p;
    }
    assertThat(snapshotKeys.size()).isGreaterThanOrEqualTo(59_000);
    assertThat(streaming).as("writes during the snapshot reach the stream").isTrue();
  }
}
