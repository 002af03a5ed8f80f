package io.tributary.connector.mysql.snapshot;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How the snapshot reads.
 *
 * @param chunkSize rows per chunk
 * @param fetchSize rows streamed from the server at a time
 * @param sessionZone session time zone TIMESTAMP columns are read in
 */
public record SnapshotSettings(int chunkSize, int fetchSize, ZoneId sessionZone) {
  public SnapshotSettings {
    Objects.requireNonNull(sessionZone, "sessionZone");
    if (chunkSize < 1 || fetchSize < 1) {
      throw new IllegalArgumentException("chunk and fetch sizes must be at least 1");
    }
  }
}
