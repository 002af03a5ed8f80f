package io.tributary.api.sink;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import java.util.List;

/**
 * What one lane writes in one transaction and the source position it brings the lane up to. A
 * folding sink (the default) gets the folded changes per table in {@code tables}; a change-log sink
 * ({@link SinkFactory#changeLog()}) gets every event in source order in {@code events}. The other
 * list is empty. The position may move even when both are empty (a checkpoint with nothing new
 * for this lane).
 *
 * @param lane the lane number, 0-based
 * @param tables the folded changes, per table (folding sinks)
 * @param events the lane's events in the order the source emitted them (change-log sinks)
 * @param position after this batch commits, the lane has everything up to here
 */
public record SinkBatch(int lane, List<TableChanges> tables, List<ChangeEvent> events, SourcePosition position) {
  public SinkBatch {
    tables = List.copyOf(tables);
    events = List.copyOf(events);
  }

  /** A folding sink's batch. */
  public SinkBatch(int lane, List<TableChanges> tables, SourcePosition position) {
    this(lane, tables, List.of(), position);
  }

  /** Rows (folded) or events (change log) in this batch. */
  public int size() {
    int n = events.size();
    for (TableChanges t : tables) {
      n += t.size();
    }
    return n;
  }
}
