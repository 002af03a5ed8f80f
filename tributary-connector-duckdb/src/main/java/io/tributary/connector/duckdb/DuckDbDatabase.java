package io.tributary.connector.duckdb;

import io.tributary.api.TributaryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
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
 */
final class DuckDbDatabase {
  private static final Logger LOG = LoggerFactory.getLogger(DuckDbDatabase.class);
  private static final Map<Path, DuckDbDatabase> OPEN = new HashMap<>();

  private final Path file;
  private final DuckDBConnection root;
  private final Lock writeLock = new ReentrantLock(true);
  private int users;

  private DuckDbDatabase(Path file, DuckDBConnection root) {
    this.file = file;
    this.root = root;
  }

  /** Opens the file (creating it and its folders) or joins the instance already open. */
  static DuckDbDatabase acquire(String path) {
    if (DuckDbSinkConfig.IN_MEMORY.equals(path)) {
      DuckDbDatabase memory = new DuckDbDatabase(null, connect("jdbc:duckdb:", path));
      memory.users = 1;
      return memory;
    }
    Path file = Path.of(path).toAbsolutePath().normalize();
    synchronized (OPEN) {
      DuckDbDatabase db = OPEN.get(file);
      if (db == null) {
        createFolders(file);
        db = new DuckDbDatabase(file, connect("jdbc:duckdb:" + file, path));
        OPEN.put(file, db);
        LOG.info("Opened DuckDB database {}", file);
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

  private static DuckDBConnection connect(String url, String path) {
    try {
      return (DuckDBConnection) DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new TributaryException(
          "cannot open DuckDB database " + path + ": " + DuckDbErrorKind.firstLine(e)
              + " (another process may hold it: DuckDB allows one writing process per file)", e);
    }
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
