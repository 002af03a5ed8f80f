package io.tributary.connector.kafka;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Options the Kafka sink and source share: where the cluster is and extra client settings. */
final class KafkaOptions {
  private KafkaOptions() {}

  static final Option<String> BOOTSTRAP_SERVERS = Option.string("bootstrap-servers",
      "The Kafka cluster: comma-separated host:port pairs, e.g. 127.0.0.1:9092.").asRequired();
  static final Option<String> FORMAT = Option.choice("format", List.of("debezium-json", "canal-json"),
      "The message format: Debezium-JSON (before/after/source/op) or Canal-JSON (Canal's flat message).")
      .withDefault("debezium-json");
  static final Option<String> PROPERTIES = Option.prefixed("properties",
      "Kafka client settings passed through as they are, e.g. properties.security.protocol: SASL_SSL,"
          + " properties.sasl.jaas.config: ... (secrets: use ${ENV} substitution).");

  /** The client settings of {@code config}: {@code bootstrap.servers} plus every {@code properties.*} key. */
  static Map<String, Object> clientProperties(Config config, List<String> managedKeys) {
    Map<String, Object> props = new HashMap<>();
    config.under("properties").forEach((key, value) -> {
      if (managedKeys.contains(key)) {
        throw new ConfigException("properties." + key, "properties." + key + ": Tributary sets '" + key
            + "' itself (exactly-once depends on it); remove the key");
      }
      props.put(key, value);
    });
    props.put("bootstrap.servers", config.require(BOOTSTRAP_SERVERS));
    return props;
  }
}
