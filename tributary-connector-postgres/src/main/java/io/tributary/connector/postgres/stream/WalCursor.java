package io.tributary.connector.postgres.stream;

import io.tributary.connector.postgres.position.Lsn;
import io.tributary.connector.postgres.position.WalPosition;

/**
 * Where the stream is: the open transaction (its commit LSN, commit time, rows counted) and what
 * was delivered before the stream started. Gives each row its {@link WalPosition}, decides which
 * rows of a replayed transaction were delivered already, and says where a reconnect resumes.
 */
final class WalCursor {
  private final WalPosition resumeAfter;
  private boolean open;
  private Lsn commitLsn;
  private long commitMillis;
  private String transactionId;
  private long row;
  private long skipRows;
  private long lastCapturedRow;
  private WalPosition lastProcessed;

  /** @param resumeAfter everything up to here was delivered before; null when nothing was */
  WalCursor(WalPosition resumeAfter) {
    this.resumeAfter = resumeAfter;
    this.lastProcessed = resumeAfter;
  }

  void begin(Lsn finalLsn, long commitEpochMillis, int xid) {
    open = true;
    commitLsn = finalLsn;
    commitMillis = commitEpochMillis;
    transactionId = Integer.toUnsignedString(xid);
    row = 0;
    lastCapturedRow = 0;
    if (resumeAfter == null) {
      skipRows = 0;
    } else {
      int c = finalLsn.compareTo(resumeAfter.commitLsn());
      skipRows = c < 0 ? Long.MAX_VALUE : c == 0 ? resumeAfter.row() : 0;
    }
  }

  /** Counts the next change of the transaction; false when it was delivered before and is skipped. */
  boolean nextRow() {
    row++;
    lastProcessed = new WalPosition(commitLsn, row);
    return row > skipRows;
  }

  /** Notes that the change just counted belongs to a captured table (delivered now or before). */
  void captured() {
    lastCapturedRow = row;
  }

  /** The position of the change just counted. */
  WalPosition rowPosition() {
    return lastProcessed;
  }

  /** The position just before the change just counted (where a schema change before it goes). */
  WalPosition beforeRow() {
    return new WalPosition(commitLsn, row - 1);
  }

  /** The transaction committed; returns the row index of its last captured change, 0 when none. */
  long commit() {
    open = false;
    return lastCapturedRow;
  }

  boolean inTransaction() {
    return open;
  }

  Lsn commitLsn() {
    return commitLsn;
  }

  long commitMillis() {
    return commitMillis;
  }

  String transactionId() {
    return transactionId;
  }

  /** Where a reconnect resumes so that nothing already delivered is delivered again. */
  WalPosition resumePoint() {
    if (lastProcessed == null || resumeAfter == null) {
      return lastProcessed;
    }
    return lastProcessed.compareTo(resumeAfter) >= 0 ? lastProcessed : resumeAfter;
  }
}
