package io.tributary.connector.kafka;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics a sink writes to when they are missing, once per topic and process. Thread-safe. */
final class Topics implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Topics.class);

  private final Admin admin;
  private final int partitions;
  private final short replicationFactor;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  Topics(Map<String, Object> clientProperties, int partitions, int replicationFactor) {
    this.admin = Admin.create(clientProperties);
    this.partitions = partitions;
    this.replicationFactor = (short) replicationFactor;
  }

  /** Makes sure a table topic exists (the sink's partition count and replication factor when created). */
  void ensure(String topic) {
    ensure(topic, Optional.of(partitions), Map.of());
  }

  /** Makes sure a compacted one-partition topic exists (positions). */
  void ensureCompacted(String topic) {
    ensure(topic, Optional.of(1), Map.of("cleanup.policy", "compact"));
  }

  private void ensure(String topic, Optional<Integer> count, Map<String, String> configs) {
    if (known.contains(topic)) {
      return;
    }
    Optional<Short> rf = replicationFactor > 0 ? Optional.of(replicationFactor) : Optional.empty();
    try {
      admin.createTopics(List.of(new NewTopic(topic, count, rf).configs(configs))).all().get(60, TimeUnit.SECONDS);
      LOG.info("created topic {} ({} partitions{})", topic, count.orElse(-1), configs.isEmpty() ? "" : ", " + configs);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw KafkaFailures.classify("creating topic " + topic, e.getCause());
      }
    } catch (TimeoutException e) {
      throw new RetriableException("creating topic " + topic + ": no answer from the cluster within 60 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TributaryException("interrupted while creating topic " + topic, e);
    }
    known.add(topic);
  }

  /** How many partitions {@code topic} has. */
  int partitionCount(String topic) {
    try {
      return admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS).get(topic).partitions().size();
    } catch (ExecutionException e) {
      throw KafkaFailures.classify("describing topic " + topic, e.getCause());
    } catch (TimeoutException e) {
      throw new RetriableException("describing topic " + topic + ": no answer from the cluster within 60 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TributaryException("interrupted while describing topic " + topic, e);
    }
  }

  @Override
  public void close() {
    admin.close();
  }
}
