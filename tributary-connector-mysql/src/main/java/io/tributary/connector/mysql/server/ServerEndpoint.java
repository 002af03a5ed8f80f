package io.tributary.connector.mysql.server;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the server is and how to log in; opens JDBC connections with the MariaDB driver.
 *
 * @param host host name or address
 * @param port TCP port
 * @param user user name
 * @param password password, may be empty
 * @param connectTimeout how long to wait for a connection
 */
public record ServerEndpoint(String host, int port, String user, String password, Duration connectTimeout) {

  public ServerEndpoint {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    password = password == null ? "" : password;
    Objects.requireNonNull(connectTimeout, "connectTimeout");
  }

  /** {@code host:port}, for messages. */
  public String address() {
    return host + ":" + port;
  }

  /**
   * A new connection, autocommit on.
   *
   * @param binaryProtocol whether statements are prepared on the server (binary rows: exact FLOAT
   *     values, no text parsing), as the snapshot wants
   * @throws RetriableException when the server cannot be reached
   * @throws TributaryException when the login is refused
   */
  public Connection connect(boolean binaryProtocol) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", Long.toString(connectTimeout.toMillis()));
    properties.setProperty("useServerPrepStmts", Boolean.toString(binaryProtocol));
    properties.setProperty("tinyInt1isBit", "false");
    properties.setProperty("yearIsDateType", "false");
    try {
      return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/", properties);
    } catch (SQLInvalidAuthorizationSpecException e) {
      throw new TributaryException(
          "login to " + address() + " as '" + user + "' was refused: " + e.getMessage()
              + ". Check 'username' and 'password'.", e);
    } catch (SQLException e) {
      throw new RetriableException("cannot connect to " + address() + ": " + e.getMessage(), e);
    }
  }
}
