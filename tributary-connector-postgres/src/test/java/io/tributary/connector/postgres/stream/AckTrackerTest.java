package io.tributary.connector.postgres.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.TableId;
import io.tributary.connector.postgres.position.Lsn;
import io.tributary.connector.postgres.position.SnapshotPosition;
import io.tributary.connector.postgres.position.WalPosition;
import org.junit.jupiter.api.Test;

/** The slot is confirmed only up to the end of the last transaction every sink holds completely. */
class AckTrackerTest {
  private static final Lsn NONE = Lsn.ZERO;

  @Test
  void confirmsOnlyWholeTransactionsAtOrBeforeTheCommittedPosition() {
    AckTracker acks = new AckTracker(null);
    acks.transactionEnded(lsn(0x100), 3, lsn(0x150));
    acks.delivered(wal(0x100, 3));
    acks.transactionEnded(lsn(0x200), 2, lsn(0x250));
    acks.delivered(wal(0x200, 2));
    assertThat(acks.confirmable(lsn(0x250), lsn(0x300), false)).isEqualTo(NONE);
    acks.committed(wal(0x100, 2));
    assertThat(acks.confirmable(lsn(0x250), lsn(0x300), false)).as("mid-transaction").isEqualTo(NONE);
    acks.committed(wal(0x100, 3));
    assertThat(acks.confirmable(lsn(0x250), lsn(0x300), false)).isEqualTo(lsn(0x150));
    acks.committed(wal(0x200, 1));
    assertThat(acks.confirmable(lsn(0x250), lsn(0x300), false)).isEqualTo(lsn(0x150));
    acks.committed(wal(0x200, 2));
    assertThat(acks.confirmable(lsn(0x250), lsn(0x300), false)).as("idle and all durable: server LSN").isEqualTo(lsn(0x300));
  }

  @Test
  void neverMovesBackAndIgnoresOlderReports() {
    AckTracker acks = new AckTracker(null);
    acks.transactionEnded(lsn(0x100), 1, lsn(0x150));
    acks.delivered(wal(0x100, 1));
    acks.committed(wal(0x100, 1));
    assertThat(acks.confirmable(lsn(0x150), lsn(0x150), false)).isEqualTo(lsn(0x150));
    acks.committed(wal(0x50, 1));
    assertThat(acks.confirmable(lsn(0x120), lsn(0x120), false)).isEqualTo(lsn(0x150));
  }

  @Test
  void anIdleSlotFollowsTheServerOnlyWhenNothingDeliveredIsWaiting() {
    AckTracker acks = new AckTracker(null);
    assertThat(acks.confirmable(NONE, lsn(0x500), false)).as("nothing delivered yet").isEqualTo(lsn(0x500));
    acks.delivered(new SnapshotPosition(new TableId("public", "t"), 3, null));
    assertThat(acks.confirmable(NONE, lsn(0x600), false)).as("snapshot rows not durable").isEqualTo(lsn(0x500));
    acks.committed(new SnapshotPosition(new TableId("public", "t"), 3, null));
    assertThat(acks.confirmable(NONE, lsn(0x600), true)).as("inside a transaction").isEqualTo(lsn(0x500));
    assertThat(acks.confirmable(NONE, lsn(0x600), false)).isEqualTo(lsn(0x600));
  }

  @Test
  void aTransactionReplayedAfterAReconnectDoesNotHideLaterUndurableOnes() {
    AckTracker acks = new AckTracker(null);
    acks.delivered(wal(0x200, 2));
    acks.delivered(wal(0x100, 1));
    acks.committed(wal(0x100, 1));
    assertThat(acks.confirmable(lsn(0x150), lsn(0x180), false)).isEqualTo(NONE);
  }

  @Test
  void theResumePositionCountsAsDurable() {
    AckTracker acks = new AckTracker(wal(0x100, 4));
    acks.transactionEnded(lsn(0x100), 4, lsn(0x140));
    assertThat(acks.confirmable(lsn(0x140), lsn(0x140), false)).isEqualTo(lsn(0x140));
    assertThat(acks.pendingTransactions()).isZero();
  }

  private static Lsn lsn(long value) {
    return new Lsn(value);
  }

  private static WalPosition wal(long lsn, long row) {
    return new WalPosition(new Lsn(lsn), row);
  }
}
