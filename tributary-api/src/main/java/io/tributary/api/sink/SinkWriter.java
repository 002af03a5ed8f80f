package io.tributary.api.sink;

/**
 * Writes the batches of one lane, each in one target transaction together with the batch's
 * source position. Used by one thread.
 *
 * <p>Faults: a lost connection or a target that is down is thrown as {@link
 * io.tributary.api.RetriableException} after rolling back; the runtime then closes this writer,
 * opens a new one and asks {@link #committedPosition()} whether the batch had committed after all
 * before it retries. Rows the target refuses go to {@link RejectedRows} and the rest of the batch
 * commits.
 */
public interface SinkWriter extends AutoCloseable {

  /** Writes the batch and its position atomically; returns when committed. */
  void write(SinkBatch batch);

  /** The encoded position this lane last committed, or null. Reads the target. */
  String committedPosition();

  @Override
  void close();
}
