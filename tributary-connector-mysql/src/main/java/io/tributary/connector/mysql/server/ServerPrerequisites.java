package io.tributary.connector.mysql.server;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that the server can be captured: binary logging on, row-based with full images and full
 * metadata, and the privileges the source needs. Reports every problem in one message, each with
 * the my.cnf line and (where possible) the {@code SET GLOBAL} statement that fixes it.
 */
public final class ServerPrerequisites {

  private ServerPrerequisites() {}

  /**
   * Throws a {@link TributaryException} listing every unmet prerequisite.
   *
   * @param tables the tables to capture (SELECT is needed on each)
   * @param snapshotLock whether a MySQL snapshot will take FLUSH TABLES WITH READ LOCK (needs RELOAD)
   * @param server {@code host:port}, for the message
   */
  public static void check(
      Connection connection, ServerFlavor flavor, Collection<TableId> tables, boolean snapshotLock, String server)
      throws SQLException {
    List<String> problems = new ArrayList<>(settingProblems(variables(connection), flavor));
    problems.addAll(GrantCheck.problems(connection, flavor, tables, snapshotLock && !flavor.mariaDb()));
    if (!problems.isEmpty()) {
      throw new TributaryException(
          flavor.displayName() + " on " + server + " cannot be captured yet:\n  - "
              + String.join("\n  - ", problems)
              + "\nFix these and start the pipeline again (SET GLOBAL affects new sessions; put the my.cnf lines "
              + "under [mysqld] so they survive a restart).");
    }
  }

  /** The problems with the binlog settings, given the server's global variables (lower-case names). */
  static List<String> settingProblems(Map<String, String> variables, ServerFlavor flavor) {
    List<String> problems = new ArrayList<>();
    if (!"ON".equalsIgnoreCase(variables.get("log_bin")) && !"1".equals(variables.get("log_bin"))) {
      problems.add(
          "binary logging is off (log_bin=" + variables.getOrDefault("log_bin", "absent") + "): add 'log_bin=mysql-bin'"
              + " and 'server_id=1' to my.cnf and restart the server (log_bin cannot be changed at runtime)");
    }
    requireValue(variables, "binlog_format", "ROW", problems);
    requireValue(variables, "binlog_row_image", "FULL", problems);
    if (!variables.containsKey("binlog_row_metadata")) {
      problems.add(
          "binlog_row_metadata is not supported by " + flavor.displayName()
              + ": Tributary needs MySQL 8.0.1+ or MariaDB 10.5+ with binlog_row_metadata=FULL");
    } else {
      requireValue(variables, "binlog_row_metadata", "FULL", problems);
    }
    String valueOptions = variables.getOrDefault("binlog_row_value_options", "");
    if (valueOptions.toUpperCase(Locale.ROOT).contains("PARTIAL_JSON")) {
      problems.add(
          "binlog_row_value_options is '" + valueOptions + "' (partial JSON updates): put"
              + " 'binlog_row_value_options=' in my.cnf, or run: SET GLOBAL binlog_row_value_options='';");
    }
    return problems;
  }

  private static void requireValue(Map<String, String> variables, String name, String wanted, List<String> problems) {
    String value = variables.get(name);
    if (value == null || !value.equalsIgnoreCase(wanted)) {
      problems.add(
          name + " is " + (value == null ? "not set" : "'" + value + "'") + " but must be " + wanted + ": put '"
              + name + "=" + wanted + "' in my.cnf, or run: SET GLOBAL " + name + "='" + wanted + "';");
    }
  }

  private static Map<String, String> variables(Connection connection) throws SQLException {
    Map<String, String> out = new HashMap<>();
    String sql =
        "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('log_bin','binlog_format','binlog_row_image',"
            + "'binlog_row_metadata','binlog_row_value_options')";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        out.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2));
      }
    }
    return out;
  }
}
