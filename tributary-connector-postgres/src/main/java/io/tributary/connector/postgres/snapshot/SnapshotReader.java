package io.tributary.connector.postgres.snapshot;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.postgres.position.SnapshotPosition;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.api.Backoff;
import io.tributary.connector.postgres.server.ConnectionLoss;
import io.tributary.connector.postgres.server.ServerEndpoint;
import io.tributary.connector.postgres.snapshot.ChunkTask.ChunkFailedException;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the initial copy: tables in {@code TableId} order, each cut into primary-key chunks that
 * {@code parallelism} connections read at once inside one shared snapshot, while the calling
 * thread emits the chunks' rows in chunk order (so positions only grow).
 *
 * <p>A lost connection does not lose the copy: after a backoff a new shared snapshot is exported
 * and reading resumes at the chunk that was being emitted. The stream still starts where the slot
 * stands (before the first snapshot), and replaying it from there converges, since its events
 * carry whole rows.
 */
public final class SnapshotReader {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotReader.class);

  private final ServerEndpoint endpoint;
  private final SnapshotSettings settings;
  private final BooleanSupplier stopRequested;
  private SnapshotPosition lastEmitted;

  public SnapshotReader(ServerEndpoint endpoint, SnapshotSettings settings, BooleanSupplier stopRequested) {
    this.endpoint = endpoint;
    this.settings = settings;
    this.stopRequested = stopRequested;
  }

  /**
   * Copies {@code tables} (sorted by id), from the start or from {@code resumeFrom}.
   *
   * @param exportedSnapshot the snapshot a new slot exported, or null to export one here
   * @param imported called once every connection imported {@code exportedSnapshot}, or the first
   *     attempt failed (the exporting connection may then be closed); may be called twice
   * @return true when the copy is complete, false when stop was requested first
   */
  public boolean run(List<PgTable> tables, SnapshotPosition resumeFrom, String exportedSnapshot, Runnable imported,
      SourceContext context) throws InterruptedException {
    SnapshotPosition resume = resumeFrom;
    String exported = exportedSnapshot;
    Backoff backoff = new Backoff();
    while (!stopRequested.getAsBoolean()) {
      SnapshotAttempt attempt = new SnapshotAttempt(endpoint, settings, stopRequested, context);
      try {
        return attempt.run(tables, resume, exported, imported);
      } catch (SQLException e) {
        retryOrFail(e, attempt, backoff);
      } catch (ChunkFailedException e) {
        if (e.getCause() instanceof SQLException sql) {
          retryOrFail(sql, attempt, backoff);
        } else {
          throw new TributaryException("snapshot failed at " + attempt.position() + ": " + e.getMessage(), e.getCause());
        }
      } catch (RetriableException e) {
        warnRetry(attempt, e, backoff);
      } finally {
        if (attempt.lastEmitted() != null) {
          lastEmitted = attempt.lastEmitted();
        }
        if (exported != null) {
          imported.run();
          exported = null;
        }
      }
      resume = attempt.position();
      if (!backoff.await(stopRequested)) {
        break;
      }
    }
    return false;
  }

  /** The position of the last row the copy emitted, or null when it emitted none. */
  public SnapshotPosition lastEmitted() {
    return lastEmitted;
  }

  private static void retryOrFail(SQLException e, SnapshotAttempt attempt, Backoff backoff) {
    if (!ConnectionLoss.is(e)) {
      throw new TributaryException("snapshot failed at " + attempt.position() + ": " + e.getMessage(), e);
    }
    warnRetry(attempt, e, backoff);
  }

  private static void warnRetry(SnapshotAttempt attempt, Exception e, Backoff backoff) {
    LOG.warn("snapshot connection lost at {} ({}); taking a new snapshot in {} ms (attempt {})",
        attempt.position() == null ? "the start" : attempt.position(), e.getMessage(), backoff.nextDelay().toMillis(),
        backoff.attempt());
  }
}
