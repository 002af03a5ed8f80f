package io.tributary.connector.mysql.position;

import io.tributary.api.event.SourcePosition;
import java.util.Comparator;
import java.util.Objects;

/**
 * A point in the binary log.
 *
 * <p>{@code position} is where a transaction starts (its GTID or BEGIN event) and {@code rowIndex}
 * counts the rows of that transaction (of every table, captured or not) up to and including the
 * event this position belongs to. Resuming from it connects at {@code (file, position)} and skips
 * the first {@code rowIndex} rows of that transaction. A position with {@code rowIndex} 0 is a
 * transaction boundary: the point right after a commit, or the start of the log to read.
 *
 * <p>Ordered by the file's sequence number (its numeric suffix), then position, then row index.
 *
 * @param file the binlog file name, e.g. {@code mysql-bin.000042}
 * @param position byte offset in the file of the transaction's first event, or of the next event
 *     after a commit when {@code rowIndex} is 0
 * @param rowIndex rows of the transaction already delivered, 0 at a boundary
 * @param gtid the transaction's GTID text, or null when unknown
 */
public record BinlogPosition(String file, long position, long rowIndex, String gtid)
    implements MySqlPosition {

  private static final Comparator<BinlogPosition> ORDER =
      Comparator.comparingLong((BinlogPosition p) -> fileSequence(p.file))
          .thenComparing(BinlogPosition::file)
          .thenComparingLong(BinlogPosition::position)
          .thenComparingLong(BinlogPosition::rowIndex)
          .thenComparing(BinlogPosition::gtid, Comparator.nullsFirst(Comparator.naturalOrder()));

  public BinlogPosition {
    Objects.requireNonNull(file, "file");
    if (file.isEmpty()) {
      throw new IllegalArgumentException("binlog file name is empty");
    }
    if (position < 0 || rowIndex < 0) {
      throw new IllegalArgumentException(
          "binlog position and row index must not be negative: " + position + ", " + rowIndex);
    }
  }

  /** A transaction boundary: start reading at {@code (file, position)}, skip nothing. */
  public static BinlogPosition at(String file, long position) {
    return new BinlogPosition(file, position, 0, null);
  }

  /** True when resuming from here skips no rows. */
  public boolean isBoundary() {
    return rowIndex == 0;
  }

  /** The numeric suffix of a binlog file name ({@code bin.000042} gives 42), or -1 when it has none. */
  public static long fileSequence(String file) {
    int dot = file.lastIndexOf('.');
    if (dot < 0 || dot == file.length() - 1) {
      return -1;
    }
    long value = 0;
    for (int i = dot + 1; i < file.length(); i++) {
      char c = file.charAt(i);
      if (c < '0' || c > '9' || value > Long.MAX_VALUE / 10 - 9) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  @Override
  public boolean isSnapshot() {
    return false;
  }

  @Override
  public String encode() {
    return PositionText.encode(this);
  }

  @Override
  public int compareTo(SourcePosition other) {
    if (other instanceof BinlogPosition binlog) {
      return ORDER.compare(this, binlog);
    }
    if (other instanceof SnapshotPosition) {
      return 1;
    }
    throw new IllegalArgumentException("not a MySQL position: " + other);
  }

  @Override
  public String toString() {
    return file + ":" + position + (rowIndex > 0 ? "#" + rowIndex : "") + (gtid != null ? " (" + gtid + ")" : "");
  }
}
