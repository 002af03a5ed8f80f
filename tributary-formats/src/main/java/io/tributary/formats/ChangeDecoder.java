package io.tributary.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads messages of one format back into row changes and schema changes.
 *
 * <p>One message may hold several changes (Canal-JSON writes the rows of one multi-row binlog
 * event as one message), so a decoder returns a list, in message order; an empty message (a Kafka
 * tombstone) gives an empty list. A message that is not well-formed JSON, lacks a required field,
 * or holds a value its column type cannot take is refused whole with a {@link FormatException}
 * naming the field and, where known, the offset — never a partial or guessed row.
 *
 * <p>Not thread-safe: a decoder caches table shapes; use one per thread. Never blocks.
 */
public interface ChangeDecoder {

  /** The format this decoder reads. */
  Format format();

  /**
   * The changes in {@code length} bytes of UTF-8 JSON starting at {@code offset}.
   *
   * @param key the message key, or null; Debezium-JSON takes the table's primary key from its
   *     field names (the value envelope does not carry it), Canal-JSON ignores it
   * @throws FormatException when the message cannot be read
   */
  List<Decoded> decode(byte[] key, byte[] message, int offset, int length);

  /** {@link #decode(byte[], byte[], int, int)} of a whole array without a key. */
  default List<Decoded> decode(byte[] message) {
    return decode(null, message, 0, message == null ? 0 : message.length);
  }

  /** {@link #decode(byte[], byte[], int, int)} of whole arrays. */
  default List<Decoded> decode(byte[] key, byte[] message) {
    return decode(key, message, 0, message == null ? 0 : message.length);
  }

  /** {@link #decode(byte[])} of a string; offsets in errors count bytes of its UTF-8 form. */
  default List<Decoded> decode(String message) {
    return decode(message.getBytes(StandardCharsets.UTF_8));
  }
}
