package io.tributary.connector.postgres;

import io.tributary.api.option.Option;
import java.time.Duration;
import java.util.List;

/** The options of the {@code postgres} / {@code postgresql} source, as written in the pipeline file. */
public final class PostgresSourceOptions {

  public static final Option<String> HOSTNAME =
      Option.string("hostname", "Host name or address of the PostgreSQL server.").withDefault("127.0.0.1");

  public static final Option<Integer> PORT = Option.integer("port", "TCP port of the server.").withDefault(5432);

  public static final Option<String> DATABASE =
      Option.string("database", "The database whose tables are captured (a slot decodes one database).").asRequired();

  public static final Option<String> USERNAME =
      Option.string(
              "username",
              "User to log in as; needs the REPLICATION attribute (or superuser), SELECT on the captured tables and,"
                  + " when the publication is missing, ownership of the tables to create it.")
          .withDefault("postgres");

  public static final Option<String> PASSWORD =
      Option.string("password", "Password of the user.").withDefault("").asSecret();

  public static final Option<String> TABLES =
      Option.string(
              "tables",
              "Comma-separated regular expressions; a table is captured when one matches its whole 'schema.table'"
                  + " name (e.g. 'public\\.orders, crm\\..*'). pg_catalog and information_schema are never captured.")
          .asRequired();

  public static final Option<String> TABLES_EXCLUDE =
      Option.string(
          "tables-exclude",
          "Comma-separated regular expressions of 'schema.table' names to leave out even when 'tables' matches.");

  public static final Option<String> SLOT_NAME =
      Option.string(
          "slot-name",
          "Logical replication slot (pgoutput) the stream reads; created when missing. Default: tributary_ followed by"
              + " the pipeline name, lower-cased, other characters than a-z, 0-9 and _ replaced by _.");

  public static final Option<String> PUBLICATION_NAME =
      Option.string(
          "publication-name",
          "Publication the slot decodes; created FOR TABLE the captured tables when missing, used as it is when it"
              + " exists (it must then contain every captured table). Default: the same as the slot's.");

  public static final Option<String> STARTUP_MODE =
      Option.choice(
              "startup-mode",
              List.of("initial", "snapshot", "latest-offset"),
              "Where a new pipeline starts: 'initial' copies the tables through the slot's exported snapshot then"
                  + " streams; 'snapshot' only copies; 'latest-offset' streams from now. A pipeline with saved state"
                  + " resumes from it instead.")
          .withDefault("initial");

  public static final Option<Integer> SNAPSHOT_PARALLELISM =
      Option.integer(
              "snapshot-parallelism",
              "Connections that read snapshot chunks at once, all sharing one exported snapshot.")
          .withDefault(4);

  public static final Option<Integer> SNAPSHOT_CHUNK_SIZE =
      Option.integer(
              "snapshot-chunk-size",
              "Rows per snapshot chunk, cut in primary-key order; a restarted snapshot resumes at a chunk.")
          .withDefault(50_000);

  public static final Option<String> PRIMARY_KEYS =
      Option.string(
          "primary-keys",
          "Key columns of tables without a primary key (they need REPLICA IDENTITY FULL), written"
              + " 'schema.table:col1,col2; schema.other:id'.");

  public static final Option<Boolean> BINARY_TUPLES =
      Option.bool(
              "binary-tuples",
              "Ask pgoutput for binary column values (PostgreSQL 14+; older servers get text, with a warning). Each"
                  + " value is decoded in the form the server sent it: types without a send function arrive as text.")
          .withDefault(false);

  public static final Option<Duration> HEARTBEAT_INTERVAL =
      Option.duration(
              "heartbeat-interval",
              "How often the stream reports its position to the server; while the captured tables are idle and"
                  + " every delivered change is committed, each report also moves the slot to the server's WAL end.")
          .withDefault(Duration.ofSeconds(10));

  public static final Option<Duration> CONNECT_TIMEOUT =
      Option.duration("connect-timeout", "How long to wait for a connection to the server.")
          .withDefault(Duration.ofSeconds(30));

  private PostgresSourceOptions() {}

  /** Every option, in reference order. */
  public static List<Option<?>> all() {
    return List.of(
        HOSTNAME, PORT, DATABASE, USERNAME, PASSWORD, TABLES, TABLES_EXCLUDE, SLOT_NAME, PUBLICATION_NAME,
        STARTUP_MODE, SNAPSHOT_PARALLELISM, SNAPSHOT_CHUNK_SIZE, PRIMARY_KEYS, BINARY_TUPLES, HEARTBEAT_INTERVAL,
        CONNECT_TIMEOUT);
  }
}
