package io.tributary.connector.duckdb;

import io.tributary.api.event.SourcePosition;

/** A source position for tests: a number, encoded as {@code test:<n>}. */
record TestPosition(long offset) implements SourcePosition {
  @Override
  public String encode() {
    return "test:" + offset;
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
