package io.tributary.api.sink;

import io.tributary.api.event.SourcePosition;
import java.util.List;

/**
 * What one lane writes in one transaction: folded changes of some tables and the source position
 * they bring the lane up to. The position may move even when {@code tables} is empty (a
 * checkpoint with nothing new for this lane).
 *
 * @param lane the lane number, 0-based
 * @param tables the changes, per table
 * @param position after this batch commits, the lane has everything up to here
 */
public record SinkBatch(int lane, List<TableChanges> tables, SourcePosition position) {
  public SinkBatch {
    tables = List.copyOf(tables);
  }

  public int size() {
    int n = 0;
    for (TableChanges t : tables) {
      n += t.size();
    }
    return n;
  }
}
