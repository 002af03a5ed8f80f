package io.tributary.connector.postgres;

import io.tributary.api.option.Config;
import io.tributary.testkit.PostgresServer;

/** Source configurations pointing at a throwaway server. */
final class TestConfigs {
  private TestConfigs() {}

  /** Captures every table of schema {@code public} of {@code database}; {@code more} adds or overrides pairs. */
  static Config forDatabase(PostgresServer server, String database, String... more) {
    Config config = Config.of(
        "hostname", server.host(), "port", Integer.toString(server.port()), "database", database,
        "username", server.user(), "password", server.password(), "tables", "public\\..*",
        "heartbeat-interval", "1s", "connect-timeout", "5s", "snapshot-parallelism", "2");
    for (int i = 0; i + 1 < more.length; i += 2) {
      config = config.with(more[i], more[i + 1]);
    }
    return config;
  }

  /** The server-side state of the pipeline's slot: confirmed_flush_lsn as text, or null. */
  static String confirmedFlush(PostgresServer server, String database, String slot) {
    Object value = server.queryValue(database,
        "SELECT confirmed_flush_lsn::text FROM pg_replication_slots WHERE slot_name = ?", slot);
    return value == null ? null : value.toString();
  }

  /** Drops the slot of a finished test (slots outlive databases' connections and hold WAL). */
  static void dropSlot(PostgresServer server, String database, String slot) {
    server.execute(database, "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '"
        + slot + "' AND NOT active");
  }
}
