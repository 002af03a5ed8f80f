package io.tributary.connector.kafka;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkWriter;
import io.tributary.formats.ChangeEncoder;
import io.tributary.formats.Format;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka cluster as a target. Each lane writes with its own transactional producer
 * ({@code <prefix>-<pipeline>-<sink>-<lane>}); a batch's messages and the lane's position record
 * in the positions topic commit in one transaction, so a consumer reading committed messages sees
 * each change exactly once. On open, every lane's transactional id this sink ever used is
 * initialized once, which aborts what a crashed process left open, before positions are read.
 *
 * <p>Schema changes: Canal-JSON writes an {@code isDdl} message into the table's topic, to every
 * partition (a consumer of any one partition sees the new shape before rows in it); Debezium-JSON
 * writes to the schema-change topic. Each is written once: its position is recorded in the
 * positions topic in the same transaction.
 */
final class KafkaSink implements Sink {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaSink.class);

  private final String name;
  private final KafkaSinkConfig config;
  private SinkContext context;
  private Topics topics;
  private PositionsTopic positions;
  private ChangeEncoder ddlEncoder;
  private Set<String> schemaChangesWritten;

  KafkaSink(String name, KafkaSinkConfig config) {
    this.name = name;
    this.config = config;
  }

  @Override
  public void open(SinkContext sinkContext) {
    this.context = sinkContext;
    topics = new Topics(config.clientProperties(), config.partitions(), config.replicationFactor());
    topics.ensureCompacted(config.positionsTopic());
    if (config.format() == Format.DEBEZIUM_JSON) {
      topics.ensure(config.schemaChangeTopic());
    }
    positions = new PositionsTopic(config.positionsTopic(), config.clientProperties(), sinkContext.pipelineName(), name);
    ddlEncoder = encoder();
    Set<Integer> lanes = new TreeSet<>(positions.lanesSeen());
    for (int lane = 0; lane < sinkContext.lanes(); lane++) {
      lanes.add(lane);
    }
    for (int lane : lanes) {
      fence(transactionalId(Integer.toString(lane)));
    }
    fence(transactionalId("ddl"));
    schemaChangesWritten = positions.read().schemaChanges();
    LOG.info("sink '{}': {} to {} (lanes fenced: {}, positions in {})", name, config.format().id(),
        config.clientProperties().get("bootstrap.servers"), lanes, config.positionsTopic());
  }

  /** Initializes and closes a producer with this id: a transaction a crashed writer left open is aborted. */
  private void fence(String transactionalId) {
    try (KafkaProducer<byte[], byte[]> producer = producer(transactionalId)) {
      producer.initTransactions();
    } catch (KafkaException e) {
      throw KafkaFailures.classify("sink '" + name + "': initializing transactional id " + transactionalId, e);
    }
  }

  @Override
  public Map<Integer, String> committedPositions() {
    return positions.read().lanes();
  }

  @Override
  public void ensureTable(TableSchema schema) {
    topics.ensure(config.topics().topicOf(schema.id()));
  }

  @Override
  public void applySchemaChange(SchemaChange change) {
    String position = change.position().encode();
    if (schemaChangesWritten.contains(position)) {
      return;
    }
    byte[] message = ddlEncoder.encode(change);
    try (KafkaProducer<byte[], byte[]> producer = producer(transactionalId("ddl"))) {
      producer.initTransactions();
      producer.beginTransaction();
      if (config.format() == Format.DEBEZIUM_JSON) {
        producer.send(new ProducerRecord<>(config.schemaChangeTopic(), 0, change.table().toString().getBytes(
            java.nio.charset.StandardCharsets.UTF_8), message));
      } else {
        String topic = config.topics().topicOf(change.table());
        topics.ensure(topic);
        for (int p = 0; p < topics.partitionCount(topic); p++) {
          producer.send(new ProducerRecord<>(topic, p, null, message));
        }
      }
      producer.send(positions.schemaChangeWritten(position));
      producer.commitTransaction();
    } catch (KafkaException e) {
      throw KafkaFailures.classify("sink '" + name + "': writing the schema change of " + change.table() + " at " + position, e);
    }
    schemaChangesWritten.add(position);
  }

  @Override
  public SinkWriter openWriter(int lane) {
    KafkaProducer<byte[], byte[]> producer = producer(transactionalId(Integer.toString(lane)));
    try {
      producer.initTransactions();
    } catch (KafkaException e) {
      producer.close();
      throw KafkaFailures.classify("sink '" + name + "' lane " + lane + ": initializing its transactional producer", e);
    }
    return new KafkaSinkWriter(name, lane, producer, encoder(), config.topics(), topics, positions, context.rejectedRows(),
        config.tombstones());
  }

  private ChangeEncoder encoder() {
    return config.format().encoder(config.formatOptions().withServerName(context.pipelineName()));
  }

  private String transactionalId(String suffix) {
    return config.transactionalIdPrefix() + "-" + context.pipelineName() + "-" + name + "-" + suffix;
  }

  private KafkaProducer<byte[], byte[]> producer(String transactionalId) {
    Map<String, Object> props = new HashMap<>();
    props.put("linger.ms", "5");
    props.put("batch.size", Integer.toString(256 * 1024));
    props.putAll(config.clientProperties());
    props.put("transactional.id", transactionalId);
    props.put("enable.idempotence", "true");
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  @Override
  public void close() {
    if (topics != null) {
      topics.close();
    }
  }
}
