package io.tributary.connector.jdbc.postgres;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkFactory;
import io.tributary.connector.jdbc.JdbcEndpoint;
import io.tributary.connector.jdbc.JdbcSinkOptions;
import java.util.List;

/** Makes {@link PostgresSink}s: sink type {@code postgres}, also {@code postgresql}. */
public final class PostgresSinkFactory implements SinkFactory {
  static final String URL_PREFIX = "jdbc:postgresql:";

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
    return JdbcSinkOptions.common();
  }

  @Override
  public Sink create(String name, Config config) {
    JdbcEndpoint endpoint = JdbcEndpoint.from(config);
    if (!endpoint.url().startsWith(URL_PREFIX)) {
      throw new ConfigException(JdbcSinkOptions.URL.key(), "sink '" + name + "': url '"
          + endpoint.displayUrl() + "' is not a PostgreSQL JDBC URL; write "
          + URL_PREFIX + "//host:5432/database");
    }
    return new PostgresSink(name, endpoint);
  }
}
