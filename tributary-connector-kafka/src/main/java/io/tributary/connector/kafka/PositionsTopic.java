package io.tributary.connector.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.RetriableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The compacted topic where a Kafka sink's lanes commit their source positions, each in the same
 * transaction as its messages. A record's key is the JSON array {@code [pipeline, sink, lane]}
 * (lane a number) or {@code [pipeline, sink, "ddl", position]} for a schema change already
 * written; its value is the position text.
 *
 * <p>Reading waits until every transaction that was open on the topic when the read began has
 * ended, so a lane never reads a position older than one it committed (a read-committed consumer
 * stops at the first open transaction). Thread-safe.
 */
final class PositionsTopic {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

  private final String topic;
  private final Map<String, Object> clientProperties;
  private final String pipeline;
  private final String sink;

  PositionsTopic(String topic, Map<String, Object> clientProperties, String pipeline, String sink) {
    this.topic = topic;
    this.clientProperties = clientProperties;
    this.pipeline = pipeline;
    this.sink = sink;
  }

  String topic() {
    return topic;
  }

  /** The record committing {@code lane}'s position. */
  ProducerRecord<byte[], byte[]> lanePosition(int lane, String position) {
    return new ProducerRecord<>(topic, 0, key(List.of(pipeline, sink, lane)), position.getBytes(StandardCharsets.UTF_8));
  }

  /** The record saying the schema change at {@code position} was written. */
  ProducerRecord<byte[], byte[]> schemaChangeWritten(String position) {
    return new ProducerRecord<>(topic, 0, key(List.of(pipeline, sink, "ddl", position)),
        position.getBytes(StandardCharsets.UTF_8));
  }

  /** What this pipeline's sink committed: per lane the last position, and the schema changes written. */
  record Committed(Map<Integer, String> lanes, Set<String> schemaChanges) {}

  /** Reads every committed record of this pipeline and sink. */
  Committed read() {
    Map<Integer, String> lanes = new HashMap<>();
    Set<String> schemaChanges = new HashSet<>();
    scan("read_committed", r -> take(r, lanes, schemaChanges));
    return new Committed(lanes, schemaChanges);
  }

  /** Lanes that ever committed here, read without waiting for open transactions. */
  Set<Integer> lanesSeen() {
    Set<Integer> lanes = new HashSet<>();
    scan("read_uncommitted", r -> {
      List<?> key = parseKey(r.key());
      if (key != null && key.size() == 3 && pipeline.equals(key.get(0)) && sink.equals(key.get(1))
          && key.get(2) instanceof Number lane) {
        lanes.add(lane.intValue());
      }
    });
    return lanes;
  }

  /**
   * Hands every record from the beginning up to the end the partition has now (counting open
   * transactions) to {@code each}. Read committed, this waits until the transactions open at the
   * start have ended, up to {@link #READ_TIMEOUT}.
   */
  private void scan(String isolation, java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
    Map<String, Object> props = new HashMap<>(clientProperties);
    props.put("isolation.level", isolation);
    props.put("enable.auto.commit", "false");
    TopicPartition partition = new TopicPartition(topic, 0);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = highWatermark(partition);
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (consumer.position(partition) < end) {
        if (System.nanoTime() > deadline) {
          throw new RetriableException("reading positions topic " + topic + ": a transaction stayed open for "
              + READ_TIMEOUT.toMinutes() + " minutes (offset " + consumer.position(partition) + " of " + end + ")", null);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(each);
      }
    } catch (KafkaException e) {
      throw new RetriableException("reading positions topic " + topic + ": " + e.getMessage(), e);
    }
  }

  private void take(ConsumerRecord<byte[], byte[]> r, Map<Integer, String> lanes, Set<String> schemaChanges) {
    List<?> key = parseKey(r.key());
    if (key == null || key.size() < 3 || !pipeline.equals(key.get(0)) || !sink.equals(key.get(1))) {
      return;
    }
    String value = r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8);
    if (key.get(2) instanceof Number lane && value != null) {
      lanes.put(lane.intValue(), value);
    } else if ("ddl".equals(key.get(2)) && key.size() == 4 && key.get(3) instanceof String position) {
      schemaChanges.add(position);
    }
  }

  /** The end of the partition counting open transactions (what a read-uncommitted consumer sees). */
  private long highWatermark(TopicPartition partition) {
    Map<String, Object> props = new HashMap<>(clientProperties);
    props.put("isolation.level", "read_uncommitted");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      return consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
    }
  }

  private static byte[] key(List<Object> parts) {
    try {
      return JSON.writeValueAsBytes(parts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<?> parseKey(byte[] key) {
    if (key == null) {
      return null;
    }
    try {
      return JSON.readValue(key, List.class);
    } catch (java.io.IOException e) {
      return null; // not one of ours: another tool writes to this topic
    }
  }
}
