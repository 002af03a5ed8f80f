package io.tributary.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database server process started for tests from the binaries installed on this machine: its own data
 * directory under the temporary folder, a free port on 127.0.0.1, output in {@code <dataDirectory>/server.log}.
 *
 * <p>Lifecycle: a builder's {@code start()} initializes the data directory and starts the process;
 * {@link #restart()} stops it gracefully and starts it again on the same port and data; {@link #kill()}
 * simulates a crash (SIGKILL); {@link #stop()} stops gracefully and keeps the data for a later
 * {@link #restart()}; {@link #close()} stops it and deletes the data. Servers still open when the JVM exits are
 * closed by a shutdown hook. The shared per-JVM instances ignore {@link #close()}. Methods are thread-safe
 * (lifecycle methods are synchronized; SQL helpers open their own connection per call).
 */
public abstract class ThrowawayServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ThrowawayServer.class);
  private static final String HOST = "127.0.0.1";
  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
  private static final int MAX_PORT_ATTEMPTS = 5;
  private static final List<String> FOLDER_PREFIXES = List.of("tributary-mariadb-", "tributary-postgresql-");

  private final String kind;
  private final ServerSql sql = new ServerSql(this);
  private Path baseDirectory;
  private int port;
  private ServerProcess process;
  private boolean shared;
  private boolean closed;

  ThrowawayServer(String kind) {
    this.kind = kind;
  }

  /** Creates the data directory's contents (runs once, before the first start). */
  abstract void initializeDataDirectory(Path dataDirectory, Path logFile);

  /** The command line that runs the server in the foreground on {@code port}. */
  abstract List<String> serverCommand(Path dataDirectory, int port);

  /** Called once after the first successful start (e.g. to set passwords). */
  abstract void afterFirstStart();

  /** The password the server accepts right now (before {@link #afterFirstStart()} it may differ). */
  abstract String currentPassword();

  /** The JDBC URL for {@code database} (null or empty: the default database) logging in with {@code password}. */
  abstract String jdbcUrl(String database, String password);

  /** Stops the process gracefully; returns whether it exited. */
  abstract boolean stopGracefully(ServerProcess serverProcess);

  /** The identifier quoted for this server's SQL dialect. */
  public abstract String quoteIdentifier(String identifier);

  /** The login user (a superuser). */
  public abstract String user();

  /** The login password. */
  public abstract String password();

  /** Always {@code 127.0.0.1}. */
  public String host() {
    return HOST;
  }

  /** The TCP port the server listens on; stays the same across {@link #restart()}. */
  public synchronized int port() {
    return port;
  }

  /** The data directory (deleted by {@link #close()}). */
  public synchronized Path dataDirectory() {
    return baseDirectory.resolve("data");
  }

  /** The file the server process writes its output to. */
  public Path logFile() {
    return dataDirectory().resolve("server.log");
  }

  /** JDBC URL of {@code database} (null or empty: the server's default database), credentials included. */
  public String jdbcUrl(String database) {
    return jdbcUrl(database, password());
  }

  /** Opens a new connection to {@code database} (null or empty: the default database); the caller closes it. */
  public Connection connect(String database) {
    try {
      return DriverManager.getConnection(jdbcUrl(database, currentPassword()));
    } catch (SQLException e) {
      throw new ThrowawayServerException("Cannot connect to " + this + " database '" + database + "': "
          + e.getMessage(), e);
    }
  }

  /** Runs each statement in order on one auto-commit connection to {@code database}. */
  public void execute(String database, String... statements) {
    sql.execute(database, statements);
  }

  /** Runs a query with positional parameters; each row is a list of JDBC {@code getObject} values. */
  public List<List<Object>> query(String database, String query, Object... parameters) {
    return sql.query(database, query, parameters);
  }

  /** The first column of the query's first row, or null when it returns no rows. */
  public Object queryValue(String database, String query, Object... parameters) {
    return sql.queryValue(database, query, parameters);
  }

  /** Number of rows in {@code table} (in the current schema of {@code database}). */
  public long count(String database, String table) {
    return sql.count(database, quoteIdentifier(table));
  }

  /** Number of rows in {@code schema.table} of {@code database}. */
  public long count(String database, String schema, String table) {
    return sql.count(database, quoteIdentifier(schema) + "." + quoteIdentifier(table));
  }

  /**
   * Creates a database with a unique name built from {@code prefix} (lower-cased, non-alphanumerics replaced by
   * '_'), a JVM-wide counter and a random suffix, e.g. {@code orders_7_3fa2c1}.
   *
   * @return the new database's name
   */
  public String createDatabase(String prefix) {
    String name = DatabaseNames.unique(prefix);
    execute(null, "CREATE DATABASE " + quoteIdentifier(name));
    return name;
  }

  /** Drops {@code database} if it exists. */
  public void dropDatabase(String database) {
    execute(null, "DROP DATABASE IF EXISTS " + quoteIdentifier(database));
  }

  /** Whether the server process is running. */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Stops the server gracefully (if running) and starts it again on the same port and data directory. */
  public synchronized void restart() {
    requireOpen();
    stop();
    launchAndAwaitReady();
  }

  /** Kills the server process (and its children) with SIGKILL, like a crash; {@link #restart()} recovers it. */
  public synchronized void kill() {
    requireOpen();
    if (process != null) {
      process.killTree();
      LOG.info("Killed {}", this);
    }
  }

  /** Stops the server gracefully; the data directory stays for a later {@link #restart()}. */
  public synchronized void stop() {
    if (process != null && process.isAlive() && !stopGracefully(process)) {
      LOG.warn("{} did not stop gracefully; killing it", this);
      process.killTree();
    }
  }

  /** Stops the server and deletes its data directory; does nothing for the shared instance. */
  @Override
  public synchronized void close() {
    if (!shared) {
      shutDown();
    }
  }

  @Override
  public String toString() {
    return kind + " on " + HOST + ":" + port + " (data " + (baseDirectory == null ? "-" : dataDirectory()) + ")";
  }

  /** Initializes a fresh data directory, starts the server on a free port and waits until it accepts logins. */
  synchronized void startNew(boolean sharedInstance) {
    this.shared = sharedInstance;
    long started = System.nanoTime();
    StaleServerReaper.reapOnce(FOLDER_PREFIXES);
    baseDirectory = TemporaryFolders.create(folderPrefix());
    ServerRegistry.register(this);
    try {
      StaleServerReaper.claim(baseDirectory);
      initializeDataDirectory(dataDirectory(), ExternalCommand.logFile(baseDirectory.resolve("init.log")));
      startOnFreePort();
      afterFirstStart();
    } catch (RuntimeException e) {
      shutDown();
      throw e;
    }
    LOG.info("Started {} in {} ms; log {}", this, (System.nanoTime() - started) / 1_000_000, logFile());
  }

  /** Stops the process (killing it if it does not stop) and deletes all its files. */
  synchronized void shutDown() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      stop();
    } finally {
      ServerRegistry.unregister(this);
      TemporaryFolders.delete(baseDirectory);
      LOG.debug("Closed {}", this);
    }
  }

  private String folderPrefix() {
    return "tributary-" + kind.toLowerCase(Locale.ROOT) + "-";
  }

  private void startOnFreePort() {
    for (int attempt = 1; ; attempt++) {
      port = HostSystem.freePort(HOST);
      try {
        launchAndAwaitReady();
        return;
      } catch (PortTakenException e) {
        if (attempt == MAX_PORT_ATTEMPTS) {
          throw new ThrowawayServerException(e.getMessage());
        }
        LOG.debug("Port {} was taken before {} bound it; trying another", port, kind);
      }
    }
  }

  private void launchAndAwaitReady() {
    process = ServerProcess.launch(kind, serverCommand(dataDirectory(), port), logFile());
    StaleServerReaper.recordServer(baseDirectory, process.pid());
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    SQLException lastError = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw startFailure("exited during startup", null);
      }
      try (Connection ignored = DriverManager.getConnection(jdbcUrl(null, currentPassword()))) {
        return;
      } catch (SQLException e) {
        lastError = e;
      }
      pause();
    }
    process.killTree();
    throw startFailure("did not accept logins within " + STARTUP_TIMEOUT.toSeconds() + " s", lastError);
  }

  private RuntimeException startFailure(String what, SQLException lastError) {
    String log = process.logSinceLaunch(40);
    String message = kind + " (" + String.join(" ", serverCommand(dataDirectory(), port)) + ") " + what
        + (lastError == null ? "" : "; last login error: " + lastError.getMessage()) + "; log " + logFile() + ":\n"
        + log;
    return log.contains("Address already in use") ? new PortTakenException(message) : new ThrowawayServerException(
        message);
  }

  private void requireOpen() {
    if (closed) {
      throw new ThrowawayServerException(this + " is closed; start a new server");
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ThrowawayServerException("Interrupted while waiting for a server to start", e);
    }
  }

  /** The server log showed that another process took the chosen port first. */
  private static final class PortTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PortTakenException(String message) {
      super(message);
    }
  }
}
