package io.tributary.cli.file;

/**
 * A place in a pipeline file, both numbers counted from 1 as editors show them.
 *
 * @param line the line
 * @param column the column
 */
public record FilePosition(int line, int column) implements Comparable<FilePosition> {

  /** The start of the file, for problems about the file as a whole. */
  public static final FilePosition START = new FilePosition(1, 1);

  public FilePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(FilePosition o) {
    return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
