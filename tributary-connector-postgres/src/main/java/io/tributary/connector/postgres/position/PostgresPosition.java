package io.tributary.connector.postgres.position;

import io.tributary.api.event.SourcePosition;

/**
 * A position of the PostgreSQL source: either inside the initial copy ({@link SnapshotPosition})
 * or in the logical replication stream ({@link WalPosition}). Every snapshot position orders before
 * every WAL position.
 */
public sealed interface PostgresPosition extends SourcePosition permits WalPosition, SnapshotPosition {

  /** Turns {@link #encode()} back into a position; throws {@link IllegalArgumentException} when malformed. */
  static PostgresPosition decode(String encoded) {
    return PositionText.decode(encoded);
  }
}
