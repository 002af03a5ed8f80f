package io.tributary.connector.mysql.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinlogPositionTest {

  @Test
  void filesOrderByTheirNumberNotTheirText() {
    BinlogPosition older = BinlogPosition.at("bin.999999", 900);
    BinlogPosition newer = BinlogPosition.at("bin.1000000", 4);
    assertThat(older).isLessThan(newer);
    assertThat(BinlogPosition.fileSequence("mysql-bin.000042")).isEqualTo(42);
    assertThat(BinlogPosition.fileSequence("noext")).isEqualTo(-1);
  }

  @Test
  void rowsOfATransactionOrderBeforeItsCommitBoundary() {
    BinlogPosition row1 = new BinlogPosition("bin.000001", 400, 1, "0-1-7");
    BinlogPosition row2 = new BinlogPosition("bin.000001", 400, 2, "0-1-7");
    BinlogPosition afterCommit = BinlogPosition.at("bin.000001", 900);
    assertThat(row1).isLessThan(row2);
    assertThat(row2).isLessThan(afterCommit);
    assertThat(afterCommit.isBoundary()).isTrue();
    assertThat(row2.isBoundary()).isFalse();
  }

  @Test
  void encodedFormIsReadable() {
    assertThat(new BinlogPosition("bin.000003", 1234, 5, "0-1-8").encode())
        .isEqualTo("mysql-binlog:file=bin.000003&pos=1234&row=5&gtid=0-1-8");
    SnapshotPosition chunk =
        new SnapshotPosition(BinlogPosition.at("bin.000003", 4), new TableId("shop", "orders"), 2, List.of("1042", "a b"));
    assertThat(chunk.encode())
        .isEqualTo("mysql-snapshot:db=shop&table=orders&chunk=2&after=1042,a+b&file=bin.000003&pos=4&row=0");
    assertThat(chunk.isSnapshot()).isTrue();
    assertThat(MySqlPosition.decode(chunk.encode())).isEqualTo(chunk);
  }

  @Test
  void emptyStringKeysSurvive() {
    SnapshotPosition chunk =
        new SnapshotPosition(BinlogPosition.at("bin.000003", 4), new TableId("d", "t"), 1, List.of("", ""));
    assertThat(MySqlPosition.decode(chunk.encode())).isEqualTo(chunk);
  }

  @Test
  void malformedTextIsRefusedWithAMessage() {
    assertThatThrownBy(() -> MySqlPosition.decode("pg:0/16B3748")).hasMessageContaining("not a MySQL position");
    assertThatThrownBy(() -> MySqlPosition.decode("mysql-binlog:file=bin.000001&pos=x&row=0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MySqlPosition.decode("mysql-binlog:pos=4&row=0")).hasMessageContaining("file");
  }
}
