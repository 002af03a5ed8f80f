package io.tributary.connector.jdbc.postgres;

import static io.tributary.connector.jdbc.Batches.batch;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import io.tributary.connector.jdbc.NarrowRows;
import io.tributary.connector.jdbc.RecordingRejectedRows;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One batch of a million narrow rows inserted into an empty table, one updating them all, one deleting half. */
class PostgresSinkThroughputIT {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresSinkThroughputIT.class);
  private static final int ROWS = 1_000_000;
  private final PostgresTarget target = new PostgresTarget();

  @AfterEach
  void close() {
    target.close();
  }

  @Test
  void upsertsAMillionNarrowRowsInOneBatch() {
    Sink sink = target.sink("pg", new RecordingRejectedRows());
    sink.ensureTable(NarrowRows.SCHEMA);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 0, new TableChanges(NarrowRows.SCHEMA, NarrowRows.rows(1000, 0), List.of())));

    List<Object[]> inserts = NarrowRows.rows(ROWS, 1);
    long start = System.nanoTime();
    writer.write(batch(0, 1, new TableChanges(NarrowRows.SCHEMA, inserts, List.of())));
    long insertNanos = System.nanoTime() - start;
    List<Object[]> updates = NarrowRows.rows(ROWS, 2);
    start = System.nanoTime();
    writer.write(batch(0, 2, new TableChanges(NarrowRows.SCHEMA, updates, List.of())));
    long updateNanos = System.nanoTime() - start;
    List<Object[]> deletes = updates.subList(0, ROWS / 2);
    start = System.nanoTime();
    writer.write(batch(0, 3, new TableChanges(NarrowRows.SCHEMA, List.of(), deletes)));
    long deleteNanos = System.nanoTime() - start;

    LOG.info("PostgreSQL: {} new rows in {} ms ({} rows/s); {} updated rows in {} ms ({} rows/s)",
        ROWS, insertNanos / 1_000_000, NarrowRows.rate(ROWS, insertNanos), ROWS,
        updateNanos / 1_000_000, NarrowRows.rate(ROWS, updateNanos));
    LOG.info("{}: {} deleted rows in {} ms ({} rows/s)", "PostgreSQL", deletes.size(),
        deleteNanos / 1_000_000, NarrowRows.rate(deletes.size(), deleteNanos));
    assertThat(target.value("SELECT count(*) FROM bench.narrow")).isEqualTo((long) ROWS / 2);
    assertThat(target.value("SELECT name FROM bench.narrow WHERE id = 999999")).isEqualTo("name-999999-v2");
    assertThat(target.value("SELECT count(*) FROM bench.narrow WHERE id < 500000")).isEqualTo(0L);
    assertThat(writer.committedPosition()).isEqualTo("test:3");
  }
}
