package io.tributary.connector.kafka;

import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkFactory;
import java.util.List;

/**
 * Makes {@code kafka} sinks: every change as a Canal-JSON or Debezium-JSON message in a topic per
 * table, keyed by primary key, each lane's batch and its source position in one producer
 * transaction.
 */
public final class KafkaSinkFactory implements SinkFactory {
  @Override
  public String identifier() {
    return "kafka";
  }

  /** A message log: every change is a message, none is folded away. */
  @Override
  public boolean changeLog() {
    return true;
  }

  @Override
  public List<Option<?>> options() {
    return KafkaSinkOptions.ALL;
  }

  @Override
  public Sink create(String name, Config config) {
    return new KafkaSink(name, KafkaSinkConfig.from(config));
  }
}
