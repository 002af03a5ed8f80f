package io.tributary.connector.postgres.snapshot;

/**
 * How the snapshot reads.
 *
 * @param parallelism connections reading chunks at once
 * @param chunkSize rows per chunk
 */
public record SnapshotSettings(int parallelism, int chunkSize) {
  /** Rows a chunk reader buffers ahead of the emitting thread. */
  static final int ROWS_BUFFERED_PER_CHUNK = 4096;
  /** Rows the driver fetches from the server at a time. */
  static final int FETCH_SIZE = 2000;

  public SnapshotSettings {
    if (parallelism < 1 || chunkSize < 1) {
      throw new IllegalArgumentException("snapshot parallelism and chunk size must be at least 1");
    }
  }
}
