package io.tributary.connector.postgres;

import io.tributary.api.schema.TableFilter;
import static io.tributary.connector.postgres.PostgresSourceOptions.*;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.connector.postgres.server.ServerEndpoint;
import java.time.Duration;
import java.util.Set;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The source's options, parsed and checked once.
 *
 * @param endpoint where the server is
 * @param tables which tables are captured
 * @param slotName the logical replication slot
 * @param publicationName the publication the slot decodes
 * @param startupMode where a pipeline without saved state starts
 * @param snapshotParallelism connections reading the snapshot at once
 * @param snapshotChunkSize rows per snapshot chunk
 * @param keyColumns key columns named for tables without a primary key
 * @param binaryTuples whether pgoutput sends binary column values
 * @param heartbeatInterval how often the stream reports its position
 */
public record PostgresSourceConfig(
    ServerEndpoint endpoint,
    TableFilter tables,
    String slotName,
    String publicationName,
    StartupMode startupMode,
    int snapshotParallelism,
    int snapshotChunkSize,
    KeyColumns keyColumns,
    boolean binaryTuples,
    Duration heartbeatInterval) {

  private static final Pattern SLOT_NAME_PATTERN = Pattern.compile("[a-z0-9_]{1,63}");
  private static final int MAX_IDENTIFIER = 63;

  public PostgresSourceConfig {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(slotName, "slotName");
    Objects.requireNonNull(publicationName, "publicationName");
    Objects.requireNonNull(startupMode, "startupMode");
    Objects.requireNonNull(keyColumns, "keyColumns");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
  }

  /** Parses and checks the options; problems are {@link ConfigException}s naming the key. */
  public static PostgresSourceConfig from(Config config, String pipelineName) {
    int port = config.get(PORT);
    if (port < 1 || port > 65535) {
      throw new ConfigException(PORT.key(), "'port' must be between 1 and 65535, not " + port);
    }
    ServerEndpoint endpoint = new ServerEndpoint(
        config.get(HOSTNAME), port, config.require(DATABASE), config.get(USERNAME), config.get(PASSWORD),
        positive(config.get(CONNECT_TIMEOUT), CONNECT_TIMEOUT.key()));
    String slot = slotName(config.get(SLOT_NAME), pipelineName);
    String publication = config.get(PUBLICATION_NAME);
    if (publication == null) {
      publication = slot;
    } else if (publication.length() > MAX_IDENTIFIER) {
      throw new ConfigException(PUBLICATION_NAME.key(), "'publication-name' is longer than 63 characters");
    }
    return new PostgresSourceConfig(
        endpoint, filter(config), slot, publication, StartupMode.parse(config.get(STARTUP_MODE)),
        atLeastOne(config.get(SNAPSHOT_PARALLELISM), SNAPSHOT_PARALLELISM.key()),
        atLeastOne(config.get(SNAPSHOT_CHUNK_SIZE), SNAPSHOT_CHUNK_SIZE.key()), keyColumns(config),
        config.get(BINARY_TUPLES), positive(config.get(HEARTBEAT_INTERVAL), HEARTBEAT_INTERVAL.key()));
  }

  /** The default slot name of a pipeline: {@code tributary_} + its name, sanitized for a slot name. */
  public static String defaultSlotName(String pipelineName) {
    String sanitized = "tributary_" + pipelineName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return sanitized.length() > MAX_IDENTIFIER ? sanitized.substring(0, MAX_IDENTIFIER) : sanitized;
  }

  private static String slotName(String given, String pipelineName) {
    if (given == null) {
      return defaultSlotName(pipelineName);
    }
    if (!SLOT_NAME_PATTERN.matcher(given).matches()) {
      throw new ConfigException(
          SLOT_NAME.key(), "'slot-name' '" + given + "' is not a valid slot name: use 1 to 63 of a-z, 0-9 and _");
    }
    return given;
  }

  /** Schemas never captured. */
  static final Set<String> SYSTEM_SCHEMAS = Set.of("pg_catalog", "information_schema", "pg_toast");

  /** The tables the patterns select, outside the system and temporary schemas. */
  static TableFilter tableFilter(String include, String exclude) {
    return TableFilter.of(include, exclude)
        .excludingNamespaces(schema -> SYSTEM_SCHEMAS.contains(schema) || schema.startsWith("pg_temp"));
  }

  private static TableFilter filter(Config config) {
    try {
      tableFilter(config.require(TABLES), null);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(TABLES.key(), "invalid 'tables': " + e.getMessage());
    }
    try {
      return tableFilter(config.require(TABLES), config.get(TABLES_EXCLUDE));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(TABLES_EXCLUDE.key(), "invalid 'tables-exclude': " + e.getMessage());
    }
  }

  private static KeyColumns keyColumns(Config config) {
    try {
      return KeyColumns.parse(config.get(PRIMARY_KEYS));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(PRIMARY_KEYS.key(), "invalid 'primary-keys': " + e.getMessage());
    }
  }

  private static int atLeastOne(int value, String key) {
    if (value < 1) {
      throw new ConfigException(key, "'" + key + "' must be at least 1, not " + value);
    }
    return value;
  }

  private static Duration positive(Duration value, String key) {
    if (value.isNegative() || value.isZero()) {
      throw new ConfigException(key, "'" + key + "' must be longer than zero, not " + value);
    }
    return value;
  }
}
