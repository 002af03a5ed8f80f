package io.tributary.connector.mysql.binlog;

import io.tributary.connector.mysql.position.BinlogPosition;

/**
 * Where the binlog reader is: the current file, the open transaction (where it started, its GTID,
 * how many rows of it were seen) and the last commit boundary. Gives each row its {@link
 * BinlogPosition}, decides which rows of a resumed transaction were already delivered, and says
 * where to reconnect after a lost connection.
 */
final class BinlogCursor {
  private String file;
  private boolean open;
  private long transactionStart;
  private long rowIndex;
  private long skipRows;
  private String gtid;
  private String transactionId;
  private BinlogPosition boundary;
  private BinlogPosition pendingSkip;

  /** A cursor that starts reading at {@code from}, skipping the rows it says were delivered. */
  BinlogCursor(BinlogPosition from) {
    this.file = from.file();
    this.boundary = from;
    this.pendingSkip = from.isBoundary() ? null : from;
  }

  void rotate(String newFile) {
    file = newFile;
  }

  String file() {
    return file;
  }

  boolean inTransaction() {
    return open;
  }

  /** A transaction starts with the event at {@code position} (its GTID, or BEGIN without GTIDs). */
  void begin(long position, String transactionGtid) {
    open = true;
    transactionStart = position;
    rowIndex = 0;
    gtid = transactionGtid;
    transactionId = null;
    skipRows = 0;
    if (pendingSkip != null) {
      if (pendingSkip.file().equals(file) && pendingSkip.position() == position) {
        skipRows = pendingSkip.rowIndex();
      }
      pendingSkip = null;
    }
  }

  /** Counts the next row of the transaction; false when it was delivered before the resume and is skipped. */
  boolean nextRow() {
    return ++rowIndex > skipRows;
  }

  /** The position of the row just counted. */
  BinlogPosition rowPosition() {
    return new BinlogPosition(file, transactionStart, rowIndex, gtid);
  }

  /** The position of a schema change seen now: within the open transaction, or at the last boundary. */
  BinlogPosition changePosition() {
    return open ? new BinlogPosition(file, transactionStart, rowIndex, gtid) : boundary;
  }

  /** The transaction committed; the next one starts at {@code nextPosition}. */
  BinlogPosition commit(long nextPosition) {
    open = false;
    skipRows = 0;
    boundary = BinlogPosition.at(file, nextPosition);
    return boundary;
  }

  /** Where to reconnect so that nothing already delivered is delivered again. */
  BinlogPosition resumePoint() {
    return open ? new BinlogPosition(file, transactionStart, Math.max(rowIndex, skipRows), gtid) : boundary;
  }

  /** The open transaction's id: its GTID, else {@code file:position} of its start. */
  String transactionId() {
    if (transactionId == null) {
      transactionId = gtid != null ? gtid : file + ":" + transactionStart;
    }
    return transactionId;
  }
}
