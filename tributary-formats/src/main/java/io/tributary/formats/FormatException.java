package io.tributary.formats;

import io.tributary.api.TributaryException;

/**
 * A message could not be encoded or decoded. The message names the format, the field (a path such
 * as {@code data[1].weight} or {@code payload.after.id}) and, when the input was not well-formed
 * JSON or the fault was found while reading, the byte offset into the message (of its UTF-8 form
 * when it was given as a string).
 *
 * <p>A decoder never returns a partly read or guessed row: every fault in a message is this
 * exception, and the whole message is refused.
 */
public class FormatException extends TributaryException {
  private static final long serialVersionUID = 1L;

  /** The field path, or null when the fault concerns the whole message. */
  private final String field;

  /** Byte offset into the message, or -1 when unknown. */
  private final long offset;

  /**
   * An error about one field.
   *
   * @param message what was wrong, including the field and offset (callers use {@link #describe})
   * @param field the field path, or null
   * @param offset the byte offset into the message, or -1
   * @param cause the underlying error, or null
   */
  public FormatException(String message, String field, long offset, Throwable cause) {
    super(message, cause);
    this.field = field;
    this.offset = offset;
  }

  /** An error about the whole message or an event being encoded. */
  public FormatException(String message) {
    this(message, null, -1, null);
  }

  /**
   * Builds the message text: {@code "<format>: <field> at offset <n>: <problem>"}, leaving out what
   * is unknown.
   */
  public static String describe(String format, String field, long offset, String problem) {
    StringBuilder text = new StringBuilder(format);
    if (field != null) {
      text.append(": field ").append(field);
    }
    if (offset >= 0) {
      text.append(field != null ? " at offset " : ": at offset ").append(offset);
    }
    return text.append(": ").append(problem).toString();
  }

  /** The path of the field the error concerns ({@code data[0].id}), or null for the whole message. */
  public String field() {
    return field;
  }

  /** The byte offset into the message where the fault was found, or -1 when unknown. */
  public long offset() {
    return offset;
  }
}
