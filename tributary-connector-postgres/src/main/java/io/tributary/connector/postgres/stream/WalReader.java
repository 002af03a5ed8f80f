package io.tributary.connector.postgres.stream;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableId;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.postgres.position.WalPosition;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.api.Backoff;
import io.tributary.connector.postgres.server.ConnectionLoss;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the replication slot until stopped. When the connection is lost (server restart,
 * network) it reconnects with exponential backoff, forever, and resumes right after the last
 * change it processed: the slot resends from its confirmed position and the cursor skips what was
 * delivered.
 */
public final class WalReader {
  private static final Logger LOG = LoggerFactory.getLogger(WalReader.class);
  private static final String UNDEFINED_OBJECT = "42704";

  private final StreamSettings settings;
  private final TableLookup lookup;
  private final Predicate<TableId> filter;
  private final AckTracker acks;
  private final UnchangedToastPolicy unchangedToast;
  private final BooleanSupplier stopRequested;

  public WalReader(StreamSettings settings, TableLookup lookup, Predicate<TableId> filter, AckTracker acks,
      UnchangedToastPolicy unchangedToast, BooleanSupplier stopRequested) {
    this.settings = settings;
    this.lookup = lookup;
    this.filter = filter;
    this.acks = acks;
    this.unchangedToast = unchangedToast;
    this.stopRequested = stopRequested;
  }

  /**
   * Streams until stop is requested.
   *
   * @param resumeAfter everything up to here was delivered; null when nothing of the stream was
   * @param known the captured tables as of the start, in the shape the sinks know
   * @throws TributaryException when the stream cannot go on (slot dropped, a row that cannot be
   *     converted)
   */
  public void run(WalPosition resumeAfter, Map<TableId, PgTable> known, SourceContext context)
      throws InterruptedException {
    RelationBindings bindings = new RelationBindings(filter, lookup, known);
    WalPosition resume = resumeAfter;
    Backoff backoff = new Backoff();
    while (!stopRequested.getAsBoolean()) {
      bindings.newConnection();
      ChangeHandler handler = new ChangeHandler(context, bindings, new WalCursor(resume), acks, unchangedToast);
      Exception lost;
      try (WalSession session = WalSession.open(settings)) {
        session.run(handler, acks, stopRequested);
        lost = null;
      } catch (SQLException e) {
        failIfFatal(e, handler);
        lost = e;
      } catch (RetriableException e) {
        lost = e;
      } finally {
        handler.flush();
      }
      resume = handler.cursor().resumePoint();
      if (handler.delivered() > 0) {
        backoff.reset();
      }
      if (lost == null || stopRequested.getAsBoolean()) {
        break;
      }
      LOG.warn("replication connection to {} lost after {} ({}); reconnecting in {} ms (attempt {})",
          settings.endpoint().address(), resume == null ? "the start" : resume, lost.getMessage(),
          backoff.nextDelay().toMillis(), backoff.attempt());
      if (!backoff.await(stopRequested)) {
        break;
      }
    }
  }

  private void failIfFatal(SQLException e, ChangeHandler handler) {
    if (ConnectionLoss.is(e)) {
      return;
    }
    if (UNDEFINED_OBJECT.equals(e.getSQLState())) {
      throw new TributaryException("streaming slot '" + settings.slotName() + "' failed on " + settings.endpoint().address()
          + ": " + e.getMessage() + ". The slot or publication '" + settings.publicationName() + "' is gone, so the"
          + " changes after " + handler.cursor().resumePoint() + " may be lost: delete the pipeline's state and"
          + " targets and restart it with startup-mode: initial.", e);
    }
    throw new TributaryException("streaming slot '" + settings.slotName() + "' from " + settings.endpoint().address()
        + " failed after " + handler.cursor().resumePoint() + ": " + e.getMessage(), e);
  }
}
