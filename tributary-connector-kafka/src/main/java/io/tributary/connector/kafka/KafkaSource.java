package io.tributary.connector.kafka;

import io.tributary.api.TributaryException;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceContext;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Decoded;
import io.tributary.formats.DecodedRow;
import io.tributary.formats.FormatException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Canal-JSON or Debezium-JSON messages (written by Tributary, Debezium or Canal) from Kafka
 * topics as a consumer group member, read committed, and emits their row changes.
 *
 * <p>Exactly once into the sinks: the position (per partition: records done) travels with every
 * event and is committed by the sinks with their data; on restart each partition is sought back to
 * it. The group's offsets are committed only after every sink committed ({@link #committed}), so
 * they are safe start points for another member that takes a partition over, and a member starts a
 * partition at the later of the two. Schema changes are not replayed from DDL messages: each row
 * carries its shape and the sinks add missing columns.
 */
final class KafkaSource implements Source {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaSource.class);

  private final KafkaSourceConfig config;
  private final AtomicReference<KafkaPosition> toCommit = new AtomicReference<>();
  private volatile boolean stopping;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private final Map<String, KafkaPosition.Progress> current = new HashMap<>();
  private final Map<String, Integer> rowsToSkip = new HashMap<>();
  private long polls;

  KafkaSource(KafkaSourceConfig config) {
    this.config = config;
  }

  @Override
  public List<TableSchema> discover() {
    try (KafkaConsumer<byte[], byte[]> c = newConsumer()) {
      List<String> topics = c.listTopics(Duration.ofSeconds(30)).keySet().stream().filter(config::reads).sorted().toList();
      if (topics.isEmpty()) {
        throw new TributaryException("kafka source: no topic on " + config.bootstrapServers() + " matches " + config.describeTopics()
            + "; check topics/topic-pattern (Tributary's kafka sink writes <database>.<table> unless its topic says otherwise)");
      }
      LOG.info("kafka source: {} topics match {}: {}", topics.size(), config.describeTopics(), topics);
      return List.of(); // tables are known only from their messages
    } catch (KafkaException e) {
      throw KafkaFailures.classify("kafka source: listing topics on " + config.bootstrapServers(), e);
    }
  }

  @Override
  public void run(SourceContext context, SourcePosition resumeFrom) throws InterruptedException {
    Map<String, KafkaPosition.Progress> resume = resumeFrom == null ? Map.of() : ((KafkaPosition) resumeFrom).progress();
    current.putAll(resume);
    ChangeDecoder decoder = config.decoder();
    TextSchemas schemas = config.textSchemas();
    try (KafkaConsumer<byte[], byte[]> c = newConsumer()) {
      consumer = c;
      config.subscribe(c, new Assignments(c));
      while (!stopping) {
        commitConfirmed(c);
        ConsumerRecords<byte[], byte[]> records = c.poll(Duration.ofMillis(100));
        if (records.isEmpty()) {
          context.flush();
          continue;
        }
        emit(records, decoder, schemas, context);
        context.flush();
      }
      commitConfirmed(c);
    } catch (WakeupException e) {
      if (!stopping) {
        throw e;
      }
    } catch (KafkaException e) {
      throw KafkaFailures.classify("kafka source", e);
    } finally {
      consumer = null;
    }
  }

  private void emit(ConsumerRecords<byte[], byte[]> records, ChangeDecoder decoder, TextSchemas schemas, SourceContext context)
      throws InterruptedException {
    PollLog log = new PollLog(polls++, Map.copyOf(current));
    int last = -1;
    for (ConsumerRecord<byte[], byte[]> record : records) {
      String partition = record.topic() + "/" + record.partition();
      List<DecodedRow> rows = rows(decoder, record);
      int skip = rowsToSkip.getOrDefault(partition, 0);
      if (skip > 0) {
        rowsToSkip.remove(partition);
      }
      if (rows.isEmpty()) {
        last = log.add(partition, record.offset(), 0, true);
        continue;
      }
      for (int i = 0; i < rows.size(); i++) {
        last = log.add(partition, record.offset(), i, i == rows.size() - 1);
        if (i >= skip) {
          context.emit(schemas.event(rows.get(i), KafkaPosition.live(log, last)));
        }
      }
    }
    current.putAll(log.progressAfter(last));
  }

  private static List<DecodedRow> rows(ChangeDecoder decoder, ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      return List.of(); // a tombstone: log compaction's marker, no change
    }
    List<Decoded> decoded;
    try {
      decoded = decoder.decode(record.key(), record.value());
    } catch (FormatException e) {
      throw new TributaryException("kafka source: the message at " + record.topic() + " partition " + record.partition()
          + " offset " + record.offset() + " cannot be read: " + e.getMessage() + "; check the source's format option"
          + " (debezium-json or canal-json) or move the group past it", e);
    }
    List<DecodedRow> rows = new ArrayList<>(decoded.size());
    for (Decoded d : decoded) {
      if (d instanceof DecodedRow row) {
        rows.add(row);
      } else {
        LOG.info("kafka source: schema change message at {}/{} offset {} for {}: the sinks follow the rows' shapes",
            record.topic(), record.partition(), record.offset(), d.table());
      }
    }
    return rows;
  }

  /** Commits the group offsets the sinks have confirmed, for the partitions this member holds. */
  private void commitConfirmed(KafkaConsumer<byte[], byte[]> c) {
    KafkaPosition position = toCommit.getAndSet(null);
    if (position == null) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition tp : c.assignment()) {
      KafkaPosition.Progress p = position.progress().get(tp.topic() + "/" + tp.partition());
      if (p != null) {
        offsets.put(tp, new OffsetAndMetadata(p.offset()));
      }
    }
    if (!offsets.isEmpty()) {
      c.commitSync(offsets);
    }
  }

  @Override
  public void committed(SourcePosition position) {
    toCommit.set((KafkaPosition) position);
  }

  @Override
  public void stop() {
    stopping = true;
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private KafkaConsumer<byte[], byte[]> newConsumer() {
    return new KafkaConsumer<>(config.consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Seeks each newly assigned partition to where this pipeline left it, or as the startup mode says. */
  private final class Assignments implements ConsumerRebalanceListener {
    private final KafkaConsumer<byte[], byte[]> c;

    Assignments(KafkaConsumer<byte[], byte[]> c) {
      this.c = c;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      Map<TopicPartition, OffsetAndMetadata> group = c.committed(new java.util.HashSet<>(partitions));
      for (TopicPartition tp : partitions) {
        String key = tp.topic() + "/" + tp.partition();
        KafkaPosition.Progress mine = current.get(key);
        OffsetAndMetadata theirs = group.get(tp);
        if (mine != null && (theirs == null || theirs.offset() <= mine.offset())) {
          c.seek(tp, mine.offset());
          rowsToSkip.put(key, mine.rows());
        } else if (theirs != null && (mine != null || config.startupMode().equals("group-offsets"))) {
          c.seek(tp, theirs.offset()); // another member got further, and the sinks committed it
          current.put(key, new KafkaPosition.Progress(theirs.offset(), 0));
        } else if (config.startupMode().equals("latest")) {
          c.seekToEnd(List.of(tp));
        } else {
          c.seekToBeginning(List.of(tp));
        }
      }
      LOG.info("kafka source: assigned {}", partitions);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      LOG.info("kafka source: partitions revoked {}", partitions);
    }
  }
}
