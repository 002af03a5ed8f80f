package io.tributary.connector.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.connector.mysql.position.SnapshotPosition;
import org.junit.jupiter.api.Test;

class FullCopyPositionTest {
  private final MySqlSourceFactory factory = new MySqlSourceFactory();

  @Test
  void aFullCopyStartsBeforeEveryTableAndStreamsFromTheOldestStart() {
    BinlogPosition start = new BinlogPosition("bin.000001", 4000, 0, null);
    SnapshotPosition inOldCopy = new SnapshotPosition(start, new TableId("shop", "orders"), 3, null);
    SourcePosition again = factory.fullCopyStreamingFrom(inOldCopy);
    assertThat(again).isInstanceOfSatisfying(SnapshotPosition.class, p -> {
      assertThat(p.binlogStart()).isEqualTo(start);
      assertThat(p.chunk()).isZero();
      assertThat(p.compareTo(SnapshotPosition.firstChunk(start, new TableId("a", "a")))).isNegative();
    });
    assertThat(factory.decodePosition(again.encode())).isEqualTo(again);

    BinlogPosition inLog = new BinlogPosition("bin.000002", 120, 7, "0-1-9");
    assertThat(((SnapshotPosition) factory.fullCopyStreamingFrom(inLog)).binlogStart()).isEqualTo(inLog);
  }
}
