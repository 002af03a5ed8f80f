package io.tributary.bench.debezium;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The peer's command line:
 *
 * <pre>
 * --connector mariadb|postgres --mode snapshot|capture --host H --port P --user U --password W --database D
 * --table SCHEMA.TABLE --expect N --work DIR [--slot NAME] [--publication NAME] [--server-id N]
 * [--timeout-seconds S]
 * </pre>
 *
 * <p>{@code --slot} and {@code --publication} are required for postgres. For MariaDB the schema of {@code --table} is
 * the database holding the table.
 *
 * @param schema the part of {@code --table} before the first dot
 * @param table the part of {@code --table} after the first dot
 * @param serverId the binlog replica server id (MariaDB only), default {@value #DEFAULT_SERVER_ID}
 */
public record PeerArguments(
    PeerConnector connector,
    PeerMode mode,
    String host,
    int port,
    String user,
    String password,
    String database,
    String schema,
    String table,
    long expect,
    Path work,
    Optional<String> slot,
    Optional<String> publication,
    long serverId,
    Duration timeout) {

  /** The MariaDB replica server id used when {@code --server-id} is absent. */
  public static final long DEFAULT_SERVER_ID = 8801;

  /** The timeout used when {@code --timeout-seconds} is absent. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  private static final Set<String> REQUIRED =
      Set.of("connector", "mode", "host", "port", "user", "password", "database", "table", "expect", "work");
  private static final Set<String> OPTIONAL = Set.of("slot", "publication", "server-id", "timeout-seconds");

  /** Checks that nothing is missing. */
  public PeerArguments {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(timeout, "timeout");
  }

  /** Parses {@code arguments}; a failure says which option is wrong and what it should be. */
  public static PeerArguments parse(String... arguments) throws PeerFailure {
    Map<String, String> options = options(arguments);
    PeerConnector connector = PeerConnector.parse(options.get("connector"));
    String qualifiedTable = options.get("table");
    int dot = qualifiedTable.indexOf('.');
    if (dot <= 0 || dot == qualifiedTable.length() - 1) {
      throw new PeerFailure("--table '" + qualifiedTable + "' must be SCHEMA.TABLE (for MariaDB: DATABASE.TABLE)");
    }
    Optional<String> slot = Optional.ofNullable(options.get("slot"));
    Optional<String> publication = Optional.ofNullable(options.get("publication"));
    if (connector == PeerConnector.POSTGRES && (slot.isEmpty() || publication.isEmpty())) {
      throw new PeerFailure("--connector postgres needs --slot NAME and --publication NAME");
    }
    return new PeerArguments(
        connector,
        PeerMode.parse(options.get("mode")),
        options.get("host"),
        (int) number(options, "port", 1, 65_535),
        options.get("user"),
        options.get("password"),
        options.get("database"),
        qualifiedTable.substring(0, dot),
        qualifiedTable.substring(dot + 1),
        number(options, "expect", 1, Long.MAX_VALUE),
        Path.of(options.get("work")),
        slot,
        publication,
        options.containsKey("server-id") ? number(options, "server-id", 1, 4_294_967_295L) : DEFAULT_SERVER_ID,
        options.containsKey("timeout-seconds")
            ? Duration.ofSeconds(number(options, "timeout-seconds", 1, Long.MAX_VALUE / 1_000_000_000L))
            : DEFAULT_TIMEOUT);
  }

  /** {@code SCHEMA.TABLE} as given on the command line. */
  public String qualifiedTable() {
    return schema + "." + table;
  }

  private static Map<String, String> options(String... arguments) throws PeerFailure {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      String flag = arguments[i];
      String name = flag.startsWith("--") ? flag.substring(2) : "";
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        throw new PeerFailure("unknown option '" + flag + "'; known: --" + String.join(", --", REQUIRED) + ", --"
            + String.join(", --", OPTIONAL));
      }
      if (i + 1 >= arguments.length) {
        throw new PeerFailure("option " + flag + " needs a value");
      }
      if (options.put(name, arguments[i + 1]) != null) {
        throw new PeerFailure("option " + flag + " is given twice");
      }
    }
    for (String name : REQUIRED) {
      if (!options.containsKey(name)) {
        throw new PeerFailure("missing required option --" + name);
      }
    }
    return options;
  }

  private static long number(Map<String, String> options, String name, long min, long max) throws PeerFailure {
    String text = options.get(name);
    try {
      long value = Long.parseLong(text);
      if (value < min || value > max) {
        throw new PeerFailure("--" + name + " " + text + " is out of range [" + min + ", " + max + "]");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new PeerFailure("--" + name + " '" + text + "' is not a whole number", e);
    }
  }

  /** Hides the password, for logs. */
  @Override
  public String toString() {
    return "PeerArguments[connector=" + connector.argument() + ", mode=" + mode.argument() + ", host=" + host
        + ", port=" + port + ", user=" + user + ", database=" + database + ", table=" + qualifiedTable()
        + ", expect=" + expect + ", work=" + work + ", slot=" + slot.orElse("-") + ", publication="
        + publication.orElse("-") + ", serverId=" + serverId + ", timeout=" + timeout + "]";
  }
}
