package io.tributary.connector.postgres.server;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publication the slot decodes: created {@code FOR TABLE} the captured tables when missing,
 * checked (never changed) when it exists. It must exist before the slot is created: pgoutput looks
 * publications up as of each decoded change.
 */
public final class Publication {
  private static final Logger LOG = LoggerFactory.getLogger(Publication.class);

  private Publication() {}

  /**
   * Makes sure publication {@code name} exists and publishes every table of {@code tables}.
   *
   * @throws TributaryException naming each captured table the existing publication leaves out,
   *     with the statement that adds it
   */
  public static void ensure(Connection connection, String name, List<TableId> tables) throws SQLException {
    Boolean allTables = allTables(connection, name);
    if (allTables == null) {
      create(connection, name, tables);
      return;
    }
    if (allTables) {
      return;
    }
    Set<TableId> published = published(connection, name);
    List<String> missing = tables.stream().filter(t -> !published.contains(t)).map(Publication::quote).toList();
    if (!missing.isEmpty()) {
      throw new TributaryException(
          "publication '" + name + "' exists but does not publish " + String.join(", ", missing)
              + ": run ALTER PUBLICATION " + quoteIdentifier(name) + " ADD TABLE " + String.join(", ", missing)
              + "; or name another 'publication-name' (a missing publication is created for the captured tables)");
    }
  }

  /** Whether the publication is FOR ALL TABLES; null when it does not exist. */
  private static Boolean allTables(Connection connection, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT puballtables, pubinsert AND pubupdate AND pubdelete AND pubtruncate FROM pg_publication WHERE pubname = ?")) {
      statement.setString(1, name);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        if (!row.getBoolean(2)) {
          LOG.warn("publication {} does not publish every kind of change (insert, update, delete, truncate); the"
              + " kinds it leaves out are not captured", name);
        }
        return row.getBoolean(1);
      }
    }
  }

  private static Set<TableId> published(Connection connection, String name) throws SQLException {
    Set<TableId> out = new HashSet<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT schemaname, tablename FROM pg_publication_tables WHERE pubname = ?")) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          out.add(new TableId(rows.getString(1), rows.getString(2)));
        }
      }
    }
    return out;
  }

  private static void create(Connection connection, String name, List<TableId> tables) throws SQLException {
    String list = tables.stream().map(Publication::quote).collect(Collectors.joining(", "));
    String sql = "CREATE PUBLICATION " + quoteIdentifier(name) + (tables.isEmpty() ? "" : " FOR TABLE " + list);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      if ("42501".equals(e.getSQLState())) {
        throw new TributaryException(
            "cannot create publication '" + name + "': " + e.getMessage() + ". Create it as the tables' owner: "
                + sql + "; (Tributary then uses it as it is)", e);
      }
      throw e;
    }
    LOG.info("created publication {} for {} tables", name, new ArrayList<>(tables).size());
  }

  /** A table name as SQL, each part double-quoted. */
  public static String quote(TableId table) {
    return quoteIdentifier(table.namespace()) + "." + quoteIdentifier(table.name());
  }

  /** An identifier in double quotes, double quotes doubled. */
  public static String quoteIdentifier(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
