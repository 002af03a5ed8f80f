package io.tributary.connector.postgres.server;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the server is and how to log in; opens JDBC connections with pgjdbc.
 *
 * <p>Every connection asks for text results ({@code binaryTransfer=false}) and fixes the session
 * settings that shape value text: ISO dates, ISO-8601 intervals, hex bytea and shortest-exact
 * floats, so the snapshot and the stream print every value the same way.
 *
 * @param host host name or address
 * @param port TCP port
 * @param database the database to capture
 * @param user user name
 * @param password password, may be empty
 * @param connectTimeout how long to wait for a connection
 */
public record ServerEndpoint(String host, int port, String database, String user, String password, Duration connectTimeout) {

  /** Session settings every connection starts with. */
  static final String SESSION_OPTIONS =
      "-c DateStyle=ISO,YMD -c IntervalStyle=iso_8601 -c bytea_output=hex -c extra_float_digits=3";

  public ServerEndpoint {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(user, "user");
    password = password == null ? "" : password;
    Objects.requireNonNull(connectTimeout, "connectTimeout");
  }

  /** {@code host:port/database}, for messages. */
  public String address() {
    return host + ":" + port + "/" + database;
  }

  /**
   * A new SQL connection, autocommit on.
   *
   * @throws RetriableException when the server cannot be reached
   * @throws TributaryException when the login or the database is refused
   */
  public Connection connect() {
    return open(baseProperties());
  }

  /**
   * A new logical replication connection ({@code replication=database}, simple query protocol),
   * for the replication API of pgjdbc.
   */
  public Connection connectForReplication() {
    Properties properties = baseProperties();
    properties.setProperty("replication", "database");
    properties.setProperty("assumeMinServerVersion", "10");
    properties.setProperty("preferQueryMode", "simple");
    return open(properties);
  }

  private Properties baseProperties() {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    long seconds = Math.max(1, connectTimeout.toSeconds());
    properties.setProperty("connectTimeout", Long.toString(seconds));
    properties.setProperty("loginTimeout", Long.toString(seconds));
    properties.setProperty("binaryTransfer", "false");
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("ApplicationName", "tributary");
    properties.setProperty("options", SESSION_OPTIONS);
    return properties;
  }

  private Connection open(Properties properties) {
    String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
    try {
      return DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      if (state.startsWith("28")) {
        throw new TributaryException(
            "login to " + address() + " as '" + user + "' was refused: " + e.getMessage()
                + ". Check 'username' and 'password' (and pg_hba.conf: replication connections need a"
                + " 'host replication' or 'host all' line for this user).", e);
      }
      if (state.equals("3D000")) {
        throw new TributaryException(
            "database '" + database + "' does not exist on " + host + ":" + port + ". Check 'database'.", e);
      }
      throw new RetriableException("cannot connect to " + address() + ": " + e.getMessage(), e);
    }
  }
}
