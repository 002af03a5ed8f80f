package io.tributary.connector.postgres.snapshot;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.postgres.position.SnapshotPosition;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.server.ServerEndpoint;
import io.tributary.connector.postgres.snapshot.ChunkWorker.ChunkTaskWithTable;
import io.tributary.connector.postgres.value.ValueDecoder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One try at the copy inside one shared snapshot: connection 0 plans the chunks of each table,
 * connections 1..parallelism read them, the calling thread emits them in order. Remembers the
 * chunk being emitted, where a retry starts.
 */
final class SnapshotAttempt {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotAttempt.class);
  private static final long PROGRESS_INTERVAL_NANOS = 5_000_000_000L;

  private final ServerEndpoint endpoint;
  private final SnapshotSettings settings;
  private final BooleanSupplier stopRequested;
  private final SourceContext context;
  private final BlockingQueue<ChunkTaskWithTable> work = new LinkedBlockingQueue<>();
  private final List<Thread> workers = new ArrayList<>();
  private SnapshotPosition position;
  private SnapshotPosition lastEmitted;
  private long lastLogNanos = System.nanoTime();

  SnapshotAttempt(ServerEndpoint endpoint, SnapshotSettings settings, BooleanSupplier stopRequested, SourceContext context) {
    this.endpoint = endpoint;
    this.settings = settings;
    this.stopRequested = stopRequested;
    this.context = context;
  }

  /** The chunk being emitted when this attempt stopped, or the resume point it started from. */
  SnapshotPosition position() {
    return position;
  }

  /** The position of the last row emitted, or null. */
  SnapshotPosition lastEmitted() {
    return lastEmitted;
  }

  boolean run(List<PgTable> tables, SnapshotPosition resume, String exported, Runnable imported)
      throws SQLException, InterruptedException {
    position = resume;
    try (SharedSnapshot snapshot = SharedSnapshot.open(endpoint, settings.parallelism() + 1, exported)) {
      if (exported != null) {
        imported.run();
      }
      startWorkers(snapshot);
      try {
        for (PgTable table : tables) {
          if (resume != null && table.id().compareTo(resume.table()) < 0) {
            continue;
          }
          boolean resuming = resume != null && table.id().equals(resume.table());
          if (!copy(table, resuming ? resume : SnapshotPosition.firstChunk(table.id()), snapshot)) {
            return false;
          }
        }
        return true;
      } finally {
        stopWorkers(snapshot);
      }
    }
  }

  private boolean copy(PgTable table, SnapshotPosition from, SharedSnapshot snapshot)
      throws SQLException, InterruptedException {
    ChunkQuery query = new ChunkQuery(table, settings.chunkSize());
    List<ChunkTask> tasks = plan(table, from, query, snapshot);
    long began = System.nanoTime();
    long rows = 0;
    ValueDecoder[] decoders = ChunkWorker.decodersOf(table);
    for (ChunkTask task : tasks) {
      work.put(new ChunkTaskWithTable(task, table, query, decoders));
    }
    for (ChunkTask task : tasks) {
      position = task.position();
      for (Object[] row = task.take(); row != null; row = task.take()) {
        context.emit(new ChangeEvent(Operation.SNAPSHOT_READ, table.schema(), null, row, position, 0, null));
      }
      context.flush();
      if (task.count() > 0) {
        lastEmitted = position;
      }
      rows += task.count();
      if (stopRequested.getAsBoolean()) {
        return false;
      }
      logProgress(table, rows, began);
    }
    LOG.info("snapshot of {} done: {} rows in {} chunks, {} ms", table.id(), rows, tasks.size(),
        (System.nanoTime() - began) / 1_000_000);
    return true;
  }

  /** The chunks of {@code table} from {@code from} on, bounded by every chunk-size-th key. */
  private List<ChunkTask> plan(PgTable table, SnapshotPosition from, ChunkQuery query, SharedSnapshot snapshot)
      throws SQLException {
    List<ChunkTask> tasks = new ArrayList<>();
    SnapshotPosition current = from;
    try (PreparedStatement statement = query.boundaries(snapshot.connection(0), from.after());
        ResultSet bounds = statement.executeQuery()) {
      int keys = table.key().size();
      while (bounds.next()) {
        List<String> upTo = new ArrayList<>(keys);
        for (int k = 1; k <= keys; k++) {
          upTo.add(bounds.getString(k));
        }
        tasks.add(new ChunkTask(current, upTo));
        current = current.next(upTo);
      }
    }
    tasks.add(new ChunkTask(current, null));
    return tasks;
  }

  private void startWorkers(SharedSnapshot snapshot) {
    for (int i = 1; i < snapshot.size(); i++) {
      Thread thread = new Thread(new ChunkWorker(snapshot.connection(i), work),
          "tributary-" + context.pipelineName() + "-snapshot-" + i);
      thread.setDaemon(true);
      thread.start();
      workers.add(thread);
    }
  }

  /** Ends the workers: interrupts their hand-offs and closes their connections under running queries. */
  private void stopWorkers(SharedSnapshot snapshot) throws InterruptedException {
    work.clear();
    for (int i = 0; i < workers.size(); i++) {
      work.add(new ChunkTaskWithTable(ChunkWorker.STOP, null, null, null));
    }
    for (Thread worker : workers) {
      worker.interrupt();
    }
    snapshot.close();
    for (Thread worker : workers) {
      worker.join(10_000);
    }
  }

  private void logProgress(PgTable table, long rows, long began) {
    long now = System.nanoTime();
    if (now - lastLogNanos < PROGRESS_INTERVAL_NANOS) {
      return;
    }
    lastLogNanos = now;
    long estimate = Math.max(table.estimatedRows(), 1);
    LOG.info("snapshot of {}: {} rows ({}% of ~{} estimated), {} rows/s", table.id(), rows,
        Math.min(100, rows * 100 / estimate), table.estimatedRows(), (long) (rows / ((now - began) / 1e9)));
  }
}
