package io.tributary.cli.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one pipeline file so all of them can be reported together. A value's
 * problems are added with {@link #addForValue}, which keeps only the first at a position, so a
 * value whose variable could not be substituted is not reported again as a bad value.
 */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  void add(FilePosition position, String message) {
    found.add(new Problem(position, message));
  }

  /** Adds a problem with the value at {@code position} unless one is already reported there. */
  void addForValue(FilePosition position, String message) {
    if (!hasAt(position)) {
      add(position, message);
    }
  }

  void addAll(List<Problem> problems) {
    found.addAll(problems);
  }

  int size() {
    return found.size();
  }

  boolean hasAt(FilePosition position) {
    return found.stream().anyMatch(p -> position.equals(p.position()));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<Problem> list() {
    return List.copyOf(found);
  }

  void throwIfAny(String file) {
    if (!found.isEmpty()) {
      throw new PipelineFileException(file, found);
    }
  }
}
