package io.tributary.connector.kafka;

import io.tributary.api.option.Option;
import java.util.List;

/** The options of the {@code kafka} sink. */
final class KafkaSinkOptions {
  private KafkaSinkOptions() {}

  static final Option<String> TOPIC = Option.string("topic",
      "The topic of each table: a pattern with the placeholders {database}, {schema} (both the table's"
          + " namespace: MySQL database, PostgreSQL schema) and {table}.").withDefault("{database}.{table}");
  static final Option<Boolean> INCLUDE_SCHEMA = Option.bool("debezium.include-schema",
      "Debezium-JSON: wrap each message in the {schema, payload} envelope (5-10 times larger messages).")
      .withDefault(false);
  static final Option<String> DECIMAL_HANDLING = Option.choice("decimal-handling", List.of("string", "precise", "double"),
      "Debezium-JSON: DECIMAL values as exact strings, as Debezium's base64 bytes with the scale in the"
          + " schema, or as doubles (may round).").withDefault("string");
  static final Option<String> SCHEMA_CHANGE_TOPIC = Option.string("schema-change-topic",
      "Debezium-JSON: the topic schema changes (DDL) go to. Canal-JSON writes them as isDdl messages"
          + " into the table's own topic, to every partition.").withDefault("tributary.schema-changes");
  static final Option<String> POSITIONS_TOPIC = Option.string("positions-topic",
      "The compacted topic where each lane commits its source position in the same transaction as its"
          + " messages (created when missing).").withDefault("tributary.positions");
  static final Option<Integer> PARTITIONS = Option.integer("topic-partitions",
      "Partitions of the table topics the sink creates (existing topics are used as they are).").withDefault(6);
  static final Option<Integer> REPLICATION_FACTOR = Option.integer("replication-factor",
      "Replication factor of the topics the sink creates; -1: the broker's default.").withDefault(-1);
  static final Option<String> TRANSACTIONAL_ID_PREFIX = Option.string("transactional-id-prefix",
      "Start of each lane's transactional.id (<prefix>-<pipeline>-<sink>-<lane>); two pipelines must not share"
          + " one.").withDefault("tributary");

  static final Option<Boolean> TOMBSTONES = Option.bool("tombstones",
      "After each delete also write a tombstone (the key with no value), so a compacted topic drops the row, as"
          + " Debezium does by default.").withDefault(false);

  static final List<Option<?>> ALL = List.of(KafkaOptions.BOOTSTRAP_SERVERS, TOPIC, KafkaOptions.FORMAT,
      INCLUDE_SCHEMA, DECIMAL_HANDLING, SCHEMA_CHANGE_TOPIC, POSITIONS_TOPIC, PARTITIONS, REPLICATION_FACTOR,
      TRANSACTIONAL_ID_PREFIX, TOMBSTONES, KafkaOptions.PROPERTIES);
}
