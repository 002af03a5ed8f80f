package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.Unchanged;
import io.tributary.connector.postgres.stream.UnchangedToastPolicy;
import io.tributary.testkit.PostgresServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An UPDATE that leaves a large out-of-line (TOASTed) value unchanged, under each replica identity. */
class PostgresToastIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String BIG = "x".repeat(5000) + "end";
  private final PostgresServer server = PostgresServer.shared();

  private String tableWithToastedValue(String prefix, String identity) {
    String db = server.createDatabase(prefix);
    server.execute(db, "CREATE TABLE docs (id integer PRIMARY KEY, title text, body text)",
        "ALTER TABLE docs ALTER COLUMN body SET STORAGE EXTERNAL", "ALTER TABLE docs REPLICA IDENTITY " + identity,
        "INSERT INTO docs VALUES (1, 'first', repeat('x', 5000) || 'end')");
    return db;
  }

  @Test
  void fullIdentityCarriesTheUnchangedValueFromTheOldRow() throws Exception {
    String db = tableWithToastedValue("toastfull", "FULL");
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "toastfull", null)) {
      running.context.awaitEvents(1, WAIT);
      server.execute(db, "UPDATE docs SET title = 'renamed' WHERE id = 1");
      List<ChangeEvent> events = running.context.awaitEvents(2, WAIT);
      running.assertHealthy();
      assertThat(events.get(0).after()).containsExactly(1, "first", BIG);
      ChangeEvent update = events.get(1);
      assertThat(update.op()).isEqualTo(Operation.UPDATE);
      assertThat(update.before()).containsExactly(1, "first", BIG);
      assertThat(update.after()).containsExactly(1, "renamed", BIG);
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_toastfull");
    }
  }

  @Test
  void defaultIdentityMarksTheValueForTheTargetsToKeepByDefault() throws Exception {
    String db = tableWithToastedValue("toastdefault", "DEFAULT");
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "toastdefault", null)) {
      running.context.awaitEvents(1, WAIT);
      server.execute(db, "UPDATE docs SET title = 'renamed' WHERE id = 1",
          "UPDATE docs SET body = 'small now' WHERE id = 1");
      List<ChangeEvent> events = running.context.awaitEvents(3, WAIT);
      running.assertHealthy();
      assertThat(events.get(1).op()).isEqualTo(Operation.UPDATE);
      assertThat(events.get(1).after()).containsExactly(1, "renamed", Unchanged.VALUE);
      assertThat(events.get(1).before()).containsExactly(1, null, null);
      assertThat(events.get(2).after()).containsExactly(1, "renamed", "small now");
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_toastdefault");
    }
  }

  @Test
  void defaultIdentityStopsWithAMessageWhenThePolicyRefuses() throws Exception {
    String db = tableWithToastedValue("toastrefuse", "DEFAULT");
    PostgresSource source = new PostgresSource(PostgresSourceConfig.from(TestConfigs.forDatabase(server, db), "toastrefuse"),
        "toastrefuse", UnchangedToastPolicy.refuse());
    try (RunningSource running = RunningSource.of(source, "toastrefuse")) {
      running.context.awaitEvents(1, WAIT);
      server.execute(db, "UPDATE docs SET title = 'renamed' WHERE id = 1");
      Throwable failure = running.awaitEnd(WAIT);
      assertThat(failure).isInstanceOf(TributaryException.class)
          .hasMessageContaining("UPDATE of public.docs at transaction")
          .hasMessageContaining("column body").hasMessageContaining("REPLICA IDENTITY FULL");
      assertThat(running.context.eventCount()).isEqualTo(1);
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_toastrefuse");
    }
  }

  @Test
  void aKeyChangeLeavingTheValueUnchangedStopsTheStreamWhateverThePolicy() throws Exception {
    String db = tableWithToastedValue("toastkey", "DEFAULT");
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "toastkey", null)) {
      running.context.awaitEvents(1, WAIT);
      server.execute(db, "UPDATE docs SET id = 2 WHERE id = 1");
      Throwable failure = running.awaitEnd(WAIT);
      assertThat(failure).isInstanceOf(TributaryException.class).hasMessageContaining("column body");
      assertThat(running.context.eventCount()).isEqualTo(1);
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_toastkey");
    }
  }
}
