package io.tributary.connector.postgres;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.postgres.position.PostgresPosition;
import io.tributary.connector.postgres.position.WalPosition;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.schema.PgTypeCatalog;
import io.tributary.connector.postgres.schema.SchemaReader;
import io.tributary.connector.postgres.server.ConnectionLoss;
import io.tributary.connector.postgres.server.ServerEndpoint;
import io.tributary.connector.postgres.snapshot.SampleReader;
import io.tributary.api.Backoff;
import io.tributary.connector.postgres.stream.AckTracker;
import io.tributary.connector.postgres.stream.CatalogTableLookup;
import io.tributary.connector.postgres.stream.StreamSettings;
import io.tributary.connector.postgres.stream.UnchangedToastPolicy;
import io.tributary.connector.postgres.stream.WalReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures a PostgreSQL database: the matched tables copied through a replication slot's exported
 * snapshot (startup modes {@code initial} and {@code snapshot}), then the slot streamed with
 * pgoutput. See {@link Source} for the lifecycle.
 */
public final class PostgresSource implements Source {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresSource.class);

  private final PostgresSourceConfig config;
  private final String pipelineName;
  private final AckTracker acks = new AckTracker(null);
  private final UnchangedToastPolicy unchangedToast;
  private volatile boolean stopRequested;

  PostgresSource(PostgresSourceConfig config, String pipelineName) {
    this(config, pipelineName, UnchangedToastPolicy.keepTargetValue());
  }

  /** A source whose UPDATEs with unsent TOASTed values follow {@code unchangedToast}. */
  PostgresSource(PostgresSourceConfig config, String pipelineName, UnchangedToastPolicy unchangedToast) {
    this.config = config;
    this.pipelineName = pipelineName;
    this.unchangedToast = unchangedToast;
  }

  @Override
  public List<TableSchema> discover() {
    return new ServerInspection(config).inspect().tables().values().stream().map(t -> t.schema()).toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the catalog and the rows over one short-lived connection, in a read-only transaction
   * that is rolled back; no slot or publication is created or changed. The events carry the
   * position of the table's first snapshot chunk.
   */
  @Override
  public List<ChangeEvent> sample(TableId table, int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("a sample of " + table + " needs at least 1 row, not " + rows);
    }
    ServerEndpoint endpoint = config.endpoint();
    try (Connection connection = endpoint.connect()) {
      PgTable captured = capturedTable(connection, PgTypeCatalog.load(connection), table);
      return SampleReader.read(connection, captured, rows);
    } catch (SQLException e) {
      if (ConnectionLoss.is(e)) {
        throw new RetriableException(
            "lost the connection to " + endpoint.address() + " while sampling " + table + ": " + e.getMessage(), e);
      }
      throw new TributaryException(
          "cannot read sample rows of " + table + " on " + endpoint.address() + ": " + e.getMessage(), e);
    }
  }

  /** The table as discovery gives it; fails naming the captured tables when it is not one of them. */
  private PgTable capturedTable(Connection connection, PgTypeCatalog types, TableId table) throws SQLException {
    SchemaReader schemas = new SchemaReader(config.keyColumns());
    PgTable found = schemas.read(connection, config.tables().and(table::equals), types).tables().get(table);
    if (found != null) {
      return found;
    }
    Set<TableId> captured = schemas.read(connection, config.tables(), types).tables().keySet();
    throw new TributaryException(
        "table " + table + " is not captured by this source (it does not exist or 'tables'/'tables-exclude' leave it"
            + " out), so it has no sample rows. The captured tables are: "
            + (captured.isEmpty() ? "none" : captured.stream().map(TableId::toString).collect(Collectors.joining(", ")))
            + ".");
  }

  @Override
  public void run(SourceContext context, SourcePosition resumeFrom) throws InterruptedException {
    PostgresPosition resume = resumeFrom == null ? null : asPostgresPosition(resumeFrom);
    acks.committed(resume);
    Backoff backoff = new Backoff();
    ServerInspection.Result server;
    WalPosition streamAfter;
    StartPoint start;
    while (true) {
      server = inspectWithRetry();
      if (server == null) {
        return;
      }
      LOG.info("capturing {} tables of {} ({}) through slot {} and publication {}, resuming from {}",
          server.tables().size(), config.endpoint().address(), server.settings().displayName(), config.slotName(),
          config.publicationName(), resume == null ? "nothing (startup mode " + config.startupMode() + ")" : resume);
      start = new StartPoint(config, server, acks, () -> stopRequested);
      try {
        streamAfter = start.prepare(resume, context);
        break;
      } catch (RetriableException e) {
        // the server went away between the inspection and the stream (e.g. it is restarting): start over;
        // slot and publication are created only when missing, so repeating the start is harmless
        LOG.warn("cannot prepare the capture on {} ({}); starting over in {} ms (attempt {})",
            config.endpoint().address(), e.getMessage(), backoff.nextDelay().toMillis(), backoff.attempt());
        if (!backoff.await(() -> stopRequested)) {
          return;
        }
      }
    }
    if (stopRequested || !start.streams()) {
      return;
    }
    StreamSettings settings = new StreamSettings(config.endpoint(), config.slotName(), config.publicationName(),
        server.binaryTuples(), config.heartbeatInterval());
    try (CatalogTableLookup lookup =
        new CatalogTableLookup(config.endpoint(), new SchemaReader(config.keyColumns()), server.types())) {
      new WalReader(settings, lookup, config.tables(), acks, unchangedToast, () -> stopRequested)
          .run(streamAfter, server.tables(), context);
    }
  }

  @Override
  public void committed(SourcePosition position) {
    acks.committed(position);
  }

  @Override
  public void stop() {
    stopRequested = true;
  }

  @Override
  public void close() {
    stop();
  }

  /** The server and its captured tables, after checking the prerequisites; retried while unreachable. */
  private ServerInspection.Result inspectWithRetry() throws InterruptedException {
    Backoff backoff = new Backoff();
    while (!stopRequested) {
      try {
        return new ServerInspection(config).inspect();
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

  private static PostgresPosition asPostgresPosition(SourcePosition position) {
    if (position instanceof PostgresPosition postgres) {
      return postgres;
    }
    try {
      return PostgresPosition.decode(position.encode());
    } catch (IllegalArgumentException e) {
      throw new TributaryException("the saved position '" + position.encode() + "' is not a PostgreSQL position: "
          + e.getMessage() + ". Was the pipeline's source type changed? Delete its state to start over.");
    }
  }

  @Override
  public String toString() {
    return "postgres source of pipeline " + pipelineName + " on " + config.endpoint().address();
  }
}
