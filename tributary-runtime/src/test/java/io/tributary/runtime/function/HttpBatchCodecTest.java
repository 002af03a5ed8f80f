package io.tributary.runtime.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.runtime.TestPosition;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpBatchCodecTest {
  private static ChangeEvent snapshotRow(long id, long position) {
    return new ChangeEvent(Operation.SNAPSHOT_READ, JavaFunctionTest.ORDERS, null, new Object[] {id, new BigDecimal("1.00"), 0L},
        new TestPosition(position), 0, null);
  }

  @Test
  void batchesOfRowsSharingAPositionGetDifferentKeysAndARetryTheSameKey() {
    List<ChangeEvent> first = List.of(snapshotRow(1, 5), snapshotRow(2, 5));
    List<ChangeEvent> second = List.of(snapshotRow(3, 5), snapshotRow(4, 5));
    assertThat(HttpBatchCodec.idempotencyKey(first)).startsWith("5..5#2-")
        .isNotEqualTo(HttpBatchCodec.idempotencyKey(second))
        .isEqualTo(HttpBatchCodec.idempotencyKey(List.of(snapshotRow(1, 5), snapshotRow(2, 5))));
  }

  @Test
  void anAnsweredRowWithAColumnTheFunctionAddedWithoutItsType() {
    HttpBatchCodec codec = new HttpBatchCodec("f", "canal-json");
    List<ChangeEvent> batch = List.of(snapshotRow(1, 5));
    String body = new String(codec.encode(batch), java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"seq\":\"0\"", "\"seq\":\"0\",\"band\":\"small\"");
    ChangeEvent answered = codec.decode(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), batch).get(0).event();
    assertThat(answered.schema().columns()).extracting(c -> c.name() + " " + c.type().kind())
        .containsExactly("id INT64", "amount DECIMAL", "seq INT64", "band STRING");
    assertThat(answered.after()).containsExactly(1L, new BigDecimal("1.00"), 0L, "small");
    assertThat(answered.op()).isEqualTo(Operation.SNAPSHOT_READ);
  }

  @Test
  void anAnsweredInsertInABatchOfSnapshotRowsIsASnapshotRowWithTheSentShape() {
    HttpBatchCodec codec = new HttpBatchCodec("f", "canal-json");
    List<ChangeEvent> batch = List.of(snapshotRow(1, 5), snapshotRow(2, 6));
    byte[] body = codec.encode(batch);
    List<Output> answer = codec.decode(body, batch);
    assertThat(answer).extracting(o -> o.event().op()).containsExactly(Operation.SNAPSHOT_READ, Operation.SNAPSHOT_READ);
    assertThat(answer).extracting(o -> o.event().schema()).containsOnly(JavaFunctionTest.ORDERS);
    assertThat(answer).extracting(o -> o.event().position()).containsOnly(new TestPosition(6));
    assertThat(answer.get(1).event().after()).containsExactly(2L, new BigDecimal("1.00"), 0L);
  }
}
