package io.tributary.formats;

import io.tributary.api.event.SourcePosition;

/** A position for tests: a number, in the snapshot or not. */
public record TestPosition(long offset, boolean snapshot) implements SourcePosition {

  @Override
  public String encode() {
    return (snapshot ? "snapshot:" : "log:") + offset;
  }

  @Override
  public boolean isSnapshot() {
    return snapshot;
  }

  @Override
  public int compareTo(SourcePosition other) {
    return Long.compare(offset, ((TestPosition) other).offset);
  }
}
