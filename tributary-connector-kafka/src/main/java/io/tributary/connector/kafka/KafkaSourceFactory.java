package io.tributary.connector.kafka;

import io.tributary.api.event.SourcePosition;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceFactory;
import java.util.List;

/**
 * Makes {@code kafka} sources: change messages in Canal-JSON or Debezium-JSON read from Kafka
 * topics by a consumer group, so any sink can apply what Tributary, Debezium or Canal captured.
 */
public final class KafkaSourceFactory implements SourceFactory {
  @Override
  public String identifier() {
    return "kafka";
  }

  @Override
  public List<Option<?>> options() {
    return KafkaSourceOptions.ALL;
  }

  @Override
  public Source create(Config config, String pipelineName) {
    return new KafkaSource(KafkaSourceConfig.from(config, pipelineName));
  }

  @Override
  public SourcePosition decodePosition(String encoded) {
    return KafkaPosition.decode(encoded);
  }
}
