package io.tributary.connector.mysql;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.mysql.binlog.BinlogReader;
import io.tributary.connector.mysql.binlog.BinlogSettings;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.connector.mysql.position.MySqlPosition;
import io.tributary.connector.mysql.position.SnapshotPosition;
import io.tributary.connector.mysql.schema.MySqlTable;
import io.tributary.connector.mysql.schema.SchemaReader;
import io.tributary.connector.mysql.server.BinlogFiles;
import io.tributary.api.Backoff;
import io.tributary.connector.mysql.server.ConnectionLoss;
import io.tributary.connector.mysql.server.ServerEndpoint;
import io.tributary.connector.mysql.server.ServerFlavor;
import io.tributary.connector.mysql.server.ServerPrerequisites;
import io.tributary.connector.mysql.snapshot.SampleReader;
import io.tributary.connector.mysql.snapshot.SnapshotReader;
import io.tributary.connector.mysql.snapshot.SnapshotSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures a MySQL or MariaDB server: a consistent snapshot of the matched tables (startup modes
 * {@code initial} and {@code snapshot}), then its binary log. See {@link Source} for the lifecycle.
 */
public final class MySqlSource implements Source {
  private static final Logger LOG = LoggerFactory.getLogger(MySqlSource.class);

  private final MySqlSourceConfig config;
  private final String pipelineName;
  private volatile boolean stopRequested;
  private volatile BinlogReader binlogReader;

  MySqlSource(MySqlSourceConfig config, String pipelineName) {
    this.config = config;
    this.pipelineName = pipelineName;
  }

  @Override
  public List<TableSchema> discover() {
    return inspect().tables().values().stream().map(MySqlTable::schema).toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the schema, the current binlog position and the rows over one short-lived connection
   * with the snapshot's session settings; the events carry the position of a snapshot's first chunk
   * of {@code table} taken now. Tables without a primary key are read in the server's order.
   */
  @Override
  public List<ChangeEvent> sample(TableId table, int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("a sample of " + table + " needs at least 1 row, not " + rows);
    }
    ServerEndpoint endpoint = config.endpoint();
    try (Connection connection = endpoint.connect(true)) {
      ServerFlavor flavor = ServerFlavor.of(connection);
      MySqlTable captured = capturedTable(connection, new SchemaReader(flavor.mariaDb()), table);
      SnapshotPosition position = SnapshotPosition.firstChunk(BinlogFiles.current(connection, flavor), table);
      return new SampleReader(config.serverTimeZone()).read(connection, captured, rows, position);
    } catch (SQLException e) {
      if (ConnectionLoss.is(e)) {
        throw new RetriableException(
            "lost the connection to " + endpoint.address() + " while sampling " + table + ": " + e.getMessage(), e);
      }
      throw new TributaryException(
          "cannot read sample rows of " + table + " on " + endpoint.address() + ": " + e.getMessage(), e);
    }
  }

  /** The shape of {@code table} as discovery gives it; fails naming the captured tables when it is not one. */
  private MySqlTable capturedTable(Connection connection, SchemaReader schemas, TableId table) throws SQLException {
    if (config.tables().test(table)) {
      Optional<MySqlTable> found = schemas.read(connection, table);
      if (found.isPresent()) {
        return found.get();
      }
    }
    Map<TableId, MySqlTable> captured = schemas.readAll(connection, config.tables());
    throw new TributaryException(
        "table " + table + " is not captured by this source (it does not exist or 'tables'/'tables-exclude' leave it"
            + " out), so it has no sample rows. The captured tables are: "
            + (captured.isEmpty() ? "none" : captured.keySet().stream().map(TableId::toString)
                .collect(Collectors.joining(", "))) + ".");
  }

  @Override
  public void run(SourceContext context, SourcePosition resumeFrom) throws InterruptedException {
    MySqlPosition resume = resumeFrom == null ? null : asMySqlPosition(resumeFrom);
    Inspection server = inspectWithRetry();
    if (server == null) {
      return;
    }
    LOG.info("capturing {} tables of {} ({}), server id {}, resuming from {}", server.tables().size(),
        server.flavor().displayName(), config.endpoint().address(), config.serverId(),
        resume == null ? "nothing (startup mode " + config.startupMode() + ")" : resume);
    BinlogPosition streamFrom = start(resume, server, context);
    if (streamFrom == null || stopRequested || config.startupMode() == StartupMode.SNAPSHOT) {
      return;
    }
    binlogReader = new BinlogReader(
        new BinlogSettings(config.endpoint(), config.serverId(), config.heartbeatInterval()),
        new SchemaReader(server.flavor().mariaDb()), config.tables(), () -> stopRequested);
    if (stopRequested) {
      return;
    }
    binlogReader.run(streamFrom, server.tables(), context);
  }

  /** Takes or finishes the snapshot when needed; returns where the binlog stream starts, or null. */
  private BinlogPosition start(MySqlPosition resume, Inspection server, SourceContext context)
      throws InterruptedException {
    if (resume instanceof BinlogPosition binlog) {
      requireAvailable(binlog);
      return config.startupMode() == StartupMode.SNAPSHOT ? null : binlog;
    }
    if (resume instanceof SnapshotPosition || config.startupMode().snapshots()) {
      SnapshotPosition snapshot = (SnapshotPosition) resume;
      if (snapshot != null) {
        requireAvailable(snapshot.binlogStart());
      }
      SnapshotSettings settings =
          new SnapshotSettings(config.snapshotChunkSize(), config.snapshotFetchSize(), config.serverTimeZone());
      SnapshotReader reader = new SnapshotReader(config.endpoint(), server.flavor(), settings, () -> stopRequested);
      return reader.run(new ArrayList<>(server.tables().values()), snapshot, context);
    }
    try (Connection connection = config.endpoint().connect(false)) {
      return config.startupMode() == StartupMode.LATEST_OFFSET
          ? BinlogFiles.current(connection, server.flavor())
          : BinlogFiles.earliest(connection);
    } catch (SQLException e) {
      throw new RetriableException("cannot read the binlog status of " + config.endpoint().address(), e);
    }
  }

  private void requireAvailable(BinlogPosition position) {
    try (Connection connection = config.endpoint().connect(false)) {
      BinlogFiles.requireAvailable(connection, position, config.endpoint().address());
    } catch (SQLException e) {
      throw new RetriableException("cannot list the binary logs of " + config.endpoint().address(), e);
    }
  }

  @Override
  public void stop() {
    stopRequested = true;
    BinlogReader reader = binlogReader;
    if (reader != null) {
      reader.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The server and its captured tables, after checking the prerequisites; retried while unreachable. */
  private Inspection inspectWithRetry() throws InterruptedException {
    Backoff backoff = new Backoff();
    while (!stopRequested) {
      try {
        return inspect();
      } catch (RetriableException e) {
        LOG.warn("cannot reach {} ({}); retrying in {} ms (attempt {})", config.endpoint().address(), e.getMessage(),
            backoff.nextDelay().toMillis(), backoff.attempt());
        if (!backoff.await(() -> stopRequested)) {
          break;
        }
      }
    }
    return null;
  }

  private Inspection inspect() {
    ServerEndpoint endpoint = config.endpoint();
    try (Connection connection = endpoint.connect(false)) {
      ServerFlavor flavor = ServerFlavor.of(connection);
      Map<TableId, MySqlTable> tables = new SchemaReader(flavor.mariaDb()).readAll(connection, config.tables());
      List<String> keyless = tables.values().stream()
          .filter(t -> !t.schema().hasPrimaryKey()).map(t -> t.id().toString()).toList();
      if (!keyless.isEmpty()) {
        throw new TributaryException(
            "these tables have no primary key and cannot be captured: " + String.join(", ", keyless)
                + ". Add a primary key to each, or exclude them with 'tables-exclude'.");
      }
      ServerPrerequisites.check(connection, flavor, tables.keySet(), config.startupMode().snapshots(), endpoint.address());
      return new Inspection(flavor, tables);
    } catch (SQLException e) {
      if (ConnectionLoss.is(e)) {
        throw new RetriableException("lost the connection to " + endpoint.address() + ": " + e.getMessage(), e);
      }
      throw new TributaryException("cannot read the tables of " + endpoint.address() + ": " + e.getMessage(), e);
    }
  }

  private static MySqlPosition asMySqlPosition(SourcePosition position) {
    if (position instanceof MySqlPosition mysql) {
      return mysql;
    }
    try {
      return MySqlPosition.decode(position.encode());
    } catch (IllegalArgumentException e) {
      throw new TributaryException("the saved position '" + position.encode() + "' is not a MySQL position: "
          + e.getMessage() + ". Was the pipeline's source type changed? Delete its state to start over.");
    }
  }

  /** What {@link #inspect()} found. */
  private record Inspection(ServerFlavor flavor, Map<TableId, MySqlTable> tables) {}

  @Override
  public String toString() {
    return "mysql source of pipeline " + pipelineName + " on " + config.endpoint().address();
  }
}
