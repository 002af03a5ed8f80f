package io.tributary.connector.postgres;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.postgres.position.PostgresPosition;
import io.tributary.connector.postgres.position.SnapshotPosition;
import io.tributary.connector.postgres.position.WalPosition;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.server.Publication;
import io.tributary.connector.postgres.server.ConnectionLoss;
import io.tributary.connector.postgres.server.ReplicationSlot;
import io.tributary.connector.postgres.server.ReplicationSlot.CreatedSlot;
import io.tributary.connector.postgres.snapshot.SnapshotReader;
import io.tributary.connector.postgres.snapshot.SnapshotSettings;
import io.tributary.connector.postgres.stream.AckTracker;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the source to where its stream starts: makes sure the publication and the slot exist
 * (publication first: pgoutput looks it up as of each change), and takes or finishes the copy when
 * the saved position or the startup mode asks for it.
 *
 * <p>A new slot's exported snapshot makes the copy match the slot's start exactly. When the slot
 * exists already (state deleted but slot kept, or a copy resumed after a restart) the copy takes a
 * fresh snapshot instead; the stream then replays from the slot's older position, which converges
 * because its events carry whole rows.
 */
final class StartPoint {
  private static final Logger LOG = LoggerFactory.getLogger(StartPoint.class);

  private final PostgresSourceConfig config;
  private final ServerInspection.Result server;
  private final AckTracker acks;
  private final BooleanSupplier stopRequested;

  StartPoint(PostgresSourceConfig config, ServerInspection.Result server, AckTracker acks, BooleanSupplier stopRequested) {
    this.config = config;
    this.server = server;
    this.acks = acks;
    this.stopRequested = stopRequested;
  }

  /** Whether the stream follows what {@link #prepare} did. */
  boolean streams() {
    return config.startupMode() != StartupMode.SNAPSHOT;
  }

  /**
   * Prepares the slot and copies the tables when needed.
   *
   * @return the position whose changes were delivered already (the stream skips up to it), or null
   */
  WalPosition prepare(PostgresPosition resume, SourceContext context) throws InterruptedException {
    if (resume instanceof WalPosition wal) {
      if (!server.slotExists()) {
        throw new TributaryException("replication slot '" + config.slotName() + "' on " + config.endpoint().address()
            + " is gone, so the changes after the saved position " + wal + " are lost to this pipeline: delete its"
            + " state and the captured tables at the targets and restart it with startup-mode: initial.");
      }
      return wal;
    }
    if (streams()) {
      ensurePublication();
    }
    if (resume instanceof SnapshotPosition snapshot) {
      if (server.slotExists() || !streams()) {
        copy(snapshot, null, () -> { }, context);
      } else {
        LOG.warn("replication slot {} is gone while the copy was at {}; creating it again and copying every table"
            + " from the start", config.slotName(), snapshot);
        copyWithNewSlot(context);
      }
    } else if (config.startupMode() == StartupMode.INITIAL && !server.slotExists()) {
      copyWithNewSlot(context);
    } else if (config.startupMode().snapshots()) {
      if (streams()) {
        LOG.warn("replication slot {} exists but the pipeline has no saved position; copying with a fresh snapshot,"
            + " then streaming from the slot's position (older changes are replayed)", config.slotName());
      }
      copy(null, null, () -> { }, context);
    } else if (!server.slotExists()) {
      createSlot().close();
    }
    return null;
  }

  private void copyWithNewSlot(SourceContext context) throws InterruptedException {
    CreatedSlot slot = createSlot();
    try {
      copy(null, slot.snapshotName(), slot::close, context);
    } finally {
      slot.close();
    }
  }

  private void copy(SnapshotPosition from, String exportedSnapshot, Runnable imported, SourceContext context)
      throws InterruptedException {
    SnapshotReader reader = new SnapshotReader(config.endpoint(),
        new SnapshotSettings(config.snapshotParallelism(), config.snapshotChunkSize()), stopRequested);
    List<PgTable> tables = new ArrayList<>(server.tables().values());
    reader.run(tables, from, exportedSnapshot, imported, context);
    if (reader.lastEmitted() != null) {
      acks.delivered(reader.lastEmitted());
    }
  }

  private CreatedSlot createSlot() {
    try {
      return ReplicationSlot.create(config.endpoint(), config.slotName());
    } catch (SQLException e) {
      throw failure("cannot create replication slot '" + config.slotName() + "'", e);
    }
  }

  private void ensurePublication() {
    try (Connection connection = config.endpoint().connect()) {
      Publication.ensure(connection, config.publicationName(), new ArrayList<>(server.tables().keySet()));
    } catch (SQLException e) {
      throw failure("cannot check publication '" + config.publicationName() + "'", e);
    }
  }

  private RuntimeException failure(String what, SQLException e) {
    String message = what + " on " + config.endpoint().address() + ": " + e.getMessage();
    return ConnectionLoss.is(e) ? new RetriableException(message, e) : new TributaryException(message, e);
  }
}
