package io.tributary.runtime;

import io.tributary.api.event.SourcePosition;

/** A position in a test log: snapshot rows are negative offsets, log entries non-negative. */
public record TestPosition(long offset) implements SourcePosition {
  @Override
  public String encode() {
    return Long.toString(offset);
  }

  @Override
  public boolean isSnapshot() {
    return offset < 0;
  }

  @Override
  public int compareTo(SourcePosition o) {
    return Long.compare(offset, ((TestPosition) o).offset);
  }
}
