package io.tributary.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A throwaway PostgreSQL 15 for tests, run from the installed binaries: {@code wal_level=logical}, 20
 * replication slots and WAL senders, durability off for speed ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes}). Logins: user {@code postgres}, password {@code tributary} (SCRAM over TCP from
 * 127.0.0.1, replication connections included). As root, the server runs as the OS user {@code postgres}
 * (created if missing) through {@code runuser}. Installs {@code postgresql-15} when the binaries are missing and
 * the JVM is root.
 *
 * <pre>{@code
 * try (PostgresServer server = PostgresServer.builder().setting("wal_level", "replica").start()) { ... }
 * PostgresServer shared = PostgresServer.shared(); // one per JVM, never close it
 * }</pre>
 */
public final class PostgresServer extends ThrowawayServer {

  private static final String USER = "postgres";
  private static final String PASSWORD = "tributary";
  private static final String OS_USER = "postgres";
  private static final List<String> BINARY_DIRS = List.of("/usr/lib/postgresql/15/bin", "/usr/local/bin");
  private static PostgresServer sharedServer;

  private final Map<String, String> settings;
  private PostgresBinaries binaries;

  private PostgresServer(Builder builder) {
    super("PostgreSQL");
    this.settings = Map.copyOf(builder.settings);
  }

  /** Starts a new server with the default settings; close it when done. */
  public static PostgresServer start() {
    return builder().start();
  }

  /** The JVM-wide shared server, started on first use and stopped at JVM exit; {@link #close()} is a no-op. */
  public static synchronized PostgresServer shared() {
    if (sharedServer == null) {
      PostgresServer server = new PostgresServer(builder());
      server.startNew(true);
      sharedServer = server;
    }
    return sharedServer;
  }

  /** A builder for a server with non-default settings. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String user() {
    return USER;
  }

  @Override
  public String password() {
    return PASSWORD;
  }

  @Override
  public String quoteIdentifier(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** The current value of a server setting, as {@code SHOW name} prints it. */
  public String setting(String name) {
    return String.valueOf(queryValue(null, "SELECT current_setting(?)", name));
  }

  @Override
  String jdbcUrl(String database, String password) {
    String name = database == null || database.isEmpty() ? "postgres" : database;
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + name + "?user=" + USER + "&password=" + password
        + "&sslmode=disable";
  }

  @Override
  String currentPassword() {
    return PASSWORD;
  }

  @Override
  void initializeDataDirectory(Path dataDirectory, Path logFile) {
    binaries = PostgresBinaries.locate(BINARY_DIRS);
    Path passwordFile = dataDirectory.resolveSibling("password.txt");
    try {
      if (HostSystem.runsAsRoot()) {
        HostSystem.ensureSystemUser(OS_USER, logFile);
      }
      Files.writeString(passwordFile, PASSWORD + "\n");
      binaries.prepareDataDirectory(dataDirectory, OS_USER);
      ExternalCommand.run(binaries.asServerUser(OS_USER, binaries.initdb(), "-D", dataDirectory.toString(),
          "-U", USER, "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust",
          "--auth-host=scram-sha-256", "--no-sync", "--no-instructions"), logFile, Duration.ofMinutes(3));
    } catch (IOException e) {
      throw new ThrowawayServerException("Cannot write " + passwordFile + ": " + e.getMessage(), e);
    } finally {
      TemporaryFolders.delete(passwordFile);
    }
  }

  @Override
  List<String> serverCommand(Path dataDirectory, int port) {
    Map<String, String> effective = new LinkedHashMap<>();
    effective.put("listen_addresses", host());
    effective.put("port", Integer.toString(port));
    effective.put("unix_socket_directories", dataDirectory.toString());
    effective.put("wal_level", "logical");
    effective.put("max_replication_slots", "20");
    effective.put("max_wal_senders", "20");
    effective.put("max_connections", "200");
    effective.put("fsync", "off");
    effective.put("synchronous_commit", "off");
    effective.put("full_page_writes", "off");
    effective.put("shared_buffers", "256MB");
    effective.put("logging_collector", "off");
    effective.putAll(settings);
    List<String> arguments = new ArrayList<>(List.of("-D", dataDirectory.toString()));
    effective.forEach((name, value) -> arguments.addAll(List.of("-c", name + "=" + value)));
    return binaries.asServerUser(OS_USER, binaries.postgres(), arguments.toArray(String[]::new));
  }

  @Override
  void afterFirstStart() {
    // initdb already set the password and the authentication methods.
  }

  @Override
  boolean stopGracefully(ServerProcess serverProcess) {
    List<String> command = binaries.asServerUser(OS_USER, binaries.pgCtl(), "stop", "-D",
        dataDirectory().toString(), "-m", "fast", "-w", "-t", "120");
    try {
      ExternalCommand.run(command, logFile(), Duration.ofMinutes(3));
    } catch (ThrowawayServerException e) {
      return false;
    }
    return serverProcess.awaitExit(Duration.ofSeconds(30));
  }

  /** Settings for a {@link PostgresServer} that differ from the defaults. */
  public static final class Builder {
    private final Map<String, String> settings = new LinkedHashMap<>();

    private Builder() {}

    /** Overrides or adds a server setting ({@code postgres -c name=value}), e.g. {@code wal_level=replica}. */
    public Builder setting(String name, String value) {
      settings.put(name, value);
      return this;
    }

    /** Initializes a fresh data directory and starts the server; close it when done. */
    public PostgresServer start() {
      PostgresServer server = new PostgresServer(this);
      server.startNew(false);
      return server;
    }
  }
}
