package io.tributary.api.source;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;

/**
 * Captures committed changes from one database: an initial copy of the matched tables and then
 * its change log, as {@link io.tributary.api.event.ChangeEvent}s handed to a {@link
 * SourceContext}.
 *
 * <p>Lifecycle: created by its {@link SourceFactory}; {@link #discover()} may be called any number
 * of times; {@link #run} is called at most once, on a thread the runtime owns, and blocks until
 * the source is stopped or (startup mode {@code snapshot}) has finished; {@link #stop()} may be
 * called from any thread; {@link #close()} releases everything. Nothing connects in the
 * constructor.
 *
 * <p>Faults: a lost connection is retried by the source itself with backoff, resuming after the
 * last event it emitted; errors that no retry can cure are thrown from {@code run} as a {@link
 * io.tributary.api.TributaryException} whose message says what to do.
 */
public interface Source extends AutoCloseable {

  /**
   * Connects, checks the server's prerequisites and returns the tables that would be captured now,
   * in a stable order. Throws {@link io.tributary.api.TributaryException} naming each unmet
   * prerequisite and how to fix it.
   */
  List<TableSchema> discover();

  /**
   * Reads up to {@code rows} current rows of one captured table as {@link
   * io.tributary.api.event.Operation#SNAPSHOT_READ} events with the same values and schema a
   * snapshot would give, for {@code tributary preview}. Changes nothing on the server (no slot, no
   * lock, no state); the events' positions are the source's current position or a snapshot
   * position, and are only shown. May be called before or instead of {@link #run}.
   *
   * @param table a table {@link #discover()} returns
   * @param rows how many rows at most, at least 1
   * @throws io.tributary.api.TributaryException when the table is not captured (naming the
   *     captured ones) or this source type cannot read samples
   */
  default List<ChangeEvent> sample(TableId table, int rows) {
    throw new io.tributary.api.TributaryException("this source type cannot read sample rows of " + table
        + " for a preview");
  }

  /**
   * Captures until stopped.
   *
   * @param context where events go; its {@code emit} blocks when the pipeline is full
   * @param resumeFrom the position everything up to which is already done, or null to start as the
   *     startup mode says
   * @throws InterruptedException when the thread is interrupted while blocked
   */
  void run(SourceContext context, SourcePosition resumeFrom) throws InterruptedException;

  /** Asks {@link #run} to return soon; safe from any thread, idempotent. */
  void stop();

  /**
   * Every sink has durably committed everything up to {@code position}; the source may release
   * log it holds for it (a replication slot's confirmed position). Called on a runtime thread, not
   * the one running {@link #run}.
   */
  default void committed(SourcePosition position) {}

  @Override
  void close();
}
