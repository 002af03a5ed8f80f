package io.tributary.connector.postgres.stream;

import io.tributary.api.event.SourcePosition;
import io.tributary.connector.postgres.position.Lsn;
import io.tributary.connector.postgres.position.PostgresPosition;
import io.tributary.connector.postgres.position.WalPosition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides how far the slot may be confirmed, so that WAL is never released before every sink has
 * committed what it holds.
 *
 * <p>The runtime reports durable positions through {@link #committed} (any thread). The stream
 * thread registers each transaction that holds captured changes when it commits ({@link
 * #transactionEnded}) and asks {@link #confirmable} for the LSN to confirm: the end of the last
 * such transaction fully at or before the durable position. When nothing delivered is waiting for
 * the sinks and no transaction is open, the slot may move further, to the end of the last
 * transaction seen and to the server's WAL position from keepalives, which keeps an idle slot from
 * holding WAL.
 */
public final class AckTracker {

  /** A transaction with captured changes, waiting for the sinks. */
  private record Pending(Lsn commitLsn, long lastRow, Lsn endLsn) {}

  private final AtomicReference<PostgresPosition> durable = new AtomicReference<>();
  private final Deque<Pending> pending = new ArrayDeque<>();
  private volatile PostgresPosition lastDelivered;
  private Lsn confirmed = Lsn.ZERO;

  /** @param durableFrom what the sinks hold already when the source starts (the resume position), or null */
  public AckTracker(PostgresPosition durableFrom) {
    durable.set(durableFrom);
  }

  /** The runtime's report: everything up to {@code position} is committed by every sink. Any thread. */
  public void committed(SourcePosition position) {
    if (!(position instanceof PostgresPosition p)) {
      return;
    }
    durable.accumulateAndGet(p, (a, b) -> a == null || b.compareTo(a) > 0 ? b : a);
  }

  /**
   * The source handed over events up to {@code position} (the copy's last chunk, a transaction's
   * last row). Never moves back: a transaction replayed after a reconnect was delivered before.
   * Called by the thread running the source only.
   */
  public void delivered(PostgresPosition position) {
    PostgresPosition last = lastDelivered;
    if (last == null || position.compareTo(last) > 0) {
      lastDelivered = position;
    }
  }

  /**
   * Stream thread: a transaction with captured changes committed.
   *
   * @param lastRow the row index of its last captured change
   */
  public void transactionEnded(Lsn commitLsn, long lastRow, Lsn endLsn) {
    pending.addLast(new Pending(commitLsn, lastRow, endLsn));
  }

  /**
   * Stream thread: the LSN the slot may be confirmed up to now; never less than before.
   *
   * @param processedEnd the end LSN of the last transaction the stream processed, captured or not
   * @param serverLsn the server's WAL position from the last keepalive (or data message)
   * @param inTransaction whether the stream is inside a transaction
   */
  public Lsn confirmable(Lsn processedEnd, Lsn serverLsn, boolean inTransaction) {
    PostgresPosition upTo = durable.get();
    while (!pending.isEmpty() && upTo instanceof WalPosition wal && covers(wal, pending.peekFirst())) {
      confirmed = Lsn.max(confirmed, pending.removeFirst().endLsn());
    }
    PostgresPosition delivered = lastDelivered;
    boolean allDurable = delivered == null || (upTo != null && upTo.compareTo(delivered) >= 0);
    if (pending.isEmpty() && !inTransaction && allDurable) {
      confirmed = Lsn.max(confirmed, Lsn.max(processedEnd, serverLsn));
    }
    return confirmed;
  }

  private static boolean covers(WalPosition durable, Pending transaction) {
    int c = durable.commitLsn().compareTo(transaction.commitLsn());
    return c > 0 || (c == 0 && durable.row() >= transaction.lastRow());
  }

  /** Transactions waiting for the sinks, for tests and logs. */
  int pendingTransactions() {
    return pending.size();
  }
}
