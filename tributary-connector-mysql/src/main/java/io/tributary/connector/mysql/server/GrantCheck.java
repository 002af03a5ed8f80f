package io.tributary.connector.mysql.server;

import io.tributary.api.schema.TableId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code SHOW GRANTS} and says which privileges the capture user lacks. Lenient: ALL
 * PRIVILEGES covers everything, database and table grants count for SELECT, and when privileges
 * come through roles (which {@code SHOW GRANTS} does not expand) nothing is reported.
 */
final class GrantCheck {
  private static final Logger LOG = LoggerFactory.getLogger(GrantCheck.class);
  private static final Pattern GRANT = Pattern.compile("^GRANT (.+?) ON (\\S+) TO .*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE_GRANT = Pattern.compile("^GRANT [^ ]+ TO .*$", Pattern.CASE_INSENSITIVE);

  private GrantCheck() {}

  /** One line per missing privilege, each with the GRANT statement that fixes it. */
  static List<String> problems(
      Connection connection, ServerFlavor flavor, Collection<TableId> tables, boolean needsReload) throws SQLException {
    List<String> grants = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW GRANTS FOR CURRENT_USER()")) {
      while (rows.next()) {
        grants.add(rows.getString(1));
      }
    } catch (SQLException e) {
      LOG.warn("cannot read the capture user's grants ({}); skipping the privilege check", e.getMessage());
      return List.of();
    }
    return problems(grants, flavor, tables, needsReload);
  }

  static List<String> problems(
      List<String> grantLines, ServerFlavor flavor, Collection<TableId> tables, boolean needsReload) {
    Set<String> global = new HashSet<>();
    List<String[]> selectTargets = new ArrayList<>();
    boolean roles = false;
    for (String line : grantLines) {
      Matcher m = GRANT.matcher(line.trim());
      if (!m.matches()) {
        roles |= ROLE_GRANT.matcher(line.trim()).matches() && !line.toUpperCase(Locale.ROOT).startsWith("GRANT PROXY");
        continue;
      }
      Set<String> privileges = privileges(m.group(1));
      String[] target = target(m.group(2));
      if (target[0].equals("*")) {
        global.addAll(privileges);
      }
      if (privileges.contains("SELECT") || privileges.contains("ALL PRIVILEGES")) {
        selectTargets.add(target);
      }
    }
    List<String> missing = missing(global, flavor, tables, selectTargets, needsReload);
    if (!missing.isEmpty() && roles) {
      LOG.warn("the capture user seems to lack {}, but holds roles that may grant them; continuing", missing);
      return List.of();
    }
    return missing;
  }

  private static List<String> missing(
      Set<String> global, ServerFlavor flavor, Collection<TableId> tables, List<String[]> selectTargets,
      boolean needsReload) {
    List<String> out = new ArrayList<>();
    if (global.contains("ALL PRIVILEGES")) {
      return out;
    }
    if (!global.contains("REPLICATION SLAVE") && !global.contains("REPLICATION REPLICA")) {
      out.add("the user lacks REPLICATION SLAVE (needed to read the binlog): GRANT REPLICATION SLAVE ON *.* TO <user>;");
    }
    boolean monitor = global.contains("REPLICATION CLIENT") || global.contains("BINLOG MONITOR")
        || global.contains("SUPER");
    if (!monitor) {
      String privilege = flavor.mariaDb() ? "BINLOG MONITOR" : "REPLICATION CLIENT";
      out.add("the user lacks " + privilege + " (needed for SHOW MASTER STATUS and SHOW BINARY LOGS): GRANT "
          + privilege + " ON *.* TO <user>;");
    }
    if (needsReload && !global.contains("RELOAD")) {
      out.add("the user lacks RELOAD (needed for the snapshot's brief FLUSH TABLES WITH READ LOCK): "
          + "GRANT RELOAD ON *.* TO <user>;");
    }
    List<String> unreadable = tables.stream().filter(t -> !selectable(t, selectTargets)).map(TableId::toString).toList();
    if (!unreadable.isEmpty()) {
      out.add("the user lacks SELECT on " + String.join(", ", unreadable)
          + ": GRANT SELECT ON <database>.* TO <user>; (or ON *.*)");
    }
    return out;
  }

  private static boolean selectable(TableId table, List<String[]> targets) {
    for (String[] target : targets) {
      boolean database = target[0].equals("*") || like(target[0], table.namespace());
      boolean name = target[1].equals("*") || target[1].equals(table.name());
      if (database && name) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> privileges(String text) {
    Set<String> out = new HashSet<>();
    for (String part : text.split(",")) {
      String p = part.trim().toUpperCase(Locale.ROOT);
      int paren = p.indexOf('(');
      out.add(paren < 0 ? p : p.substring(0, paren).trim());
    }
    return out;
  }

  /** {@code *.*}, {@code `db`.*} or {@code `db`.`table`} as {database, table}, unquoted. */
  static String[] target(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`' && quoted && i + 1 < text.length() && text.charAt(i + 1) == '`') {
        current.append('`');
        i++;
      } else if (c == '`') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts.size() == 2 ? parts.toArray(new String[0]) : new String[] {text, "*"};
  }

  /** SQL LIKE of a database grant name (wildcards {@code %} and {@code _}, {@code \} escapes). */
  private static boolean like(String pattern, String value) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return value.matches(regex.toString());
  }
}
