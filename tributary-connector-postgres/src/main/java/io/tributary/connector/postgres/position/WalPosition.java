package io.tributary.connector.postgres.position;

import io.tributary.api.event.SourcePosition;
import java.util.Comparator;
import java.util.Objects;

/**
 * A row in the logical replication stream: the transaction it belongs to, named by the LSN of its
 * commit record, and how many row changes of that transaction (inserts, updates, deletes and
 * truncates of every published table, captured or not) come up to and including this one.
 *
 * <p>Transactions arrive in commit order, so commit LSNs increase along the stream. Resuming from
 * {@code (commitLsn, row)} skips every transaction that committed before {@code commitLsn} and the
 * first {@code row} changes of the transaction that committed at it. {@code row} 0 means nothing of
 * the transaction was delivered.
 *
 * <p>Ordered by commit LSN (unsigned), then row.
 *
 * @param commitLsn the LSN of the transaction's commit record
 * @param row changes of the transaction delivered up to and including this one, from 1
 */
public record WalPosition(Lsn commitLsn, long row) implements PostgresPosition {

  private static final Comparator<WalPosition> ORDER =
      Comparator.comparing(WalPosition::commitLsn).thenComparingLong(WalPosition::row);

  public WalPosition {
    Objects.requireNonNull(commitLsn, "commitLsn");
    if (row < 0) {
      throw new IllegalArgumentException("row index must not be negative: " + row);
    }
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
    if (other instanceof WalPosition wal) {
      return ORDER.compare(this, wal);
    }
    if (other instanceof SnapshotPosition) {
      return 1;
    }
    throw new IllegalArgumentException("not a PostgreSQL position: " + other);
  }

  @Override
  public String toString() {
    return "transaction " + commitLsn + " row " + row;
  }
}
