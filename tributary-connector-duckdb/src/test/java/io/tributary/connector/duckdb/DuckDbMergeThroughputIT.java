package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.option.Config;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures merging narrow rows (sysbench's shape) through {@code write()}: a pass that inserts
 * every key, then a pass that updates every key, with one lane and with four. Prints rows/s.
 * {@code -Dduckdb.throughput.rows} sets the row count (default 200,000 to keep the build quick; the
 * figures in the README come from 1,000,000), {@code
 * -Dduckdb.throughput.batch} the rows per batch (default 20,000, the runtime's batch size), {@code
 * -Dduckdb.throughput.checkpoint-threshold} the sink's {@code checkpoint-threshold} option.
 */
class DuckDbMergeThroughputIT {
  private static final int ROWS = Integer.getInteger("duckdb.throughput.rows", 200_000);
  private static final int BATCH = Integer.getInteger("duckdb.throughput.batch", 20_000);
  private static final String CHECKPOINT_THRESHOLD = System.getProperty("duckdb.throughput.checkpoint-threshold", "");
  private static final TableSchema SBTEST = new TableSchema(new TableId("bench", "sbtest"), List.of(
      new Column("id", DataType.int64(), false),
      new Column("k", DataType.int32(), false),
      new Column("c", DataType.string(120), false),
      new Column("pad", DataType.string(60), false)), List.of("id"), 1);

  @TempDir Path dir;

  private static String digits(Random random, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = (i + 1) % 12 == 0 ? '-' : (char) ('0' + random.nextInt(10));
    }
    return new String(out);
  }

  /** The rows of one lane ({@code id % lanes == lane}), cut into batches. */
  private static List<List<Object[]>> batches(int lane, int lanes, int pass) {
    Random random = new Random(31L * lane + pass);
    List<List<Object[]>> out = new ArrayList<>();
    List<Object[]> current = new ArrayList<>();
    for (long id = lane; id < ROWS; id += lanes) {
      current.add(new Object[] {id, random.nextInt(ROWS) + pass, digits(random, 120), digits(random, 60)});
      if (current.size() == BATCH) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** Writes one pass with {@code lanes} lanes at once; returns rows/s. */
  private static double pass(DuckDbSink sink, int lanes, int pass) throws Exception {
    List<List<List<Object[]>>> work = new ArrayList<>();
    for (int lane = 0; lane < lanes; lane++) {
      work.add(batches(lane, lanes, pass));
    }
    ExecutorService pool = Executors.newFixedThreadPool(lanes);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int lane = 0; lane < lanes; lane++) {
        int l = lane;
        running.add(pool.submit(() -> {
          try (SinkWriter writer = sink.openWriter(l)) {
            long position = pass * 1_000_000L;
            for (List<Object[]> rows : work.get(l)) {
              writer.write(new SinkBatch(l, List.of(new TableChanges(SBTEST, rows, List.of())), new TestPosition(++position)));
            }
          }
          return null;
        }));
      }
      for (Future<?> lane : running) {
        lane.get();
      }
    } finally {
      pool.shutdown();
    }
    return ROWS / ((System.nanoTime() - start) / 1e9);
  }

  private void measure(int lanes) throws Exception {
    Path file = dir.resolve("bench-" + lanes + ".duckdb");
    Config config = Config.of("path", file.toString(), "checkpoint-threshold", CHECKPOINT_THRESHOLD);
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(config, "bench", lanes, new RecordingRejections(true))) {
      sink.ensureTable(SBTEST);
      double inserts = pass(sink, lanes, 1);
      double updates = pass(sink, lanes, 2);
      System.out.printf("DuckDB merge of %,d narrow rows, %d lane(s), batches of %,d, checkpoint-threshold '%s': insert pass %,.0f rows/s,"
          + " update pass %,.0f rows/s%n", ROWS, lanes, BATCH, CHECKPOINT_THRESHOLD, inserts, updates);
      assertThat(DuckDbTestDatabase.count(file, "bench.sbtest")).isEqualTo(ROWS);
      assertThat(DuckDbTestDatabase.query(file, "SELECT count(*) FROM bench.sbtest WHERE length(c) = 120 AND length(pad) = 60"))
          .containsExactly(List.of(String.valueOf(ROWS)));
    }
  }

  @Test
  void oneLane() throws Exception {
    measure(1);
  }

  @Test
  void fourLanes() throws Exception {
    measure(4);
  }
}
