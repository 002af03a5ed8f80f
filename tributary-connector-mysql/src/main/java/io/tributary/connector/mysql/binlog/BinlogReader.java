package io.tributary.connector.mysql.binlog;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.network.ServerException;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableId;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.connector.mysql.schema.MySqlTable;
import io.tributary.connector.mysql.schema.SchemaReader;
import io.tributary.connector.mysql.server.BinlogFiles;
import io.tributary.api.Backoff;
import io.tributary.connector.mysql.server.ServerEndpoint;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the binary log from a position until stopped. Runs the binlog client on the calling
 * thread; when the connection is lost (server restart, network) it reconnects with exponential
 * backoff, forever, resuming right after the last event delivered. A watchdog declares the
 * connection lost after three heartbeat intervals of silence.
 */
public final class BinlogReader {
  private static final Logger LOG = LoggerFactory.getLogger(BinlogReader.class);
  private static final int ER_MASTER_FATAL_ERROR_READING_BINLOG = 1236;
  private static final int ER_ACCESS_DENIED = 1045;

  private final BinlogSettings settings;
  private final SchemaReader schemaReader;
  private final Predicate<TableId> filter;
  private final BooleanSupplier stopRequested;
  private volatile BinlogSession session;

  public BinlogReader(
      BinlogSettings settings, SchemaReader schemaReader, Predicate<TableId> filter, BooleanSupplier stopRequested) {
    this.settings = settings;
    this.schemaReader = schemaReader;
    this.filter = filter;
    this.stopRequested = stopRequested;
  }

  /**
   * Streams from {@code from} until stop is requested.
   *
   * @param known the captured tables as of the start (tables seen later are reported as created)
   * @throws TributaryException when the stream cannot go on (purged binlog, refused login, a row
   *     that cannot be converted)
   */
  public void run(BinlogPosition from, Map<TableId, MySqlTable> known, SourceContext context)
      throws InterruptedException {
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
        r -> daemon(r, "tributary-" + context.pipelineName() + "-binlog-watchdog"));
    long checkMillis = Math.max(100, settings.heartbeat().toMillis() / 2);
    long silenceNanos = settings.heartbeat().multipliedBy(3).toNanos();
    // a task that throws is never run again: checkSilence must not throw, or silences go unnoticed
    var unused = watchdog.scheduleWithFixedDelay(() -> checkSilence(silenceNanos), checkMillis, checkMillis, TimeUnit.MILLISECONDS);
    try (SchemaLookup lookup = new SchemaLookup(settings.endpoint(), schemaReader)) {
      TableBindings bindings = new TableBindings(filter, lookup, known);
      BinlogPosition resume = from;
      Backoff backoff = new Backoff();
      while (!stopRequested.getAsBoolean()) {
        BinlogEventHandler handler = new BinlogEventHandler(context, bindings, new BinlogCursor(resume));
        BinlogSession current = connect(resume, handler, context.pipelineName());
        handler.flush();
        resume = handler.cursor().resumePoint();
        if (stopRequested.getAsBoolean()) {
          break;
        }
        Exception reason = current.lostBecause();
        failIfFatal(reason, resume);
        if (current.events() > 0) {
          backoff.reset();
        }
        LOG.warn(
            "binlog connection to {} lost at {} ({}); reconnecting in {} ms (attempt {})", settings.endpoint().address(),
            resume, reason == null ? "closed by the server" : reason.toString(), backoff.nextDelay().toMillis(),
            backoff.attempt());
        if (!backoff.await(stopRequested)) {
          break;
        }
      }
    } finally {
      watchdog.shutdownNow();
    }
  }

  /** Ends the current connection soon, without waiting for it. */
  public void stop() {
    BinlogSession current = session;
    if (current != null) {
      Thread stopper = new Thread(current::disconnect, "tributary-binlog-stop");
      stopper.setDaemon(true);
      stopper.start();
    }
  }

  private BinlogSession connect(BinlogPosition resume, BinlogEventHandler handler, String pipeline)
      throws InterruptedException {
    BinaryLogClient client = newClient(resume, pipeline);
    BinlogSession current = new BinlogSession(client, handler, stopRequested);
    session = current;
    try {
      if (!stopRequested.getAsBoolean()) {
        LOG.info("reading the binlog of {} from {}", settings.endpoint().address(), resume);
        client.connect();
      }
    } catch (IOException | RuntimeException e) {
      current.connectFailed(e);
    } finally {
      session = null;
    }
    current.rethrowFatal();
    return current;
  }

  private BinaryLogClient newClient(BinlogPosition resume, String pipeline) {
    ServerEndpoint endpoint = settings.endpoint();
    BinaryLogClient client = new BinaryLogClient(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.password());
    client.setServerId(settings.serverId());
    client.setBinlogFilename(resume.file());
    client.setBinlogPosition(resume.position());
    client.setKeepAlive(false);
    client.setHeartbeatInterval(settings.heartbeat().toMillis());
    client.setConnectTimeout(endpoint.connectTimeout().toMillis());
    client.setNetWriteTimeout(Duration.ofHours(1).toSeconds());
    client.setThreadFactory(r -> daemon(r, "tributary-" + pipeline + "-binlog-client"));
    client.setEventDeserializer(BinlogEventDeserializers.create());
    return client;
  }

  private void failIfFatal(Exception reason, BinlogPosition resume) {
    if (!(reason instanceof ServerException server)) {
      return;
    }
    if (server.getErrorCode() == ER_ACCESS_DENIED) {
      throw new TributaryException(
          "the binlog login to " + settings.endpoint().address() + " was refused: " + server.getMessage()
              + ". Check 'username' and 'password'.", server);
    }
    if (server.getErrorCode() == ER_MASTER_FATAL_ERROR_READING_BINLOG) {
      try (Connection connection = settings.endpoint().connect(false)) {
        BinlogFiles.requireAvailable(connection, resume, settings.endpoint().address());
      } catch (SQLException e) {
        LOG.warn("cannot list the binary logs of {}: {}", settings.endpoint().address(), e.getMessage());
      }
      throw new TributaryException(
          settings.endpoint().address() + " refused to send its binlog from " + resume + ": " + server.getMessage()
              + ". If another replica or pipeline uses server id " + settings.serverId()
              + ", give this pipeline its own 'server-id'.", server);
    }
  }

  private void checkSilence(long silenceNanos) {
    BinlogSession current = session;
    if (current == null) {
      return;
    }
    try {
      if (stopRequested.getAsBoolean()) {
        current.disconnect();
      } else if (current.silentFor(silenceNanos)) {
        LOG.warn("no binlog event or heartbeat from {} for {} s; reconnecting", settings.endpoint().address(),
            silenceNanos / 1_000_000_000);
        current.disconnect();
      }
    } catch (RuntimeException e) {
      LOG.warn("binlog watchdog: disconnecting a silent session failed ({}); trying again at the next check", e.toString());
    }
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }
}
