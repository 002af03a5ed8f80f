package io.tributary.connector.postgres.snapshot;

import io.tributary.connector.postgres.position.SnapshotPosition;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One chunk to read: its position (table, ordinal, lower bound), its upper bound, and the bounded
 * hand-off of its rows from the reading connection's thread to the emitting thread. The reader
 * blocks when the emitter is behind, so memory stays bounded by parallelism times the buffer.
 */
final class ChunkTask {
  /** Put after the last row. */
  private static final Object END = new Object();

  private final SnapshotPosition position;
  private final List<String> upTo;
  private final BlockingQueue<Object> rows = new ArrayBlockingQueue<>(SnapshotSettings.ROWS_BUFFERED_PER_CHUNK);
  private long count;

  ChunkTask(SnapshotPosition position, List<String> upTo) {
    this.position = position;
    this.upTo = upTo;
  }

  SnapshotPosition position() {
    return position;
  }

  /** The key of the chunk's last row, inclusive; null for the last chunk of a table. */
  List<String> upTo() {
    return upTo;
  }

  /** Reader side: one row. */
  void put(Object[] row) throws InterruptedException {
    rows.put(row);
  }

  /** Reader side: the chunk was read to its end. */
  void finish() throws InterruptedException {
    rows.put(END);
  }

  /** Reader side: reading failed; the emitter rethrows it. */
  void fail(Exception failure) {
    rows.clear();
    rows.offer(failure);
  }

  /**
   * Emitter side: the next row, or null after the last one.
   *
   * @throws ChunkFailedException when the reader failed
   */
  Object[] take() throws InterruptedException {
    Object next;
    do {
      next = rows.poll(100, TimeUnit.MILLISECONDS);
    } while (next == null);
    if (next == END) {
      return null;
    }
    if (next instanceof Exception failure) {
      throw new ChunkFailedException(failure);
    }
    count++;
    return (Object[]) next;
  }

  /** Rows taken so far. */
  long count() {
    return count;
  }

  /** A chunk reader failed; the cause is an {@link java.sql.SQLException} or a conversion failure. */
  static final class ChunkFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChunkFailedException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }
}
