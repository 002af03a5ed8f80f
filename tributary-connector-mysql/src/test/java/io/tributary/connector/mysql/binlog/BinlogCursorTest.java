package io.tributary.connector.mysql.binlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connector.mysql.position.BinlogPosition;
import org.junit.jupiter.api.Test;

class BinlogCursorTest {

  @Test
  void rowsArePositionedInTheirTransaction() {
    BinlogCursor cursor = new BinlogCursor(BinlogPosition.at("bin.000001", 100));
    cursor.begin(100, "0-1-5");
    assertThat(cursor.nextRow()).isTrue();
    assertThat(cursor.rowPosition()).isEqualTo(new BinlogPosition("bin.000001", 100, 1, "0-1-5"));
    assertThat(cursor.nextRow()).isTrue();
    assertThat(cursor.rowPosition()).isEqualTo(new BinlogPosition("bin.000001", 100, 2, "0-1-5"));
    assertThat(cursor.transactionId()).isEqualTo("0-1-5");
    assertThat(cursor.commit(450)).isEqualTo(BinlogPosition.at("bin.000001", 450));
    assertThat(cursor.resumePoint()).isEqualTo(BinlogPosition.at("bin.000001", 450));
  }

  @Test
  void resumingMidTransactionSkipsExactlyTheDeliveredRows() {
    BinlogCursor cursor = new BinlogCursor(new BinlogPosition("bin.000002", 300, 2, null));
    cursor.begin(300, null);
    assertThat(cursor.nextRow()).isFalse();
    assertThat(cursor.nextRow()).isFalse();
    assertThat(cursor.nextRow()).isTrue();
    assertThat(cursor.rowPosition().rowIndex()).isEqualTo(3);
    assertThat(cursor.transactionId()).isEqualTo("bin.000002:300");
    cursor.commit(600);
    cursor.begin(600, null);
    assertThat(cursor.nextRow()).isTrue();
  }

  @Test
  void aLostConnectionDuringSkippingKeepsTheSkip() {
    BinlogCursor cursor = new BinlogCursor(new BinlogPosition("bin.000002", 300, 5, null));
    assertThat(cursor.resumePoint()).isEqualTo(new BinlogPosition("bin.000002", 300, 5, null));
    cursor.begin(300, null);
    cursor.nextRow();
    assertThat(cursor.resumePoint()).isEqualTo(new BinlogPosition("bin.000002", 300, 5, null));
  }

  @Test
  void midTransactionResumePointCountsRowsSeen() {
    BinlogCursor cursor = new BinlogCursor(BinlogPosition.at("bin.000001", 4));
    cursor.rotate("bin.000003");
    cursor.begin(700, null);
    cursor.nextRow();
    cursor.nextRow();
    assertThat(cursor.resumePoint()).isEqualTo(new BinlogPosition("bin.000003", 700, 2, null));
    assertThat(cursor.changePosition()).isEqualTo(new BinlogPosition("bin.000003", 700, 2, null));
  }
}
