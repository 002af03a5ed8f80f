package io.tributary.connector.postgres.server;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The server settings and user attributes logical capture depends on, read once.
 *
 * @param version {@code server_version_num}, e.g. 150004
 * @param walLevel {@code wal_level}
 * @param maxReplicationSlots {@code max_replication_slots}
 * @param usedReplicationSlots slots that exist now
 * @param maxWalSenders {@code max_wal_senders}
 * @param user the logged-in user
 * @param replication whether the user has the REPLICATION attribute
 * @param superuser whether the user is a superuser
 */
public record ServerSettings(
    int version, String walLevel, int maxReplicationSlots, int usedReplicationSlots, int maxWalSenders, String user,
    boolean replication, boolean superuser) {

  private static final String QUERY =
      "SELECT current_setting('server_version_num')::int, current_setting('wal_level'),"
          + " current_setting('max_replication_slots')::int, (SELECT count(*) FROM pg_replication_slots)::int,"
          + " current_setting('max_wal_senders')::int, r.rolname, r.rolreplication, r.rolsuper"
          + " FROM pg_roles r WHERE r.rolname = current_user";

  /** Reads the settings. */
  public static ServerSettings read(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(QUERY)) {
      row.next();
      return new ServerSettings(row.getInt(1), row.getString(2), row.getInt(3), row.getInt(4), row.getInt(5),
          row.getString(6), row.getBoolean(7), row.getBoolean(8));
    }
  }

  /** "PostgreSQL 15.4", for messages. */
  public String displayName() {
    return "PostgreSQL " + version / 10000 + "." + version % 100;
  }

  /** Whether pgoutput can send binary column values (PostgreSQL 14+). */
  public boolean binaryTuplesSupported() {
    return version >= 140000;
  }
}
