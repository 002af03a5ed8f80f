package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.connector.postgres.position.WalPosition;
import io.tributary.testkit.PostgresServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TRUNCATE and columns added or dropped upstream, in order with the rows. */
class PostgresSchemaChangeIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private final PostgresServer server = PostgresServer.shared();

  @Test
  void truncateIsASchemaChangeInOrderWithTheRows() throws Exception {
    String db = server.createDatabase("truncate");
    server.execute(db, "CREATE TABLE a (id integer PRIMARY KEY)", "CREATE TABLE b (id integer PRIMARY KEY)",
        "INSERT INTO a VALUES (1)");
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "truncate", null)) {
      running.context.awaitEvents(1, WAIT);
      server.execute(db, "INSERT INTO a VALUES (2)", "TRUNCATE a, b", "INSERT INTO a VALUES (3)");
      running.context.awaitEvents(3, WAIT);
      running.assertHealthy();
      List<Object> output = running.context.output();
      assertThat(output).hasSize(5);
      assertThat(((ChangeEvent) output.get(1)).after()).containsExactly(2);
      SchemaChange first = (SchemaChange) output.get(2);
      SchemaChange second = (SchemaChange) output.get(3);
      assertThat(List.of(first.table().name(), second.table().name())).containsExactlyInAnyOrder("a", "b");
      assertThat(first.kind()).isEqualTo(SchemaChange.Kind.TRUNCATE_TABLE);
      assertThat(second.kind()).isEqualTo(SchemaChange.Kind.TRUNCATE_TABLE);
      assertThat(first.position()).isEqualTo(second.position()).isInstanceOf(WalPosition.class);
      assertThat(((ChangeEvent) output.get(4)).after()).containsExactly(3);
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_truncate");
    }
  }

  @Test
  void addedAndDroppedColumnsAreAltersBeforeTheFirstRowInTheNewShape() throws Exception {
    String db = server.createDatabase("alter");
    server.execute(db, "CREATE TABLE t (id integer PRIMARY KEY, a text)", "INSERT INTO t VALUES (1, 'x')");
    try (RunningSource running = RunningSource.start(TestConfigs.forDatabase(server, db), "alter", null)) {
      running.context.awaitEvents(1, WAIT);
      server.execute(db, "INSERT INTO t VALUES (2, 'y')", "ALTER TABLE t ADD COLUMN qty numeric(8,2) NOT NULL DEFAULT 0",
          "INSERT INTO t VALUES (3, 'z', 4.5)", "ALTER TABLE t DROP COLUMN a", "UPDATE t SET qty = 1 WHERE id = 1");
      running.context.awaitEvents(4, WAIT);
      running.assertHealthy();
      List<Object> output = running.context.output();
      assertThat(output).hasSize(6);
      ChangeEvent beforeAlter = (ChangeEvent) output.get(1);
      assertThat(beforeAlter.after()).containsExactly(2, "y");
      SchemaChange added = (SchemaChange) output.get(2);
      assertThat(added.kind()).isEqualTo(SchemaChange.Kind.ALTER_TABLE);
      assertThat(added.before()).isEqualTo(beforeAlter.schema());
      assertThat(added.after().columns()).extracting(Column::name).containsExactly("id", "a", "qty");
      assertThat(added.after().columns().get(2).nullable()).isFalse();
      assertThat(added.after().version()).isEqualTo(2);
      ChangeEvent inserted = (ChangeEvent) output.get(3);
      assertThat(inserted.schema()).isEqualTo(added.after());
      assertThat(inserted.after()).containsExactly(3, "z", new java.math.BigDecimal("4.50"));
      SchemaChange dropped = (SchemaChange) output.get(4);
      assertThat(dropped.after().columns()).extracting(Column::name).containsExactly("id", "qty");
      assertThat(dropped.after().version()).isEqualTo(3);
      assertThat(((ChangeEvent) output.get(5)).after()).containsExactly(1, new java.math.BigDecimal("1.00"));
    } finally {
      TestConfigs.dropSlot(server, db, "tributary_alter");
    }
  }
}
