package io.tributary.connector.mysql;

import io.tributary.connector.mysql.schema.SchemaReader;
import io.tributary.api.schema.TableFilter;
import static io.tributary.connector.mysql.MySqlSourceOptions.*;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.connector.mysql.server.ServerEndpoint;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The source's options, parsed and checked once.
 *
 * @param endpoint where the server is
 * @param tables which tables are captured
 * @param serverId the replica server id of the binlog reader
 * @param startupMode where a pipeline without saved state starts
 * @param serverTimeZone session time zone of snapshot connections
 * @param snapshotChunkSize rows per snapshot chunk
 * @param snapshotFetchSize rows streamed from the server at a time
 * @param heartbeatInterval binlog heartbeat period
 */
public record MySqlSourceConfig(
    ServerEndpoint endpoint,
    TableFilter tables,
    long serverId,
    StartupMode startupMode,
    ZoneId serverTimeZone,
    int snapshotChunkSize,
    int snapshotFetchSize,
    Duration heartbeatInterval) {

  /** The range default server ids are drawn from. */
  static final int DEFAULT_SERVER_ID_BASE = 5400;

  static final int DEFAULT_SERVER_ID_SPAN = 1000;

  public MySqlSourceConfig {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(startupMode, "startupMode");
    Objects.requireNonNull(serverTimeZone, "serverTimeZone");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
  }

  /** Parses and checks the options; problems are {@link ConfigException}s naming the key. */
  public static MySqlSourceConfig from(Config config, String pipelineName) {
    int port = config.get(PORT);
    if (port < 1 || port > 65535) {
      throw new ConfigException(PORT.key(), "'port' must be between 1 and 65535, not " + port);
    }
    ServerEndpoint endpoint =
        new ServerEndpoint(
            config.get(HOSTNAME), port, config.require(USERNAME), config.get(PASSWORD),
            positive(config.get(CONNECT_TIMEOUT), CONNECT_TIMEOUT.key()));
    TableFilter filter;
    try {
      filter = TableFilter.of(config.require(TABLES), null).excludingNamespaces(SchemaReader.SYSTEM_DATABASES::contains);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(TABLES.key(), "invalid 'tables': " + e.getMessage());
    }
    try {
      filter = TableFilter.of(config.require(TABLES), config.get(TABLES_EXCLUDE))
          .excludingNamespaces(SchemaReader.SYSTEM_DATABASES::contains);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(TABLES_EXCLUDE.key(), "invalid 'tables-exclude': " + e.getMessage());
    }
    return new MySqlSourceConfig(
        endpoint, filter, serverId(config, pipelineName), StartupMode.parse(config.get(STARTUP_MODE)),
        zone(config.get(SERVER_TIME_ZONE)), atLeastOne(config.get(SNAPSHOT_CHUNK_SIZE), SNAPSHOT_CHUNK_SIZE.key()),
        atLeastOne(config.get(SNAPSHOT_FETCH_SIZE), SNAPSHOT_FETCH_SIZE.key()),
        positive(config.get(HEARTBEAT_INTERVAL), HEARTBEAT_INTERVAL.key()));
  }

  /** The default server id of a pipeline: a stable hash of its name in 5400..6399. */
  public static long defaultServerId(String pipelineName) {
    return DEFAULT_SERVER_ID_BASE + Math.floorMod(pipelineName.hashCode(), DEFAULT_SERVER_ID_SPAN);
  }

  private static long serverId(Config config, String pipelineName) {
    Long given = config.get(SERVER_ID);
    if (given == null) {
      return defaultServerId(pipelineName);
    }
    if (given < 1 || given > 4_294_967_295L) {
      throw new ConfigException(SERVER_ID.key(), "'server-id' must be between 1 and 4294967295, not " + given);
    }
    return given;
  }

  private static ZoneId zone(String text) {
    try {
      ZoneId zone = ZoneId.of(text.trim());
      return zone.normalized().equals(ZoneOffset.UTC) ? ZoneOffset.UTC : zone;
    } catch (DateTimeException e) {
      throw new ConfigException(
          SERVER_TIME_ZONE.key(), "'server-time-zone' is not a time zone: '" + text + "' (write e.g. UTC or Europe/Berlin)");
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
