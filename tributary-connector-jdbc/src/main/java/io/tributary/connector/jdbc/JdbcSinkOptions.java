package io.tributary.connector.jdbc;

import io.tributary.api.option.Option;
import java.time.Duration;
import java.util.List;

/** The options every JDBC sink reads, declared once. */
public final class JdbcSinkOptions {

  /** The JDBC URL of the target database. */
  public static final Option<String> URL =
      Option.string(
              "url",
              "JDBC URL of the target, e.g. jdbc:postgresql://db:5432/warehouse or"
                  + " jdbc:mariadb://db:3306/. Driver parameters may be added to it.")
          .asRequired();

  /** The user name; may also be given in the URL. */
  public static final Option<String> USERNAME =
      Option.string(
          "username", "User to connect as; it needs rights to create schemas and tables.");

  /** The password, never logged. */
  public static final Option<String> PASSWORD =
      Option.string("password", "Password of the user.").asSecret();

  /** How long to wait for a connection. */
  public static final Option<Duration> CONNECT_TIMEOUT =
      Option.duration(
              "connect-timeout", "How long to wait when opening a connection to the target.")
          .withDefault(Duration.ofSeconds(30));

  /** How long one read from the target may block; zero waits forever. */
  public static final Option<Duration> SOCKET_TIMEOUT =
      Option.duration(
              "socket-timeout",
              "How long one read from the target may block before the connection counts as lost and"
                  + " the batch is retried on a new one; 0 waits forever. Keep it above the"
                  + " time your largest batch takes to merge.")
          .withDefault(Duration.ZERO);

  private JdbcSinkOptions() {}

  /** The options of every JDBC sink, in the order of the reference. */
  public static List<Option<?>> common() {
    return List.of(URL, USERNAME, PASSWORD, CONNECT_TIMEOUT, SOCKET_TIMEOUT);
  }
}
