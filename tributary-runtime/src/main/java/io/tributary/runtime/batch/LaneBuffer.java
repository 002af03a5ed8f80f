package io.tributary.runtime.batch;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.sink.SinkBatch;

/**
 * What a lane collects between two writes: folded rows for a state sink ({@link BatchFolder}) or
 * the events as they came for a change-log sink ({@link ChangeLogBuffer}). Not thread-safe: one
 * lane thread owns it.
 */
public interface LaneBuffer {
  /** The buffer for a sink of this kind. */
  static LaneBuffer forSink(boolean changeLog) {
    return changeLog ? new ChangeLogBuffer() : new BatchFolder();
  }

  /** False when the event cannot join what is held (the lane writes first, then adds it). */
  boolean accepts(ChangeEvent event);

  /** Adds one event. */
  void add(ChangeEvent event);

  /** What a write would carry: distinct keys (folded) or events (change log). */
  int size();

  default boolean isEmpty() {
    return size() == 0;
  }

  /** The batch of everything held, up to {@code position}; then empties this buffer. */
  SinkBatch drain(int lane, SourcePosition position);
}
