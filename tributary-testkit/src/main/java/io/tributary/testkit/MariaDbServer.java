package io.tributary.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway {@code mariadbd} for tests: binary log on (ROW format, FULL row image, FULL row metadata,
 * server id 1), utf8mb4, settings tuned for speed rather than durability ({@code sync_binlog=0},
 * {@code innodb_flush_log_at_trx_commit=2}). Logins: user {@code root}, password {@code tributary}, over TCP from
 * 127.0.0.1. Installs the {@code mariadb-server} package when {@code mariadbd} is missing and the JVM is root.
 *
 * <pre>{@code
 * try (MariaDbServer server = MariaDbServer.builder().withoutBinlog().start()) { ... }
 * MariaDbServer shared = MariaDbServer.shared(); // one per JVM, never close it
 * }</pre>
 */
public final class MariaDbServer extends ThrowawayServer {

  private static final String USER = "root";
  private static final String PASSWORD = "tributary";
  private static final List<String> SBIN_DIRS = List.of("/usr/sbin", "/usr/local/sbin", "/usr/local/mysql/bin");
  private static final List<String> BIN_DIRS = List.of("/usr/bin", "/usr/local/bin", "/usr/local/mysql/scripts");
  private static MariaDbServer sharedServer;

  private final boolean binlog;
  private final List<String> extraServerArguments;
  private boolean passwordSet;

  private MariaDbServer(Builder builder) {
    super("MariaDB");
    this.binlog = builder.binlog;
    this.extraServerArguments = List.copyOf(builder.extraServerArguments);
  }

  /** Starts a new server with the default settings; close it when done. */
  public static MariaDbServer start() {
    return builder().start();
  }

  /** The JVM-wide shared server, started on first use and stopped at JVM exit; {@link #close()} is a no-op. */
  public static synchronized MariaDbServer shared() {
    if (sharedServer == null) {
      MariaDbServer server = new MariaDbServer(builder());
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
    return "`" + identifier.replace("`", "``") + "`";
  }

  /** The value of a global server variable such as {@code binlog_format}, or null when it does not exist. */
  public String globalVariable(String name) {
    List<List<Object>> rows = query(null, "SHOW GLOBAL VARIABLES LIKE ?", name);
    return rows.isEmpty() ? null : String.valueOf(rows.get(0).get(1));
  }

  @Override
  String jdbcUrl(String database, String password) {
    return "jdbc:mariadb://" + host() + ":" + port() + "/" + (database == null ? "" : database)
        + "?user=" + USER + "&password=" + password + "&sslMode=disable";
  }

  @Override
  String currentPassword() {
    return passwordSet ? PASSWORD : "";
  }

  @Override
  void initializeDataDirectory(Path dataDirectory, Path logFile) {
    Path installDb = HostSystem.requireExecutable("mariadb-install-db", BIN_DIRS, "mariadb-server");
    HostSystem.requireExecutable("mariadbd", SBIN_DIRS, "mariadb-server");
    List<String> command = new ArrayList<>(List.of(installDb.toString(), "--no-defaults"));
    command.addAll(userArgument());
    command.addAll(List.of("--datadir=" + dataDirectory, "--auth-root-authentication-method=normal",
        "--skip-test-db", "--skip-name-resolve"));
    ExternalCommand.run(command, logFile, Duration.ofMinutes(3));
  }

  @Override
  List<String> serverCommand(Path dataDirectory, int port) {
    Path mariadbd = HostSystem.requireExecutable("mariadbd", SBIN_DIRS, "mariadb-server");
    List<String> command = new ArrayList<>(List.of(mariadbd.toString(), "--no-defaults"));
    command.addAll(userArgument());
    command.addAll(List.of("--datadir=" + dataDirectory, "--port=" + port, "--bind-address=" + host(),
        "--socket=" + dataDirectory.resolve("s.sock"), "--pid-file=" + dataDirectory.resolve("mariadbd.pid"),
        "--server-id=1", "--skip-name-resolve", "--character-set-server=utf8mb4",
        "--collation-server=utf8mb4_general_ci", "--innodb-buffer-pool-size=256M",
        "--innodb-flush-log-at-trx-commit=2", "--sync-binlog=0", "--max-allowed-packet=256M",
        "--max-connections=500"));
    if (binlog) {
      command.addAll(List.of("--log-bin=" + dataDirectory.resolve("bin"), "--binlog-format=ROW",
          "--binlog-row-image=FULL", "--binlog-row-metadata=FULL"));
    }
    command.addAll(extraServerArguments);
    return command;
  }

  @Override
  void afterFirstStart() {
    execute(null,
        "CREATE USER IF NOT EXISTS 'root'@'%' IDENTIFIED BY '" + PASSWORD + "'",
        "GRANT ALL PRIVILEGES ON *.* TO 'root'@'%' WITH GRANT OPTION",
        "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED BY '" + PASSWORD + "'",
        "ALTER USER IF EXISTS 'root'@'::1' IDENTIFIED BY '" + PASSWORD + "'",
        "ALTER USER IF EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'",
        "FLUSH PRIVILEGES");
    passwordSet = true;
  }

  @Override
  boolean stopGracefully(ServerProcess serverProcess) {
    return serverProcess.terminate(Duration.ofMinutes(2));
  }

  private static List<String> userArgument() {
    return HostSystem.runsAsRoot() ? List.of("--user=root") : List.of();
  }

  /** Settings for a {@link MariaDbServer} that differ from the defaults. */
  public static final class Builder {
    private boolean binlog = true;
    private final List<String> extraServerArguments = new ArrayList<>();

    private Builder() {}

    /** Starts the server without a binary log (to test a source's prerequisite checks). */
    public Builder withoutBinlog() {
      this.binlog = false;
      return this;
    }

    /**
     * Adds {@code mariadbd} options placed after the defaults, so they override them, e.g.
     * {@code "--binlog-format=STATEMENT"} or {@code "--binlog-row-image=MINIMAL"}.
     */
    public Builder serverArguments(String... arguments) {
      extraServerArguments.addAll(List.of(arguments));
      return this;
    }

    /** Initializes a fresh data directory and starts the server; close it when done. */
    public MariaDbServer start() {
      MariaDbServer server = new MariaDbServer(this);
      server.startNew(false);
      return server;
    }
  }
}
