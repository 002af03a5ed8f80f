package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Four lanes write disjoint keys of the same table at the same time. */
class DuckDbConcurrentLanesIT {
  private static final int LANES = 4;
  private static final TableSchema EVENTS = new TableSchema(new TableId("app", "events"), List.of(
      new Column("id", DataType.int64(), false),
      new Column("version", DataType.int32(), false),
      new Column("payload", DataType.string(100), true)), List.of("id"), 1);

  @TempDir Path dir;

  /**
   * Batch {@code b} of a lane inserts its next {@code rows} keys, updates the keys of batch {@code
   * b - 1} and deletes every tenth key of batch {@code b - 2}. Keys are interleaved between lanes
   * ({@code id % LANES == lane}), as hashing spreads them.
   */
  private static SinkBatch batch(int lane, int b, int rows) {
    List<Object[]> upserts = new ArrayList<>();
    List<Object[]> deletes = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      upserts.add(new Object[] {key(lane, b, i, rows), 1, "lane " + lane});
      if (b >= 1) {
        upserts.add(new Object[] {key(lane, b - 1, i, rows), 2, "updated"});
      }
      if (b >= 2 && i % 10 == 0) {
        deletes.add(new Object[] {key(lane, b - 2, i, rows), null, null});
      }
    }
    return new SinkBatch(lane, List.of(new TableChanges(EVENTS, upserts, deletes)), new TestPosition(b));
  }

  private static long key(int lane, int batch, int i, int rows) {
    return ((long) batch * rows + i) * LANES + lane;
  }

  private static void writeConcurrently(DuckDbSink sink, int batches, int rows) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(LANES);
    try {
      List<Future<?>> lanes = new ArrayList<>();
      for (int lane = 0; lane < LANES; lane++) {
        int l = lane;
        lanes.add(pool.submit(() -> {
          try (SinkWriter writer = sink.openWriter(l)) {
            for (int b = 0; b < batches; b++) {
              writer.write(batch(l, b, rows));
            }
          }
          return null;
        }));
      }
      for (Future<?> lane : lanes) {
        lane.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private void assertAllCommitted(Path file, DuckDbSink sink, int batches, int rows) {
    long written = (long) LANES * batches * rows;
    long deleted = (long) LANES * (batches - 2) * ((rows + 9) / 10);
    assertThat(DuckDbTestDatabase.count(file, "app.events")).isEqualTo(written - deleted);
    assertThat(DuckDbTestDatabase.query(file, "SELECT count(*), count(DISTINCT id % 4) FROM app.events WHERE version = 1"))
        .containsExactly(List.of(String.valueOf(LANES * rows), "4"));
    Map<Integer, String> positions = new HashMap<>();
    for (int lane = 0; lane < LANES; lane++) {
      positions.put(lane, "test:" + (batches - 1));
    }
    assertThat(sink.committedPositions()).isEqualTo(positions);
  }

  @Test
  void lanesWritingLargeBatchesToTheSameTableAllCommit() throws Exception {
    Path file = dir.resolve("large.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", LANES, new RecordingRejections(true))) {
      sink.ensureTable(EVENTS);
      writeConcurrently(sink, 40, 2_000);
      assertAllCommitted(file, sink, 40, 2_000);
    }
  }

  /**
   * Tiny batches put rows of every lane into the same storage vectors; concurrent upserts there
   * crash DuckDB 1.4.1 ("Unaligned fetch in validity and main column data for update") unless the
   * lanes take turns.
   */
  @Test
  void lanesUpdatingRowsThatShareStorageVectorsAllCommit() throws Exception {
    Path file = dir.resolve("small.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", LANES, new RecordingRejections(true))) {
      sink.ensureTable(EVENTS);
      writeConcurrently(sink, 60, 5);
      assertAllCommitted(file, sink, 60, 5);
    }
  }
}
