package io.tributary.connector.mysql.snapshot;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.connector.mysql.position.SnapshotPosition;
import io.tributary.connector.mysql.schema.MySqlTable;
import io.tributary.api.Backoff;
import io.tributary.connector.mysql.server.ConnectionLoss;
import io.tributary.connector.mysql.server.ServerEndpoint;
import io.tributary.connector.mysql.server.ServerFlavor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the initial copy: opens a consistent snapshot, reads the tables in {@code TableId} order
 * chunk by chunk, and returns the binlog position the stream must start from.
 *
 * <p>A lost connection does not lose the copy: after a backoff a new snapshot transaction is opened
 * and reading resumes at the chunk that was being read, while the stream still starts from the
 * first snapshot's position (replaying the binlog from there converges, since its events carry full
 * rows).
 */
public final class SnapshotReader {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotReader.class);

  private final ServerEndpoint endpoint;
  private final ServerFlavor flavor;
  private final SnapshotSettings settings;
  private final BooleanSupplier stopRequested;

  public SnapshotReader(
      ServerEndpoint endpoint, ServerFlavor flavor, SnapshotSettings settings, BooleanSupplier stopRequested) {
    this.endpoint = endpoint;
    this.flavor = flavor;
    this.settings = settings;
    this.stopRequested = stopRequested;
  }

  /**
   * Copies {@code tables} (sorted by id), from the start or from {@code resumeFrom}.
   *
   * @return where the binlog stream starts, or null when stop was requested before the copy ended
   */
  public BinlogPosition run(List<MySqlTable> tables, SnapshotPosition resumeFrom, SourceContext context)
      throws InterruptedException {
    SnapshotPosition resume = resumeFrom;
    Backoff backoff = new Backoff();
    while (!stopRequested.getAsBoolean()) {
      Attempt attempt = new Attempt(tables, resume, context);
      try {
        return attempt.run();
      } catch (SQLException e) {
        if (!ConnectionLoss.is(e)) {
          throw new TributaryException("snapshot failed at " + attempt.position() + ": " + e.getMessage(), e);
        }
        warnRetry(attempt, e, backoff);
      } catch (RetriableException e) {
        warnRetry(attempt, e, backoff);
      }
      resume = attempt.position();
      if (!backoff.await(stopRequested)) {
        break;
      }
    }
    return null;
  }

  private static void warnRetry(Attempt attempt, Exception e, Backoff backoff) {
    LOG.warn(
        "snapshot connection lost at {} ({}); reconnecting in {} ms (attempt {})",
        attempt.position() == null ? "the start" : attempt.position(), e.getMessage(),
        backoff.nextDelay().toMillis(), backoff.attempt());
  }

  /** One snapshot transaction: reads from {@code resume} until the end or a failure. */
  private final class Attempt {
    private final List<MySqlTable> tables;
    private final SourceContext context;
    private SnapshotPosition position;

    Attempt(List<MySqlTable> tables, SnapshotPosition resume, SourceContext context) {
      this.tables = tables;
      this.position = resume;
      this.context = context;
    }

    /** The chunk being read when this attempt stopped, or the resume point it started from. */
    SnapshotPosition position() {
      return position;
    }

    BinlogPosition run() throws SQLException, InterruptedException {
      try (Connection connection = endpoint.connect(true)) {
        BinlogPosition snapshotAt = ConsistentSnapshot.begin(connection, flavor, settings.sessionZone());
        BinlogPosition start = position != null ? position.binlogStart() : snapshotAt;
        LOG.info("snapshot of {} tables at binlog {} (stream starts at {})", tables.size(), snapshotAt, start);
        SnapshotPosition resume = position;
        for (MySqlTable table : tables) {
          if (resume != null && table.id().compareTo(resume.table()) < 0) {
            continue;
          }
          boolean resuming = resume != null && table.id().equals(resume.table());
          SnapshotPosition from = resuming ? resume : SnapshotPosition.firstChunk(start, table.id());
          TableChunkReader reader = new TableChunkReader(table, settings, stopRequested);
          position = from;
          try {
            if (!reader.read(connection, from, context)) {
              return null;
            }
          } finally {
            position = reader.current();
          }
        }
        ConsistentSnapshot.end(connection);
        return start;
      }
    }
  }
}
