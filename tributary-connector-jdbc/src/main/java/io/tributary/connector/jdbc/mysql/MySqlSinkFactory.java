package io.tributary.connector.jdbc.mysql;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkFactory;
import io.tributary.connector.jdbc.JdbcEndpoint;
import io.tributary.connector.jdbc.JdbcSinkOptions;
import java.util.List;

/** Makes {@link MySqlSink}s: sink type {@code mysql}, also {@code mariadb}. */
public final class MySqlSinkFactory implements SinkFactory {

  @Override
  public String identifier() {
    return "mysql";
  }

  @Override
  public List<String> aliases() {
    return List.of("mariadb");
  }

  @Override
  public List<Option<?>> options() {
    return MySqlSinkOptions.all();
  }

  @Override
  public Sink create(String name, Config config) {
    JdbcEndpoint endpoint = JdbcEndpoint.from(config);
    if (!endpoint.url().startsWith("jdbc:mysql:") && !endpoint.url().startsWith("jdbc:mariadb:")) {
      throw new ConfigException(JdbcSinkOptions.URL.key(), "sink '" + name + "': url '"
          + endpoint.displayUrl() + "' is not a MySQL or MariaDB JDBC URL; write"
          + " jdbc:mysql://host:3306/ or jdbc:mariadb://host:3306/");
    }
    return new MySqlSink(name, endpoint, config.get(MySqlSinkOptions.ROWS_PER_STATEMENT));
  }
}
