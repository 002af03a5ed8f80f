package io.tributary.connector.kafka;

import io.tributary.api.event.SourcePosition;

/** A position that is its number. */
record TestPosition(long offset) implements SourcePosition {
  @Override
  public String encode() {
    return Long.toString(offset);
  }

  @Override
  public boolean isSnapshot() {
    return false;
  }

  @Override
  public int compareTo(SourcePosition o) {
    return Long.compare(offset, ((TestPosition) o).offset);
  }
}
