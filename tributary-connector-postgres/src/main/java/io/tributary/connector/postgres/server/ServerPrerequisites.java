package io.tributary.connector.postgres.server;

import io.tributary.api.TributaryException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the server can be captured: logical WAL, a replication slot and a WAL sender to
 * spare, the REPLICATION attribute and SELECT on the tables. Reports every problem in one message,
 * each with the statement or postgresql.conf line that fixes it.
 */
public final class ServerPrerequisites {

  private ServerPrerequisites() {}

  /**
   * Throws a {@link TributaryException} listing every unmet prerequisite.
   *
   * @param slotExists whether the pipeline's slot exists already (then no free slot is needed)
   * @param unreadableTables captured tables the user may not SELECT, as {@code schema.table}
   * @param server {@code host:port/database}, for the message
   */
  public static void check(ServerSettings settings, boolean slotExists, List<String> unreadableTables, String server) {
    List<String> problems = problems(settings, slotExists, unreadableTables);
    if (!problems.isEmpty()) {
      throw new TributaryException(
          settings.displayName() + " on " + server + " cannot be captured yet:\n  - " + String.join("\n  - ", problems)
              + "\nFix these and start the pipeline again (ALTER SYSTEM writes postgresql.auto.conf; the settings"
              + " marked 'restart' only take effect after a server restart).");
    }
  }

  /** The unmet prerequisites, each with how to fix it; empty when capture can start. */
  static List<String> problems(ServerSettings settings, boolean slotExists, List<String> unreadableTables) {
    List<String> problems = new ArrayList<>();
    if (settings.version() < 100000) {
      problems.add("the server is " + settings.displayName() + "; logical replication with pgoutput needs 10 or later");
    }
    if (!"logical".equals(settings.walLevel())) {
      problems.add("wal_level is '" + settings.walLevel() + "' but must be 'logical': run ALTER SYSTEM SET wal_level ="
          + " logical; (or put 'wal_level = logical' in postgresql.conf) and restart the server");
    }
    if (!slotExists && settings.usedReplicationSlots() >= settings.maxReplicationSlots()) {
      problems.add("max_replication_slots is " + settings.maxReplicationSlots() + " and " + settings.usedReplicationSlots()
          + " slots exist, so no slot can be created: run ALTER SYSTEM SET max_replication_slots = "
          + (settings.usedReplicationSlots() + 1) + "; and restart the server, or drop an unused slot with"
          + " SELECT pg_drop_replication_slot('<name>');");
    }
    if (settings.maxWalSenders() < 1) {
      problems.add("max_wal_senders is 0, so no replication connection is possible: run ALTER SYSTEM SET"
          + " max_wal_senders = 10; and restart the server");
    }
    if (!settings.replication() && !settings.superuser()) {
      problems.add("the user '" + settings.user() + "' lacks the REPLICATION attribute: run ALTER ROLE "
          + quote(settings.user()) + " REPLICATION;");
    }
    if (!unreadableTables.isEmpty()) {
      problems.add("the user '" + settings.user() + "' may not SELECT from " + String.join(", ", unreadableTables)
          + ": run GRANT SELECT ON <each table> TO " + quote(settings.user()) + ";");
    }
    return problems;
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
