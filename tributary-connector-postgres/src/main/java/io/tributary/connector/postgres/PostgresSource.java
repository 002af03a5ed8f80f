package io.tributary.connector.postgres;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.postgres.position.PostgresPosition;
import io.tributary.connector.postgres.position.WalPosition;
import io.tributary.connector.postgres.schema.SchemaReader;
import io.tributary.api.Backoff;
import io.tributary.connector.postgres.stream.AckTracker;
import io.tributary.connector.postgres.stream.CatalogTableLookup;
import io.tributary.connector.postgres.stream.StreamSettings;
import io.tributary.connector.postgres.stream.UnchangedToastPolicy;
import io.tributary.connector.postgres.stream.WalReader;
import java.util.List;
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
