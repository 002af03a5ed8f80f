package io.tributary.connector.postgres.stream;

import io.tributary.connector.postgres.pgoutput.PgOutputDecoder;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage;
import io.tributary.connector.postgres.position.Lsn;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replication connection streaming the slot with pgoutput: reads messages without blocking,
 * hands them to the handler, and reports the confirmable LSN to the server (flushed and applied,
 * forced right away when it moves; pgjdbc also answers keepalives and sends it every status
 * interval).
 *
 * <p>While it is catching up (every poll finds a message) the session pauses for {@value
 * #BURST_PAUSE_MILLIS} ms after each {@value #BURST_BYTES} bytes. A backlog read eagerly makes the
 * WAL sender pay one {@code send()} and one TCP segment per message, because it always finds the
 * socket writable; while the reader pauses the socket fills, and the WAL sender buffers messages
 * and writes them in large chunks. With a reader that decodes nothing this halved the WAL sender's
 * CPU per row on the bench machine (docs/performance.md). A stream that keeps up never pauses.
 */
final class WalSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WalSession.class);
  private static final long IDLE_SLEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
  private static final long CONFIRM_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final int BURST_BYTES = 128 * 1024;
  private static final int BURST_PAUSE_MILLIS = 2;

  private final Connection connection;
  private final PGReplicationStream stream;
  private Lsn reported = Lsn.ZERO;
  private long lastConfirmNanos;
  private long messages;
  private long burstBytes;

  private WalSession(Connection connection, PGReplicationStream stream) {
    this.connection = connection;
    this.stream = stream;
  }

  /** Opens a replication connection and starts streaming the slot from where it stands. */
  static WalSession open(StreamSettings settings) throws SQLException {
    Connection connection = settings.endpoint().connectForReplication();
    try {
      var builder = connection.unwrap(PGConnection.class).getReplicationAPI().replicationStream().logical()
          .withSlotName(settings.slotName())
          .withStartPosition(LogSequenceNumber.INVALID_LSN)
          .withSlotOption("proto_version", "1")
          .withSlotOption("publication_names", '"' + settings.publicationName().replace("\"", "\"\"") + '"')
          .withStatusInterval((int) Math.max(1, settings.statusInterval().toMillis()), TimeUnit.MILLISECONDS);
      if (settings.binaryTuples()) {
        builder = builder.withSlotOption("binary", "true");
      }
      PGReplicationStream stream = builder.start();
      LOG.info("streaming slot {} (publication {}, {} values) from {}", settings.slotName(),
          settings.publicationName(), settings.binaryTuples() ? "binary" : "text", settings.endpoint().address());
      return new WalSession(connection, stream);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Messages received on this connection. */
  long messages() {
    return messages;
  }

  /** Streams until stop is requested; throws when the connection fails. */
  void run(ChangeHandler handler, AckTracker acks, BooleanSupplier stopRequested)
      throws SQLException, InterruptedException {
    while (!stopRequested.getAsBoolean()) {
      ByteBuffer buffer = stream.readPending();
      if (buffer == null) {
        burstBytes = 0;
        handler.flush();
        confirm(handler, acks, true);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        LockSupport.parkNanos(IDLE_SLEEP_NANOS);
        continue;
      }
      burstBytes += buffer.remaining();
      PgOutputMessage message = PgOutputDecoder.decode(buffer);
      handler.handle(message);
      if ((++messages & 1023) == 0 || message instanceof PgOutputMessage.Commit) {
        confirm(handler, acks, false);
      }
      if (burstBytes >= BURST_BYTES) {
        burstBytes = 0;
        handler.flush();
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(BURST_PAUSE_MILLIS));
      }
    }
    handler.flush();
    confirm(handler, acks, true);
  }

  private void confirm(ChangeHandler handler, AckTracker acks, boolean now) throws SQLException {
    long nanos = System.nanoTime();
    if (!now && nanos - lastConfirmNanos < CONFIRM_INTERVAL_NANOS) {
      return;
    }
    lastConfirmNanos = nanos;
    Lsn serverLsn = new Lsn(stream.getLastReceiveLSN().asLong());
    Lsn target = acks.confirmable(handler.processedEnd(), serverLsn, handler.cursor().inTransaction());
    if (target.compareTo(reported) > 0) {
      LogSequenceNumber lsn = LogSequenceNumber.valueOf(target.value());
      stream.setFlushedLSN(lsn);
      stream.setAppliedLSN(lsn);
      stream.forceUpdateStatus();
      reported = target;
      LOG.debug("confirmed {} to the slot", target);
    }
  }

  @Override
  public void close() {
    try {
      if (!stream.isClosed()) {
        stream.close();
      }
    } catch (SQLException e) {
      LOG.debug("closing the replication stream: {}", e.getMessage());
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("closing the replication connection: {}", e.getMessage());
    }
  }
}
