package io.tributary.cli.file;

import java.util.Objects;

/**
 * One thing wrong with a pipeline file.
 *
 * @param position where it is, or null when it concerns the file as a whole (it cannot be read)
 * @param message what is wrong and, where it helps, what to write instead
 */
public record Problem(FilePosition position, String message) {
  public Problem {
    Objects.requireNonNull(message, "message");
  }

  /** The line shown to the user: {@code file:line:column: message}. */
  public String format(String file) {
    return position == null ? file + ": " + message : file + ":" + position + ": " + message;
  }
}
