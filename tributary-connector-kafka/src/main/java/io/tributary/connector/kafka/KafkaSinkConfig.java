package io.tributary.connector.kafka;

import io.tributary.api.option.Config;
import io.tributary.formats.DecimalHandling;
import io.tributary.formats.Format;
import io.tributary.formats.FormatOptions;
import java.util.List;
import java.util.Map;

/**
 * A {@code kafka} sink's settings, checked.
 *
 * @param clientProperties the client settings every producer, consumer and admin client starts from
 * @param topics the table topics
 * @param format the message format
 * @param formatOptions the encoder's settings (the server name is set per pipeline)
 * @param schemaChangeTopic Debezium-JSON's topic for DDL
 * @param positionsTopic where lanes commit their positions
 * @param partitions partitions of created table topics
 * @param replicationFactor replication factor of created topics, or -1
 * @param transactionalIdPrefix start of each lane's transactional.id
 * @param tombstones whether a delete is followed by a tombstone
 */
record KafkaSinkConfig(
    Map<String, Object> clientProperties,
    TopicNames topics,
    Format format,
    FormatOptions formatOptions,
    String schemaChangeTopic,
    String positionsTopic,
    int partitions,
    int replicationFactor,
    String transactionalIdPrefix,
    boolean tombstones) {

  /** Keys of {@code properties.*} the sink sets itself. */
  static final List<String> MANAGED = List.of("transactional.id", "enable.idempotence", "key.serializer",
      "value.serializer", "key.deserializer", "value.deserializer", "isolation.level", "enable.auto.commit");

  static KafkaSinkConfig from(Config config) {
    FormatOptions options = FormatOptions.defaults()
        .withSchemaEnvelope(config.get(KafkaSinkOptions.INCLUDE_SCHEMA))
        .withDecimalHandling(DecimalHandling.of(config.get(KafkaSinkOptions.DECIMAL_HANDLING)));
    return new KafkaSinkConfig(
        KafkaOptions.clientProperties(config, MANAGED),
        new TopicNames(KafkaSinkOptions.TOPIC.key(), config.get(KafkaSinkOptions.TOPIC)),
        Format.of(config.get(KafkaOptions.FORMAT)),
        options,
        TopicNames.legal(config.get(KafkaSinkOptions.SCHEMA_CHANGE_TOPIC)),
        TopicNames.legal(config.get(KafkaSinkOptions.POSITIONS_TOPIC)),
        config.get(KafkaSinkOptions.PARTITIONS),
        config.get(KafkaSinkOptions.REPLICATION_FACTOR),
        config.get(KafkaSinkOptions.TRANSACTIONAL_ID_PREFIX),
        config.get(KafkaSinkOptions.TOMBSTONES));
  }
}
