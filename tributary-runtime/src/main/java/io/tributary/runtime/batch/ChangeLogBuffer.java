package io.tributary.runtime.batch;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.sink.SinkBatch;
import java.util.ArrayList;
import java.util.List;

/** Holds a change-log sink's events in arrival order, unfolded: every change is written. */
public final class ChangeLogBuffer implements LaneBuffer {
  private List<ChangeEvent> events = new ArrayList<>();

  @Override
  public boolean accepts(ChangeEvent event) {
    return true;
  }

  @Override
  public void add(ChangeEvent event) {
    events.add(event);
  }

  @Override
  public int size() {
    return events.size();
  }

  @Override
  public SinkBatch drain(int lane, SourcePosition position) {
    SinkBatch batch = new SinkBatch(lane, List.of(), events, position);
    events = new ArrayList<>();
    return batch;
  }
}
