package io.tributary.connector.mysql.position;

import io.tributary.api.event.SourcePosition;

/**
 * A position of the MySQL/MariaDB source: either inside the initial copy ({@link
 * SnapshotPosition}) or in the binary log ({@link BinlogPosition}). Every snapshot position orders
 * before every binlog position.
 */
public sealed interface MySqlPosition extends SourcePosition permits BinlogPosition, SnapshotPosition {

  /** Turns {@link #encode()} back into a position; throws {@link IllegalArgumentException} when malformed. */
  static MySqlPosition decode(String encoded) {
    return PositionText.decode(encoded);
  }
}
