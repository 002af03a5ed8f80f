package io.tributary.connector.kafka;

import io.tributary.api.option.Option;
import java.util.List;

/** The options of the {@code kafka} source. */
final class KafkaSourceOptions {
  private KafkaSourceOptions() {}

  static final Option<String> TOPICS = Option.string("topics",
      "The topics to read, comma-separated (or topic-pattern).");
  static final Option<String> TOPIC_PATTERN = Option.string("topic-pattern",
      "A Java regular expression: every topic it matches fully is read, also topics created later (or topics).");
  static final Option<String> GROUP_ID = Option.string("group-id",
      "The consumer group; processes with the same group share the partitions. Default: tributary-<pipeline>.");
  static final Option<String> STARTUP_MODE = Option.choice("startup-mode", List.of("group-offsets", "earliest", "latest"),
      "Where a partition starts when the sinks hold no position for it: the group's committed offset (else the"
          + " earliest), the earliest offset, or the end.").withDefault("group-offsets");
  static final Option<String> PRIMARY_KEYS = Option.prefixed("primary-keys",
      "Primary-key columns per table for messages that carry none, e.g. primary-keys.shop.orders: id,tenant.");

  static final List<Option<?>> ALL = List.of(KafkaOptions.BOOTSTRAP_SERVERS, TOPICS, TOPIC_PATTERN, KafkaOptions.FORMAT,
      GROUP_ID, STARTUP_MODE, PRIMARY_KEYS, KafkaOptions.PROPERTIES);
}
