package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.schema.TableId;
import io.tributary.connector.postgres.position.SnapshotPosition;
import io.tributary.testkit.PostgresServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chunked parallel copies: composite keys of awkward types, and resuming at a chunk. */
class PostgresSnapshotIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private final PostgresServer server = PostgresServer.shared();

  @Test
  void compositeKeysOfTextAndTimestamptzAreCutIntoChunksWithoutGapOrOverlap() throws Exception {
    String db = server.createDatabase("chunks");
    server.execute(db, "CREATE TABLE \"odd \"\"name\" (region text, at timestamptz, n integer, v text,"
            + " PRIMARY KEY (region, at, n))",
        "INSERT INTO \"odd \"\"name\" SELECT (ARRAY['north', 'süd', 'e,a\"st', ''])[1 + g % 4],"
            + " timestamptz '2024-01-01 00:00:00.123456+00' + (g % 13) * interval '1 hour 0.5 second', g, 'v' || g"
            + " FROM generate_series(1, 2000) g");
    var config = TestConfigs.forDatabase(server, db, "startup-mode", "snapshot", "snapshot-chunk-size", "37",
        "snapshot-parallelism", "3");
    try (RunningSource running = RunningSource.start(config, "chunks", null)) {
      assertThat(running.awaitEnd(WAIT)).isNull();
      List<ChangeEvent> events = running.context.events();
      Set<Object> ids = new HashSet<>();
      events.forEach(e -> assertThat(ids.add(e.after()[2])).as("row %s twice", e.after()[2]).isTrue());
      assertThat(ids).hasSize(2000);
      assertThat(events.stream().map(e -> ((SnapshotPosition) e.position()).chunk()).distinct().count())
          .isGreaterThanOrEqualTo(2000 / 37);
      assertThat(events.get(0).schema().id()).isEqualTo(new TableId("public", "odd \"name"));
    }
  }

  @Test
  void aCopyResumedAtAChunkReadsOnlyTheRowsAfterItsLowerBound() throws Exception {
    String db = server.createDatabase("resumecopy");
    server.execute(db, "CREATE TABLE a (id integer PRIMARY KEY)", "CREATE TABLE b (id bigint PRIMARY KEY)",
        "CREATE TABLE c (id integer PRIMARY KEY)", "INSERT INTO a SELECT generate_series(1, 50)",
        "INSERT INTO b SELECT generate_series(1, 1000)", "INSERT INTO c SELECT generate_series(1, 10)");
    var config = TestConfigs.forDatabase(server, db, "startup-mode", "snapshot", "snapshot-chunk-size", "100");
    SnapshotPosition resume = new SnapshotPosition(new TableId("public", "b"), 3, List.of("300"));
    try (RunningSource running = RunningSource.start(config, "resumecopy", resume)) {
      assertThat(running.awaitEnd(WAIT)).isNull();
      List<ChangeEvent> events = running.context.events();
      assertThat(events).hasSize(700 + 10);
      assertThat(events.get(0).after()).containsExactly(301L);
      assertThat(events.get(0).position()).isEqualTo(resume);
      assertThat(events.get(699).after()).containsExactly(1000L);
      assertThat(((SnapshotPosition) events.get(699).position()).chunk()).isEqualTo(9);
      assertThat(events.get(700).schema().id().name()).isEqualTo("c");
    }
  }
}
