package io.tributary.connector.kafka;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Format;
import io.tributary.formats.FormatOptions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * A {@code kafka} source's settings, checked.
 *
 * @param clientProperties client settings from the pipeline file
 * @param topics the topics to read, or empty when {@code pattern} is set
 * @param pattern the topic pattern, or null
 * @param format the message format
 * @param groupId the consumer group
 * @param startupMode group-offsets, earliest or latest
 * @param primaryKeys {@code namespace.table} to comma-separated key columns
 */
record KafkaSourceConfig(
    Map<String, Object> clientProperties,
    List<String> topics,
    Pattern pattern,
    Format format,
    String groupId,
    String startupMode,
    Map<String, String> primaryKeys) {

  static KafkaSourceConfig from(Config config, String pipelineName) {
    String topics = config.get(KafkaSourceOptions.TOPICS);
    String pattern = config.get(KafkaSourceOptions.TOPIC_PATTERN);
    if ((topics == null || topics.isBlank()) == (pattern == null || pattern.isBlank())) {
      throw new ConfigException("topics", "give exactly one of 'topics' (a comma-separated list) and 'topic-pattern' (a regular expression)");
    }
    Pattern compiled = null;
    if (pattern != null && !pattern.isBlank()) {
      try {
        compiled = Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new ConfigException("topic-pattern", "topic-pattern: '" + pattern + "' is not a regular expression: " + e.getDescription());
      }
    }
    String group = config.get(KafkaSourceOptions.GROUP_ID);
    return new KafkaSourceConfig(
        KafkaOptions.clientProperties(config, KafkaSinkConfig.MANAGED),
        compiled != null ? List.of() : Arrays.stream(topics.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList(),
        compiled,
        Format.of(config.get(KafkaOptions.FORMAT)),
        group == null || group.isBlank() ? "tributary-" + pipelineName : group,
        config.get(KafkaSourceOptions.STARTUP_MODE),
        config.under("primary-keys"));
  }

  String bootstrapServers() {
    return String.valueOf(clientProperties.get("bootstrap.servers"));
  }

  boolean reads(String topic) {
    return pattern != null ? pattern.matcher(topic).matches() : topics.contains(topic);
  }

  String describeTopics() {
    return pattern != null ? "topic-pattern " + pattern.pattern() : "topics " + String.join(", ", topics);
  }

  Map<String, Object> consumerProperties() {
    Map<String, Object> props = new HashMap<>();
    props.put("max.poll.records", "2000");
    props.put("metadata.max.age.ms", "5000"); // a topic-pattern picks up new topics within seconds, not 5 minutes
    props.putAll(clientProperties);
    props.put("group.id", groupId);
    props.put("enable.auto.commit", "false");
    props.put("isolation.level", "read_committed");
    props.put("auto.offset.reset", startupMode.equals("latest") ? "latest" : "earliest");
    return props;
  }

  void subscribe(KafkaConsumer<byte[], byte[]> consumer, ConsumerRebalanceListener listener) {
    if (pattern != null) {
      consumer.subscribe(pattern, listener);
    } else {
      consumer.subscribe(topics, listener);
    }
  }

  ChangeDecoder decoder() {
    return format.decoder(FormatOptions.defaults());
  }

  TextSchemas textSchemas() {
    return new TextSchemas(primaryKeys);
  }
}
