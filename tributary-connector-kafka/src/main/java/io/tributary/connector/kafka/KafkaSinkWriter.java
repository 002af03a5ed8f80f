package io.tributary.connector.kafka;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.TableId;
import io.tributary.api.sink.RejectedRows;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.formats.ChangeEncoder;
import io.tributary.formats.FormatException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lane's transactional producer: a batch's messages and the lane's position record commit in
 * one Kafka transaction. Messages of a table with a primary key are keyed by it (JSON of the key
 * columns), so Kafka's partitioner keeps each key in one partition and in order; messages of a
 * table without one go to one partition chosen by the table, in order. An event the format cannot
 * write goes to the dead letters and the rest of the batch commits. With {@code tombstones} on, a
 * delete is followed by its key with no value (log compaction's marker).
 */
final class KafkaSinkWriter implements SinkWriter {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaSinkWriter.class);

  private final String sinkName;
  private final int lane;
  private final KafkaProducer<byte[], byte[]> producer;
  private final ChangeEncoder encoder;
  private final TopicNames topicNames;
  private final Topics topics;
  private final PositionsTopic positions;
  private final RejectedRows rejected;
  private final Map<TableId, Integer> keylessPartition = new HashMap<>();
  private final boolean tombstones;

  KafkaSinkWriter(String sinkName, int lane, KafkaProducer<byte[], byte[]> producer, ChangeEncoder encoder,
      TopicNames topicNames, Topics topics, PositionsTopic positions, RejectedRows rejected, boolean tombstones) {
    this.sinkName = sinkName;
    this.lane = lane;
    this.producer = producer;
    this.encoder = encoder;
    this.topicNames = topicNames;
    this.topics = topics;
    this.positions = positions;
    this.rejected = rejected;
    this.tombstones = tombstones;
  }

  @Override
  public void write(SinkBatch batch) {
    String position = batch.position().encode();
    try {
      producer.beginTransaction();
      for (ChangeEvent event : batch.events()) {
        send(event);
      }
      producer.send(positions.lanePosition(lane, position));
      producer.commitTransaction();
    } catch (KafkaException e) {
      abortQuietly();
      throw KafkaFailures.classify("sink '" + sinkName + "' lane " + lane + ": writing the batch up to " + position, e);
    }
  }

  private void send(ChangeEvent event) {
    byte[] value;
    try {
      value = encoder.encode(event);
    } catch (FormatException e) {
      rejected.reject(event.schema(), event.op() == Operation.DELETE, event.keyRow(), e.getMessage());
      return;
    }
    TableId table = event.schema().id();
    String topic = topicNames.topicOf(table);
    byte[] key = encoder.encodeKey(event);
    Integer partition = key == null ? keylessPartition.computeIfAbsent(table,
        t -> Utils.toPositive(Utils.murmur2(t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            % topics.partitionCount(topic)) : null;
    producer.send(new ProducerRecord<>(topic, partition, key, value));
    if (tombstones && key != null && event.op() == Operation.DELETE) {
      producer.send(new ProducerRecord<>(topic, null, key, null));
    }
  }

  private void abortQuietly() {
    try {
      producer.abortTransaction();
    } catch (KafkaException | IllegalStateException e) {
      LOG.debug("sink '{}' lane {}: abort after a failure: {}", sinkName, lane, e.getMessage());
    }
  }

  @Override
  public String committedPosition() {
    return positions.read().lanes().get(lane);
  }

  @Override
  public void close() {
    producer.close();
  }
}
