package io.tributary.bench.debezium;

import java.util.Properties;

/**
 * The Debezium engine configuration of a peer run. Everything not listed here is left at Debezium's default.
 *
 * <p>Set for every run:
 *
 * <ul>
 *   <li>{@code connector.class}, {@code database.hostname/port/user/password}: what to read;
 *   <li>{@code offset.storage = org.apache.kafka.connect.storage.MemoryOffsetBackingStore}: every run starts fresh
 *       and nothing is left behind;
 *   <li>{@code topic.prefix = bench}: required; it only names the destinations the consumer filters on;
 *   <li>{@code table.include.list}: the one table of the workload (a regular expression, so quoted);
 *   <li>{@code tombstones.on.delete = false}: one row change makes one record, like Tributary's one event.
 * </ul>
 *
 * <p>MariaDB ({@code io.debezium.connector.mariadb.MariaDbConnector}): {@code database.include.list} is the table's
 * database; {@code database.server.id} from {@code --server-id}; {@code database.ssl.mode = disable} (the throwaway
 * servers have no TLS); {@code schema.history.internal = io.debezium.relational.history.MemorySchemaHistory}. Snapshot
 * runs use {@code snapshot.mode = initial}; capture runs use {@code snapshot.mode = never}, which in 3.5 still exists
 * and reads the binlog from its first file with no schema snapshot, so the bench's binlog must start with {@code RESET
 * MASTER} and the table's {@code CREATE TABLE}, from which Debezium builds the table's schema.
 *
 * <p>PostgreSQL ({@code io.debezium.connector.postgresql.PostgresConnector}): {@code plugin.name = pgoutput},
 * {@code database.dbname}, {@code slot.name} and {@code publication.name} from the arguments. Snapshot runs use
 * {@code snapshot.mode = initial} on a fresh slot that Debezium creates, {@code publication.autocreate.mode =
 * filtered}, and {@code slot.drop.on.stop = true} so that the slot does not hold WAL on the bench's server after the
 * run. Capture runs stream changes the bench made after creating the slot and the publication itself: {@code
 * snapshot.mode = no_data} (3.6 has no {@code never}; with no stored offset it streams from the slot's confirmed
 * position), {@code publication.autocreate.mode = disabled}, {@code slot.drop.on.stop = false}.
 */
public final class EngineSettings {
  /** The engine's name. */
  public static final String ENGINE_NAME = "tributary-bench-debezium";

  /** The topic prefix; destinations are {@code bench.SCHEMA.TABLE}. */
  public static final String TOPIC_PREFIX = "bench";

  private EngineSettings() {}

  /** The engine properties for {@code arguments}. */
  public static Properties of(PeerArguments arguments) {
    Properties properties = new Properties();
    properties.setProperty("name", ENGINE_NAME);
    properties.setProperty("connector.class", arguments.connector().connectorClass());
    properties.setProperty("offset.storage", "org.apache.kafka.connect.storage.MemoryOffsetBackingStore");
    properties.setProperty("topic.prefix", TOPIC_PREFIX);
    properties.setProperty("database.hostname", arguments.host());
    properties.setProperty("database.port", Integer.toString(arguments.port()));
    properties.setProperty("database.user", arguments.user());
    properties.setProperty("database.password", arguments.password());
    properties.setProperty(
        "table.include.list", quoteRegex(arguments.schema()) + "\\." + quoteRegex(arguments.table()));
    properties.setProperty("tombstones.on.delete", "false");
    switch (arguments.connector()) {
      case MARIADB -> addMariaDb(properties, arguments);
      case POSTGRES -> addPostgres(properties, arguments);
    }
    return properties;
  }

  private static void addMariaDb(Properties properties, PeerArguments arguments) {
    properties.setProperty("database.include.list", quoteRegex(arguments.schema()));
    properties.setProperty("database.server.id", Long.toString(arguments.serverId()));
    properties.setProperty("database.ssl.mode", "disable");
    properties.setProperty("schema.history.internal", "io.debezium.relational.history.MemorySchemaHistory");
    properties.setProperty("snapshot.mode", arguments.mode() == PeerMode.SNAPSHOT ? "initial" : "never");
  }

  private static void addPostgres(Properties properties, PeerArguments arguments) {
    properties.setProperty("plugin.name", "pgoutput");
    properties.setProperty("database.dbname", arguments.database());
    properties.setProperty("slot.name", arguments.slot().orElseThrow());
    properties.setProperty("publication.name", arguments.publication().orElseThrow());
    boolean snapshot = arguments.mode() == PeerMode.SNAPSHOT;
    properties.setProperty("snapshot.mode", snapshot ? "initial" : "no_data");
    properties.setProperty("publication.autocreate.mode", snapshot ? "filtered" : "disabled");
    properties.setProperty("slot.drop.on.stop", Boolean.toString(snapshot));
  }

  /**
   * The destination Debezium gives the table's change records: {@code bench.SCHEMA.TABLE}, with every character
   * outside {@code [A-Za-z0-9._-]} replaced by {@code _} as Debezium's default topic naming does.
   */
  public static String destination(PeerArguments arguments) {
    return sanitize(TOPIC_PREFIX + "." + arguments.schema() + "." + arguments.table());
  }

  /** {@code properties} as text with the password masked, for the log and the work directory. */
  public static String describe(Properties properties) {
    StringBuilder text = new StringBuilder();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(key -> text.append(key).append('=')
            .append(key.contains("password") ? "********" : properties.getProperty(key)).append('\n'));
    return text.toString();
  }

  static String sanitize(String topic) {
    StringBuilder sanitized = new StringBuilder(topic.length());
    for (int i = 0; i < topic.length(); i++) {
      char c = topic.charAt(i);
      boolean valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-';
      sanitized.append(valid ? c : '_');
    }
    return sanitized.toString();
  }

  private static String quoteRegex(String name) {
    StringBuilder quoted = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ("\\.[]{}()<>*+-=!?^$|,".indexOf(c) >= 0) {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.toString();
  }
}
