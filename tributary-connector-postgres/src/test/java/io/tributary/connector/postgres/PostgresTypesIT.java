package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.postgres.position.SnapshotPosition;
import io.tributary.connector.postgres.position.WalPosition;
import io.tributary.testkit.PostgresServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every supported type, NULLs and edge values, read by the snapshot and by the stream (text and binary). */
class PostgresTypesIT {
  private final PostgresServer server = PostgresServer.shared();

  @ParameterizedTest(name = "binary-tuples {0}")
  @ValueSource(booleans = {false, true})
  void everyTypeRoundTripsThroughSnapshotAndStream(boolean binary) throws Exception {
    String db = server.createDatabase("types");
    server.execute(db, AllTypesTable.SETUP);
    server.execute(db, AllTypesTable.inserts(0));
    String pipeline = "types_" + binary;
    var config = TestConfigs.forDatabase(server, db, "binary-tuples", Boolean.toString(binary));
    try (RunningSource running = RunningSource.start(config, pipeline, null)) {
      List<ChangeEvent> snapshot = running.context.awaitEvents(4, Duration.ofSeconds(60));
      server.execute(db, AllTypesTable.inserts(100));
      List<ChangeEvent> events = running.context.awaitEvents(8, Duration.ofSeconds(60));
      running.assertHealthy();
      TableSchema schema = events.get(0).schema();
      assertThat(schema.columns()).extracting(Column::type).containsExactlyElementsOf(AllTypesTable.TYPES);
      assertThat(schema.primaryKey()).containsExactly("id");
      for (ChangeEvent e : snapshot.subList(0, 4)) {
        assertThat(e.op()).isEqualTo(Operation.SNAPSHOT_READ);
        assertThat(e.position()).isInstanceOf(SnapshotPosition.class);
        assertThat(e.after()).containsExactly(AllTypesTable.expected((Integer) e.after()[0]));
      }
      for (ChangeEvent e : events.subList(4, 8)) {
        assertThat(e.op()).isEqualTo(Operation.INSERT);
        assertThat(e.position()).isInstanceOf(WalPosition.class);
        assertThat(e.commitMillis()).isPositive();
        assertThat(e.schema().sameShape(schema)).isTrue();
        assertThat(e.after()).as("stream row %s", e.after()[0]).containsExactly(AllTypesTable.expected((Integer) e.after()[0]));
      }
    } finally {
      TestConfigs.dropSlot(server, db, PostgresSourceConfig.defaultSlotName(pipeline));
    }
  }
}
