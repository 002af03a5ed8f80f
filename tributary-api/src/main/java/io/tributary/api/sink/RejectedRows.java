package io.tributary.api.sink;

import io.tributary.api.schema.TableSchema;

/**
 * Where a sink reports a row its target refused (a value out of range, a constraint the target
 * has and the source does not). The runtime records it in the pipeline's dead-letter store, or
 * throws when the sink is set to stop on rejected rows — so the sink must call it before it
 * commits the batch the row belonged to. Thread-safe.
 */
public interface RejectedRows {

  /**
   * @param table the table the row belongs to
   * @param delete true when the row was to be deleted, false when upserted
   * @param row the row values
   * @param reason the target's message
   */
  void reject(TableSchema table, boolean delete, Object[] row, String reason);
}
