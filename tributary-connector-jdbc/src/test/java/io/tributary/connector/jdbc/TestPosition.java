package io.tributary.connector.jdbc;

import io.tributary.api.event.SourcePosition;

/** A source position for tests: a number, encoded as {@code test:<n>}. */
public record TestPosition(long offset) implements SourcePosition {

  public static TestPosition at(long offset) {
    return new TestPosition(offset);
  }

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
