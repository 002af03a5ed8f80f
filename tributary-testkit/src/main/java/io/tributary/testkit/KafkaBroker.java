package io.tributary.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A single-node Kafka cluster (KRaft, broker and controller combined) running inside this JVM,
 * started by Kafka's own test kit: ready in a few seconds, its data in a temporary folder deleted
 * on {@link #close()}. Configured for transactions on one node (replication factor and min ISR of
 * the internal topics 1) so transactional producers and read-committed consumers work.
 *
 * <p>Thread-safe. {@link #shared()} is one broker per JVM that is never closed; tests that stop
 * or disturb the broker start their own.
 */
public final class KafkaBroker implements AutoCloseable {
  private static KafkaBroker sharedBroker;

  private final KafkaClusterTestKit cluster;

  private KafkaBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** One broker for the whole JVM; never close it. */
  public static synchronized KafkaBroker shared() {
    if (sharedBroker == null) {
      sharedBroker = start();
    }
    return sharedBroker;
  }

  /** Starts a new broker; close it when done. */
  public static KafkaBroker start() {
    try {
      KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(
          new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
          .setConfigProp("offsets.topic.replication.factor", "1")
          .setConfigProp("offsets.topic.num.partitions", "4")
          .setConfigProp("transaction.state.log.replication.factor", "1")
          .setConfigProp("transaction.state.log.min.isr", "1")
          .setConfigProp("transaction.state.log.num.partitions", "4")
          .setConfigProp("group.initial.rebalance.delay.ms", "0")
          .setConfigProp("auto.create.topics.enable", "false")
          .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new KafkaBroker(cluster);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new ThrowawayServerException("could not start the in-process Kafka broker: " + e.getMessage(), e);
    }
  }

  /** {@code host:port} of the broker, for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** A new admin client for this broker; close it. */
  public Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return Admin.create(p);
  }

  /** Creates {@code topic} with {@code partitions} partitions; an existing topic is left as it is. */
  public void createTopic(String topic, int partitions) {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new ThrowawayServerException("could not create topic " + topic + ": " + e.getCause().getMessage(), e);
      }
    } catch (Exception e) {
      throw new ThrowawayServerException("could not create topic " + topic + ": " + e.getMessage(), e);
    }
  }

  /**
   * Every committed record of {@code topic} from the beginning to the end it has now (read
   * committed: records of aborted or open transactions are left out), in partition then offset
   * order. Waits until the transactions open or committing at the call have ended: a producer's
   * {@code commitTransaction} returns before the broker has written the commit markers, and until
   * then a read-committed consumer does not see the transaction's records.
   */
  public List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(info -> new TopicPartition(topic, info.partition())).sorted((a, b) -> a.partition() - b.partition()).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = highWatermarks(partitions);
      List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!caughtUp(consumer, end.keySet(), end) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      out.sort((a, b) -> a.partition() != b.partition() ? a.partition() - b.partition() : Long.compare(a.offset(), b.offset()));
      return out;
    }
  }

  /** The partitions' ends counting open transactions (what a read-uncommitted consumer sees). */
  private Map<TopicPartition, Long> highWatermarks(List<TopicPartition> partitions) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      return consumer.endOffsets(partitions, Duration.ofSeconds(30));
    }
  }

  private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Collection<TopicPartition> partitions,
      Map<TopicPartition, Long> end) {
    for (TopicPartition tp : partitions) {
      if (consumer.position(tp) < end.get(tp)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public synchronized void close() {
    if (this == sharedBroker) {
      return;
    }
    try {
      cluster.close();
    } catch (Exception e) {
      throw new ThrowawayServerException("could not stop the in-process Kafka broker: " + e.getMessage(), e);
    }
  }
}
