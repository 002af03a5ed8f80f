package io.tributary.connector.duckdb;

import io.tributary.api.ConfigException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.option.Option;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DuckDB database file as a sink: tables {@code namespace.name} become DuckDB schema {@code
 * namespace}, table {@code name}, in the file's own catalog (see {@link DuckDbSql}); lane positions
 * live in {@code "tributary"."offsets"}; each lane writes through its own {@link DuckDbSinkWriter}
 * on a duplicate of one shared connection.
 *
 * <p>Lifecycle as {@link Sink} says: {@link #open}, then table and writer calls from the runtime's
 * dispatcher thread, then {@link #close()}, which also closes writers still open.
 */
public final class DuckDbSink implements Sink {
  private static final Logger LOG = LoggerFactory.getLogger(DuckDbSink.class);

  private final String name;
  private final DuckDbSinkConfig config;
  private final Set<DuckDbSinkWriter> writers = ConcurrentHashMap.newKeySet();
  private SinkContext context;
  private DuckDbDatabase database;
  private DuckDBConnection connection;
  private DuckDbSql sql;
  private DuckDbTypeMapping types;
  private DuckDbOffsets offsets;
  private DuckDbCatalog catalog;

  DuckDbSink(String name, DuckDbSinkConfig config) {
    this.name = name;
    this.config = config;
  }

  @Override
  public void open(SinkContext sinkContext) {
    this.context = sinkContext;
    this.database = DuckDbDatabase.acquire(config.path());
    try {
      connection = database.connect();
      applySettings();
      types = new DuckDbTypeMapping(jsonAvailable());
      sql = new DuckDbSql(database.catalog());
      offsets = new DuckDbOffsets(sql, sinkContext.pipelineName(), name);
      offsets.create(connection);
      catalog = new DuckDbCatalog(connection, sql, types, offsets);
      LOG.info("DuckDB sink '{}' opened {} (catalog {}, threads {}, memory-limit {}, JSON type {})", name, config.path(),
          sql.catalog(), setting("threads"), setting("memory_limit"), types.jsonAvailable() ? "available" : "missing, JSON stored as VARCHAR");
    } catch (SQLException | RuntimeException e) {
      close();
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new TributaryException("DuckDB sink '" + name + "' could not prepare " + config.path() + ": " + DuckDbErrorKind.firstLine((SQLException) e), e);
    }
  }

  private void applySettings() throws SQLException {
    set(DuckDbSinkOptions.THREADS, "threads", config.threads() == null ? null : config.threads().toString());
    set(DuckDbSinkOptions.MEMORY_LIMIT, "memory_limit", quoted(config.memoryLimit()));
    set(DuckDbSinkOptions.TEMP_DIRECTORY, "temp_directory", quoted(config.tempDirectory()));
    set(DuckDbSinkOptions.CHECKPOINT_THRESHOLD, "checkpoint_threshold", quoted(config.checkpointThreshold()));
    try (Statement s = connection.createStatement()) {
      s.execute("SET TimeZone = 'UTC'");
    }
  }

  private static String quoted(String value) {
    return value == null ? null : DuckDbSql.literal(value);
  }

  private void set(Option<?> option, String setting, String value) {
    if (value == null) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("SET GLOBAL " + setting + " = " + value);
    } catch (SQLException e) {
      throw new ConfigException(option.key(), "DuckDB refused '" + option.key() + "': " + DuckDbErrorKind.firstLine(e));
    }
  }

  private String setting(String setting) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT current_setting(" + DuckDbSql.literal(setting) + ")")) {
      return r.next() ? r.getString(1) : null;
    }
  }

  /** Whether DuckDB has its JSON type here (the json extension is normally built in). */
  private boolean jsonAvailable() {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT CAST('{}' AS JSON)")) {
      return r.next();
    } catch (SQLException e) {
      LOG.warn("DuckDB sink '{}': the JSON type is not available ({}); JSON columns are stored as VARCHAR", name, DuckDbErrorKind.firstLine(e));
      return false;
    }
  }

  @Override
  public Map<Integer, String> committedPositions() {
    writeLock().lock();
    try {
      return offsets.readAll(connection);
    } catch (SQLException e) {
      throw new TributaryException("DuckDB sink '" + name + "' could not read " + DuckDbOffsets.TABLE + ": " + DuckDbErrorKind.firstLine(e), e);
    } finally {
      writeLock().unlock();
    }
  }

  @Override
  public void ensureTable(TableSchema schema) {
    writeLock().lock();
    try {
      catalog.ensureTable(schema);
    } catch (SQLException e) {
      throw new TributaryException("DuckDB sink '" + name + "' could not create or extend table " + schema.id() + ": " + DuckDbErrorKind.firstLine(e), e);
    } finally {
      writeLock().unlock();
    }
  }

  @Override
  public void applySchemaChange(SchemaChange change) {
    writeLock().lock();
    try {
      catalog.apply(change);
    } catch (SQLException | IllegalArgumentException e) {
      String message = e instanceof SQLException s ? DuckDbErrorKind.firstLine(s) : e.getMessage();
      throw new TributaryException("DuckDB sink '" + name + "' could not apply " + change.kind() + " of " + change.table() + " at " + change.position().encode() + ": " + message, e);
    } finally {
      writeLock().unlock();
    }
  }

  @Override
  public SinkWriter openWriter(int lane) {
    if (lane < 0 || lane >= context.lanes()) {
      throw new IllegalArgumentException("lane " + lane + " is outside 0.." + (context.lanes() - 1));
    }
    DuckDBConnection laneConnection = null;
    try {
      laneConnection = database.connect();
      DuckDbSinkWriter writer = new DuckDbSinkWriter(this, lane, laneConnection);
      writers.add(writer);
      return writer;
    } catch (SQLException e) {
      closeQuietly(laneConnection);
      throw new TributaryException("DuckDB sink '" + name + "' could not open a connection for lane " + lane + ": " + DuckDbErrorKind.firstLine(e), e);
    }
  }

  private void closeQuietly(DuckDBConnection c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (SQLException e) {
      LOG.warn("DuckDB sink '{}': closing a connection failed: {}", name, DuckDbErrorKind.firstLine(e));
    }
  }

  @Override
  public void close() {
    List.copyOf(writers).forEach(DuckDbSinkWriter::close);
    closeQuietly(connection);
    connection = null;
    if (database != null) {
      database.release();
      database = null;
    }
  }

  String name() {
    return name;
  }

  DuckDbSinkConfig config() {
    return config;
  }

  SinkContext context() {
    return context;
  }

  DuckDbSql sql() {
    return sql;
  }

  DuckDbTypeMapping types() {
    return types;
  }

  DuckDbOffsets offsets() {
    return offsets;
  }

  Lock writeLock() {
    return database.writeLock();
  }

  void writerClosed(DuckDbSinkWriter writer) {
    writers.remove(writer);
  }
}
