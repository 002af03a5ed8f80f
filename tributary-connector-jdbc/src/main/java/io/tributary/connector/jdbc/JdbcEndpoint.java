package io.tributary.connector.jdbc;

import io.tributary.api.option.Config;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to connect: the URL, the credentials and the timeouts of one sink.
 *
 * @param url the JDBC URL
 * @param username the user, or null to take it from the URL
 * @param password the password, or null
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout how long one read may block; zero means forever
 */
public record JdbcEndpoint(
    String url, String username, String password, Duration connectTimeout, Duration socketTimeout) {

  public JdbcEndpoint {
    Objects.requireNonNull(url, "url");
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(30) : connectTimeout;
    socketTimeout = socketTimeout == null ? Duration.ZERO : socketTimeout;
  }

  /** Reads the endpoint from a sink's options. */
  public static JdbcEndpoint from(Config config) {
    return new JdbcEndpoint(
        config.require(JdbcSinkOptions.URL).trim(),
        config.get(JdbcSinkOptions.USERNAME),
        config.get(JdbcSinkOptions.PASSWORD),
        config.get(JdbcSinkOptions.CONNECT_TIMEOUT),
        config.get(JdbcSinkOptions.SOCKET_TIMEOUT));
  }

  /** The URL without its parameters, safe to show in messages. */
  public String displayUrl() {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  @Override
  public String toString() {
    return "JdbcEndpoint[" + displayUrl() + ", user=" + username + "]";
  }
}
