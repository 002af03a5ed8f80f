package io.tributary.connector.postgres;

import io.tributary.api.ConfigException;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceFactory;
import io.tributary.connector.postgres.position.PostgresPosition;
import java.util.List;

/** Makes PostgreSQL sources: type {@code postgres}, alias {@code postgresql}. */
public final class PostgresSourceFactory implements SourceFactory {

  @Override
  public String identifier() {
    return "postgres";
  }

  @Override
  public List<String> aliases() {
    return List.of("postgresql");
  }

  @Override
  public List<Option<?>> options() {
    return PostgresSourceOptions.all();
  }

  @Override
  public Source create(Config config, String pipelineName) {
    if (pipelineName == null || pipelineName.isBlank()) {
      throw new ConfigException(null, "the pipeline needs a name (it derives the default 'slot-name')");
    }
    return new PostgresSource(PostgresSourceConfig.from(config, pipelineName), pipelineName);
  }

  @Override
  public SourcePosition decodePosition(String encoded) {
    return PostgresPosition.decode(encoded);
  }
}
