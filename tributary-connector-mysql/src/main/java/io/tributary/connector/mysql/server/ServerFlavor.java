package io.tributary.connector.mysql.server;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which server this is: MariaDB or MySQL, and its version, which decide a few statements.
 *
 * @param mariaDb whether the server is MariaDB
 * @param major major version
 * @param minor minor version
 * @param version the full version text
 */
public record ServerFlavor(boolean mariaDb, int major, int minor, String version) {
  private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)");

  /** Asks the server. */
  public static ServerFlavor of(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT VERSION()")) {
      rows.next();
      return parse(rows.getString(1));
    }
  }

  /** Parses a {@code VERSION()} text such as {@code 10.11.6-MariaDB-log} or {@code 8.0.36}. */
  public static ServerFlavor parse(String version) {
    Matcher m = NUMBERS.matcher(version);
    int major = m.find() ? Integer.parseInt(m.group(1)) : 0;
    int minor = major > 0 ? Integer.parseInt(m.group(2)) : 0;
    return new ServerFlavor(version.toLowerCase(java.util.Locale.ROOT).contains("mariadb"), major, minor, version);
  }

  /** The statement that shows the current binlog file and position. */
  public String binlogStatusStatement() {
    boolean mysql84 = !mariaDb && (major > 8 || (major == 8 && minor >= 4));
    return mysql84 ? "SHOW BINARY LOG STATUS" : "SHOW MASTER STATUS";
  }

  /** "MariaDB 10.11" or "MySQL 8.0", for messages. */
  public String displayName() {
    return (mariaDb ? "MariaDB " : "MySQL ") + major + "." + minor;
  }
}
