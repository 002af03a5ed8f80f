package io.tributary.connector.mysql;

import io.tributary.api.option.Option;
import java.time.Duration;
import java.util.List;

/** The options of the {@code mysql} / {@code mariadb} source, as written in the pipeline file. */
public final class MySqlSourceOptions {

  public static final Option<String> HOSTNAME =
      Option.string("hostname", "Host name or address of the MySQL/MariaDB server.").withDefault("127.0.0.1");

  public static final Option<Integer> PORT =
      Option.integer("port", "TCP port of the server.").withDefault(3306);

  public static final Option<String> USERNAME =
      Option.string(
              "username",
              "User to log in as; needs REPLICATION SLAVE, REPLICATION CLIENT (MariaDB: BINLOG MONITOR) and SELECT on"
                  + " the captured tables (MySQL also RELOAD for the snapshot lock).")
          .asRequired();

  public static final Option<String> PASSWORD =
      Option.string("password", "Password of the user.").withDefault("").asSecret();

  public static final Option<String> TABLES =
      Option.string(
              "tables",
              "Comma-separated regular expressions; a table is captured when one matches its whole 'database.table'"
                  + " name (e.g. 'shop\\.orders, crm\\..*'). System databases are never captured.")
          .asRequired();

  public static final Option<String> TABLES_EXCLUDE =
      Option.string(
          "tables-exclude",
          "Comma-separated regular expressions of 'database.table' names to leave out even when 'tables' matches.");

  public static final Option<Long> SERVER_ID =
      Option.longInteger(
          "server-id",
          "Replica server id the binlog reader announces; must differ from every other replica of the server."
              + " Default: derived from the pipeline name, in 5400..6399.");

  public static final Option<String> STARTUP_MODE =
      Option.choice(
              "startup-mode",
              List.of("initial", "snapshot", "latest-offset", "earliest-offset"),
              "Where a new pipeline starts: 'initial' copies the tables then follows the binlog; 'snapshot' only"
                  + " copies; 'latest-offset' follows the binlog from now; 'earliest-offset' from the oldest binlog"
                  + " the server still has. A pipeline with saved state resumes from it instead.")
          .withDefault("initial");

  public static final Option<String> SERVER_TIME_ZONE =
      Option.string(
              "server-time-zone",
              "Session time zone of the snapshot connections; TIMESTAMP columns are read in it and turned into"
                  + " instants. Keep UTC: in a zone with daylight saving, a TIMESTAMP in the repeated autumn hour"
                  + " reads ambiguously (the earlier instant is taken); the binlog is not affected.")
          .withDefault("UTC");

  public static final Option<Integer> SNAPSHOT_CHUNK_SIZE =
      Option.integer(
              "snapshot-chunk-size",
              "Rows per snapshot chunk, read in primary-key order; a restarted snapshot resumes at a chunk.")
          .withDefault(50_000);

  public static final Option<Integer> SNAPSHOT_FETCH_SIZE =
      Option.integer(
              "snapshot-fetch-size",
              "Rows the driver streams from the server at a time while reading a chunk (bounds memory).")
          .withDefault(5_000);

  public static final Option<Duration> CONNECT_TIMEOUT =
      Option.duration("connect-timeout", "How long to wait for a connection to the server.")
          .withDefault(Duration.ofSeconds(30));

  public static final Option<Duration> HEARTBEAT_INTERVAL =
      Option.duration(
              "heartbeat-interval",
              "How often the server sends a heartbeat on an idle binlog connection; after three missed heartbeats"
                  + " the connection is considered lost and re-established.")
          .withDefault(Duration.ofSeconds(10));

  private MySqlSourceOptions() {}

  /** Every option, in reference order. */
  public static List<Option<?>> all() {
    return List.of(
        HOSTNAME, PORT, USERNAME, PASSWORD, TABLES, TABLES_EXCLUDE, SERVER_ID, STARTUP_MODE, SERVER_TIME_ZONE,
        SNAPSHOT_CHUNK_SIZE, SNAPSHOT_FETCH_SIZE, CONNECT_TIMEOUT, HEARTBEAT_INTERVAL);
  }
}
