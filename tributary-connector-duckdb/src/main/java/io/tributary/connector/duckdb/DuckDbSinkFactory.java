package io.tributary.connector.duckdb;

import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkFactory;
import java.util.List;

/** Makes {@code duckdb} sinks: an embedded DuckDB database file as the target. */
public final class DuckDbSinkFactory implements SinkFactory {

  @Override
  public String identifier() {
    return "duckdb";
  }

  @Override
  public List<Option<?>> options() {
    return DuckDbSinkOptions.ALL;
  }

  @Override
  public Sink create(String name, Config config) {
    return new DuckDbSink(name, DuckDbSinkConfig.from(config));
  }
}
