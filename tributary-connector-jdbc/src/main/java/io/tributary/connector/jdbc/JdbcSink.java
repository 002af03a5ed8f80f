package io.tributary.connector.jdbc;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sink into a relational database: one connection (autocommit) for the offsets store and table
 * DDL, used by the dispatcher thread, and one connection per lane writer.
 *
 * <p>Schema changes: CREATE and ALTER create the table or add the new columns (new columns accept
 * NULL); a column the source dropped is kept and accepts NULL from then on; TRUNCATE empties the
 * target table once per source truncation (recorded in the {@code truncations} table, so a replay
 * after a restart does not empty it again); DROP keeps the target table and only logs it.
 */
public abstract class JdbcSink implements Sink {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcSink.class);

  protected final String name;
  protected final JdbcEndpoint endpoint;
  protected final SqlDialect dialect;
  private final TargetTables tables;
  private SinkContext context;
  private OffsetStore offsets;
  private Connection connection;

  protected JdbcSink(String name, JdbcEndpoint endpoint, SqlDialect dialect) {
    this.name = Objects.requireNonNull(name, "name");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.tables = new TargetTables(dialect);
  }

  /** Makes the writer of one lane on its own connection. */
  protected abstract JdbcSinkWriter newWriter(WriterSetup setup) throws SQLException;

  @Override
  public void open(SinkContext sinkContext) {
    this.context = Objects.requireNonNull(sinkContext, "context");
    this.offsets = new OffsetStore(dialect, sinkContext.pipelineName(), name);
    run("create the offsets store " + SqlDialect.STORE_NAMESPACE + "." + SqlDialect.OFFSETS_TABLE,
        c -> {
          offsets.create(c);
          return null;
        });
    LOG.info("sink '{}': connected to {} at {}", name, dialect.productName(),
        endpoint.displayUrl());
  }

  @Override
  public Map<Integer, String> committedPositions() {
    return run("read the committed positions", c -> offsets.readAll(c));
  }

  @Override
  public void ensureTable(TableSchema schema) {
    run("prepare table " + schema.id(), c -> {
      tables.ensure(c, schema);
      return null;
    });
  }

  @Override
  public void applySchemaChange(SchemaChange change) {
    run("apply " + change.kind() + " of " + change.table(), c -> {
      switch (change.kind()) {
        case CREATE_TABLE -> tables.ensure(c, shapeAfter(change));
        case ALTER_TABLE -> alter(c, change);
        case TRUNCATE_TABLE -> truncate(c, change.table(), change.position().encode());
        case DROP_TABLE -> {
          tables.forget(change.table());
          LOG.info("sink '{}': table {} was dropped at the source; the target table is kept",
              name, change.table());
        }
        default -> throw new IllegalStateException(change.kind().name());
      }
      return null;
    });
  }

  private void alter(Connection c, SchemaChange change) throws SQLException {
    TableSchema after = shapeAfter(change);
    tables.forget(change.table());
    tables.ensure(c, after);
    tables.relaxNotNull(c, change.before(), after);
  }

  private TableSchema shapeAfter(SchemaChange change) {
    if (change.after() == null) {
      throw new TributaryException("sink '" + name + "': " + change.kind() + " of "
          + change.table() + " at " + change.position().encode()
          + " carries no table shape after the change; the source must provide one");
    }
    return change.after();
  }

  private void truncate(Connection c, TableId table, String position) throws SQLException {
    if (offsets.truncationApplied(c, table, position)) {
      LOG.info("sink '{}': truncation of {} at {} was applied before; skipping it", name, table,
          position);
      return;
    }
    if (tables.exists(c, table)) {
      DdlStatement.execute(c, dialect, dialect.truncateSql(table));
      LOG.info("sink '{}': truncated {} as the source did at {}", name, table, position);
    }
    offsets.recordTruncation(c, table, position);
  }

  @Override
  public SinkWriter openWriter(int lane) {
    if (context == null) {
      throw new IllegalStateException("sink '" + name + "' is not open");
    }
    Connection c = null;
    try {
      c = dialect.connect(endpoint, applicationName(lane));
      return newWriter(new WriterSetup(name, lane, context, dialect, offsets, c));
    } catch (SQLException e) {
      closeQuietly(c);
      throw failure(e, "open the writer of lane " + lane);
    }
  }

  @Override
  public void close() {
    closeQuietly(connection);
    connection = null;
  }

  private String applicationName(int lane) {
    String pipeline = context.pipelineName();
    return "tributary " + pipeline + "/" + name + (lane < 0 ? "" : "/" + lane);
  }

  private <T> T run(String what, SqlAction<T> action) {
    try {
      if (connection == null) {
        connection = dialect.connect(endpoint, applicationName(-1));
      }
      return action.run(connection);
    } catch (SQLException e) {
      RuntimeException failure = failure(e, what);
      if (failure instanceof RetriableException) {
        close();
      }
      throw failure;
    }
  }

  private RuntimeException failure(SQLException e, String what) {
    if (dialect.classify(e) == SqlFailure.TRANSIENT) {
      return new RetriableException("sink '" + name + "': cannot reach " + dialect.productName()
          + " at " + endpoint.displayUrl() + " to " + what + " (" + e.getMessage()
          + "); will retry", e);
    }
    return new TributaryException("sink '" + name + "': " + dialect.productName() + " at "
        + endpoint.displayUrl() + " refused to " + what + " (SQL state " + e.getSQLState()
        + "): " + e.getMessage(), e);
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing a broken connection; nothing left to release
      }
    }
  }

  /** A step that talks to the target over the sink's own connection. */
  @FunctionalInterface
  private interface SqlAction<T> {
    T run(Connection connection) throws SQLException;
  }
}
