package io.tributary.formats.value;

/**
 * How a format turns one raw JSON value of a column into its typed value, for {@link
 * JsonScanner#typedRow}: the same conversion the format applies to a {@link RawRow}, so a row
 * scanned straight into its types holds exactly what the raw path would give.
 */
public interface TypedValues {
  /**
   * The typed value of {@code raw} (as {@link RawJson#read} gives scalars) for a column read with
   * {@code codec}.
   *
   * @throws RuntimeException when the value does not fit the column; the message is then read by
   *     the reference path, which reports it
   */
  Object convert(ValueCodec codec, Object raw);

  /**
   * Whether a string value means more than its text in this format (Debezium's placeholder for a
   * value not carried), so the row must be read raw.
   */
  default boolean refuses(String text) {
    return false;
  }
}
