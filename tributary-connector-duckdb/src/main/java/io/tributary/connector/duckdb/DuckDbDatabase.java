package io.tributary.connector.duckdb;

import io.tributary.api.ConfigException;
import io.tributary.api.TributaryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open DuckDB database file, shared by every sink of the process that writes to it: DuckDB
 * allows one process per file, and within the process one database instance, from which every
 * lane takes its own {@link DuckDBConnection#duplicate()}. Reference-counted: the file closes
 * (checkpointing its log) when the last sink releases it. In-memory databases are never shared.
 *
 * <p>{@link #writeLock()} serializes the write transactions on the database. DuckDB 1.4.1 allows
 * concurrent transactions, but concurrent {@code INSERT ... ON CONFLICT DO UPDATE} statements from
 * two connections that touch rows of the same vector (2048 rows) of a table fail with {@code
 * INTERNAL Error: Unaligned fetch in validity and main column data for update}, which invalidates
 * the whole database instance until the process restarts. Lanes therefore take turns.
 *
 * <p>{@link #catalog()} is the name DuckDB gives the database ({@code shop} for {@code
 * shop.duckdb}, {@code memory} in memory), read once at open; every target table is named with it
 * (see {@link DuckDbSql}).
 */
final class DuckDbDatabase {
  private static final Logger LOG = LoggerFactory.getLogger(DuckDbDatabase.class);
  private static final Map<Path, DuckDbDatabase> OPEN = new HashMap<>();

  private final Path file;
  private final DuckDBConnection root;
  private final String catalog;
  private final Lock writeLock = new ReentrantLock(true);
  private int users;

  private DuckDbDatabase(Path file, DuckDBConnection root, String catalog) {
    this.file = file;
    this.root = root;
    this.catalog = catalog;
  }

  /** Opens the file (creating it and its folders) or joins the instance already open. */
  static DuckDbDatabase acquire(String path) {
    if (DuckDbSinkConfig.IN_MEMORY.equals(path)) {
      DuckDbDatabase memory = open(null, "jdbc:duckdb:", path);
      memory.users = 1;
      return memory;
    }
    Path file = Path.of(path).toAbsolutePath().normalize();
    synchronized (OPEN) {
      DuckDbDatabase db = OPEN.get(file);
      if (db == null) {
        createFolders(file);
        db = open(file, "jdbc:duckdb:" + file, path);
        OPEN.put(file, db);
        LOG.info("Opened DuckDB database {} (catalog {})", file, db.catalog);
      }
      db.users++;
      return db;
    }
  }

  private static void createFolders(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    } catch (IOException e) {
      throw new TributaryException("cannot create the folder of DuckDB database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Connects and reads the catalog name; closes the connection again when that fails. */
  private static DuckDbDatabase open(Path file, String url, String path) {
    DuckDBConnection root = connect(url, path);
    try {
      return new DuckDbDatabase(file, root, catalogOf(root, path));
    } catch (RuntimeException e) {
      try {
        root.close();
      } catch (SQLException close) {
        e.addSuppressed(close);
      }
      throw e;
    }
  }

  /**
   * The database's catalog name. DuckDB resolves catalog names ignoring ASCII case, so a file named
   * {@code Temp.duckdb} (catalog {@code Temp}) cannot be told apart from the built-in {@code temp}:
   * refused, since every statement names the catalog.
   */
  private static String catalogOf(DuckDBConnection root, String path) {
    try (Statement s = root.createStatement()) {
      String catalog;
      try (ResultSet r = s.executeQuery("SELECT current_database()")) {
        r.next();
        catalog = r.getString(1);
      }
      try (ResultSet r = s.executeQuery("SELECT database_name FROM duckdb_databases()")) {
        while (r.next()) {
          String other = r.getString(1);
          if (!other.equals(catalog) && DuckDbCatalog.identifierKey(other).equals(DuckDbCatalog.identifierKey(catalog))) {
            throw new ConfigException(DuckDbSinkOptions.PATH.key(), "DuckDB names the database in " + path + " '" + catalog
                + "', which it cannot tell apart from its built-in catalog '" + other + "' (DuckDB ignores case there); give the file another name");
          }
        }
      }
      return catalog;
    } catch (SQLException e) {
      throw new TributaryException("cannot read the catalog name of DuckDB database " + path + ": " + DuckDbErrorKind.firstLine(e), e);
    }
  }

  private static DuckDBConnection connect(String url, String path) {
    try {
      return (DuckDBConnection) DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new TributaryException(
          "cannot open DuckDB database " + path + ": " + DuckDbErrorKind.firstLine(e)
              + " (another process may hold it: DuckDB allows one writing process per file)", e);
    }
  }

  /** The database's catalog name, unquoted ({@code shop} for {@code shop.duckdb}). */
  String catalog() {
    return catalog;
  }

  /** A new connection to this database: a duplicate of the shared one. */
  DuckDBConnection connect() throws SQLException {
    return (DuckDBConnection) root.duplicate();
  }

  /** Held around every transaction that changes the database; fair, so lanes take turns. */
  Lock writeLock() {
    return writeLock;
  }

  /** Gives up one use; the last one closes the database. */
  void release() {
    synchronized (OPEN) {
      if (--users > 0) {
        return;
      }
      if (file != null) {
        OPEN.remove(file);
      }
    }
    try {
      root.close();
      LOG.info("Closed DuckDB database {}", file == null ? DuckDbSinkConfig.IN_MEMORY : file);
    } catch (SQLException e) {
      LOG.warn("Closing DuckDB database {} failed: {}", file, DuckDbErrorKind.firstLine(e));
    }
  }
}
