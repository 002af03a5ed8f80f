package io.tributary.connector.jdbc.mysql;

import static io.tributary.connector.jdbc.Batches.batch;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
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
class MySqlSinkThroughputIT {
  private static final Logger LOG = LoggerFactory.getLogger(MySqlSinkThroughputIT.class);
  private static final int ROWS = 1_000_000;
  private final MariaDbTarget target = new MariaDbTarget();

  @AfterEach
  void close() {
    target.close();
  }

  @Test
  void upsertsAMillionNarrowRowsInOneBatch() {
    Sink sink = target.sink("my", new RecordingRejectedRows());
    TableSchema schema = new TableSchema(new TableId(target.database, "narrow"),
        NarrowRows.SCHEMA.columns(), NarrowRows.SCHEMA.primaryKey(), 1);
    sink.ensureTable(schema);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 0, new TableChanges(schema, NarrowRows.rows(1000, 0), List.of())));

    List<Object[]> inserts = NarrowRows.rows(ROWS, 1);
    long start = System.nanoTime();
    writer.write(batch(0, 1, new TableChanges(schema, inserts, List.of())));
    long insertNanos = System.nanoTime() - start;
    List<Object[]> updates = NarrowRows.rows(ROWS, 2);
    start = System.nanoTime();
    writer.write(batch(0, 2, new TableChanges(schema, updates, List.of())));
    long updateNanos = System.nanoTime() - start;
    List<Object[]> deletes = updates.subList(0, ROWS / 2);
    start = System.nanoTime();
    writer.write(batch(0, 3, new TableChanges(schema, List.of(), deletes)));
    long deleteNanos = System.nanoTime() - start;

    LOG.info("MariaDB: {} new rows in {} ms ({} rows/s); {} updated rows in {} ms ({} rows/s)",
        ROWS, insertNanos / 1_000_000, NarrowRows.rate(ROWS, insertNanos), ROWS,
        updateNanos / 1_000_000, NarrowRows.rate(ROWS, updateNanos));
    LOG.info("{}: {} deleted rows in {} ms ({} rows/s)", "MariaDB", deletes.size(),
        deleteNanos / 1_000_000, NarrowRows.rate(deletes.size(), deleteNanos));
    assertThat(target.value("SELECT count(*) FROM narrow")).isEqualTo((long) ROWS / 2);
    assertThat(target.value("SELECT name FROM narrow WHERE id = 999999")).isEqualTo("name-999999-v2");
    assertThat(target.value("SELECT count(*) FROM narrow WHERE id < 500000")).isEqualTo(0L);
    assertThat(writer.committedPosition()).isEqualTo("test:3");
  }

  @Test
  void deletesByACompositeKeyUseTheKey() {
    Sink sink = target.sink("my", new RecordingRejectedRows());
    TableSchema schema = new TableSchema(new TableId(target.database, "pairs"), List.of(
        new io.tributary.api.schema.Column("tenant", io.tributary.api.schema.DataType.int32(), false),
        new io.tributary.api.schema.Column("id", io.tributary.api.schema.DataType.int64(), false),
        new io.tributary.api.schema.Column("v", io.tributary.api.schema.DataType.string(20), true)),
        List.of("tenant", "id"), 1);
    sink.ensureTable(schema);
    SinkWriter writer = target.writer(sink, 0);
    List<Object[]> rows = new java.util.ArrayList<>();
    for (long i = 0; i < 200_000; i++) {
      rows.add(new Object[] {(int) (i % 7), i, "v" + i});
    }
    writer.write(batch(0, 1, new TableChanges(schema, rows, List.of())));
    List<Object[]> deletes = rows.subList(0, 100_000);
    long start = System.nanoTime();
    writer.write(batch(0, 2, new TableChanges(schema, List.of(), deletes)));
    long nanos = System.nanoTime() - start;
    LOG.info("MariaDB: {} rows deleted by composite key in {} ms ({} rows/s)", deletes.size(),
        nanos / 1_000_000, NarrowRows.rate(deletes.size(), nanos));
    assertThat(target.value("SELECT count(*) FROM pairs")).isEqualTo(100_000L);
    assertThat(target.value("SELECT count(*) FROM pairs WHERE id < 100000")).isEqualTo(0L);
  }
}
