package io.tributary.bench.debezium;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingConsumerTest {
  private static final String TABLE = "bench.shop.orders";

  @Test
  void countsOnlyTheTablesRecordsOfTheModesOperations() throws InterruptedException {
    CountingConsumer consumer = new CountingConsumer(TABLE, PeerMode.CAPTURE, 3);
    MarkingCommitter committer = new MarkingCommitter();

    consumer.handleBatch(List.of(
        record(TABLE, envelope("c", "{\"id\":1,\"note\":\"\\\"op\\\":\\\"x\"}")),
        record(TABLE, envelope("r", "{\"id\":2}")),
        record("bench", "{\"ddl\":\"CREATE TABLE orders (op int)\",\"databaseName\":\"shop\"}"),
        record("__debezium-heartbeat.bench", "{\"ts_ms\":1}"),
        record("bench.shop.other", envelope("u", "{\"id\":3}")),
        record(TABLE, null),
        record(TABLE, envelope("u", "{\"id\":4,\"op\":\"r\"}"))), committer);

    assertThat(consumer.counted()).isEqualTo(2);
    assertThat(consumer.expectedReached()).isNotDone();
    assertThat(committer.processed).hasSize(7);
    assertThat(committer.batchesFinished).isEqualTo(1);

    consumer.handleBatch(List.of(record(TABLE, envelope("d", "null"))), committer);

    assertThat(consumer.counted()).isEqualTo(3);
    assertThat(consumer.expectedReached()).isCompleted();
  }

  @Test
  void snapshotCountsReads() throws InterruptedException {
    CountingConsumer consumer = new CountingConsumer(TABLE, PeerMode.SNAPSHOT, 1);

    consumer.handleBatch(List.of(record(TABLE, envelope("c", "{}")), record(TABLE, envelope("r", "{}"))),
        new MarkingCommitter());

    assertThat(consumer.counted()).isEqualTo(1);
    assertThat(consumer.expectedReached()).isCompleted();
  }

  private static String envelope(String operation, String after) {
    return "{\"schema\":{\"fields\":[{\"field\":\"op\"}]},\"payload\":{\"before\":null,\"after\":" + after
        + ",\"source\":{\"table\":\"orders\"},\"op\":\"" + operation + "\",\"ts_ms\":1}}";
  }

  private static ChangeEvent<String, String> record(String destination, String value) {
    return new ChangeEvent<>() {
      @Override
      public String key() {
        return "{\"id\":1}";
      }

      @Override
      public String value() {
        return value;
      }

      @Override
      public String destination() {
        return destination;
      }

      @Override
      public Integer partition() {
        return null;
      }
    };
  }

  private static final class MarkingCommitter implements DebeziumEngine.RecordCommitter<ChangeEvent<String, String>> {
    final List<ChangeEvent<String, String>> processed = new ArrayList<>();
    int batchesFinished;

    @Override
    public void markProcessed(ChangeEvent<String, String> record) {
      processed.add(record);
    }

    @Override
    public void markBatchFinished() {
      batchesFinished++;
    }

    @Override
    public void markProcessed(ChangeEvent<String, String> record, DebeziumEngine.Offsets offsets) {
      processed.add(record);
    }

    @Override
    public DebeziumEngine.Offsets buildOffsets() {
      throw new UnsupportedOperationException("the peer never builds offsets");
    }
  }
}
