package io.tributary.formats.debezium;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The envelope schemas a decoder has read, by their exact bytes: every message (and key) of a table
 * repeats its schema, often four times the size of the change itself, so a message that opens with
 * a schema read before is parsed with that schema object replaced by {@code {}} and given the schema
 * as read then. Only messages whose first bytes are the {@code "schema"} field, without white
 * space — as Kafka Connect's JsonConverter and Tributary write them — are recognised; the {@value
 * #KEPT} most recently used schemas of at most {@value #MAX_BYTES} bytes are kept. One per decoder
 * for values, one for keys; not thread-safe.
 */
final class DebeziumEnvelopeSchemas {
  private static final byte[] OPENING = {'{', '"', 's', 'c', 'h', 'e', 'm', 'a', '"', ':'};
  private static final int KEPT = 16;
  private static final int MAX_BYTES = 1 << 20;

  /** A schema object's bytes and what reading them gave (null for a key's schema, which is only checked). */
  @SuppressWarnings("ArrayRecordComponent") // the bytes are compared with Arrays.equals, never the records
  record Known(byte[] bytes, Map<?, ?> schema) {}

  private final List<Known> known = new ArrayList<>(KEPT + 1);
  private byte[] spliced = new byte[1024];

  /** Whether the message opens with the envelope's {@code "schema"} field, without white space. */
  static boolean opensWithSchema(byte[] message, int offset, int length) {
    return length > OPENING.length && Arrays.equals(message, offset, offset + OPENING.length, OPENING, 0,
        OPENING.length);
  }

  /** The known schema the message opens with, or null. */
  Known find(byte[] message, int offset, int length) {
    int start = offset + OPENING.length;
    if (length <= OPENING.length || !Arrays.equals(message, offset, start, OPENING, 0, OPENING.length)) {
      return null;
    }
    for (int i = 0; i < known.size(); i++) {
      Known candidate = known.get(i);
      int end = start + candidate.bytes.length;
      if (end <= offset + length && Arrays.equals(message, start, end, candidate.bytes, 0, candidate.bytes.length)) {
        if (i > 0) {
          known.remove(i);
          known.add(0, candidate);
        }
        return candidate;
      }
    }
    return null;
  }

  /**
   * The message with its opening schema object, {@code schema}'s bytes, replaced by {@code {}}, in
   * {@link #splicedBytes()}; returns its length. The buffer is reused by the next call.
   */
  int splice(byte[] message, int offset, int length, Known schema) {
    int rest = length - OPENING.length - schema.bytes.length;
    int total = OPENING.length + 2 + rest;
    if (spliced.length < total) {
      spliced = new byte[Math.max(total, spliced.length * 2)];
    }
    System.arraycopy(OPENING, 0, spliced, 0, OPENING.length);
    spliced[OPENING.length] = '{';
    spliced[OPENING.length + 1] = '}';
    System.arraycopy(message, offset + OPENING.length + schema.bytes.length, spliced, OPENING.length + 2, rest);
    return total;
  }

  /** The buffer {@link #splice} writes into. */
  byte[] splicedBytes() {
    return spliced;
  }

  /**
   * Keeps the schema of a message (or key) read whole without error, when it opened the message.
   *
   * @param start where the schema object starts, relative to {@code offset}; -1 when there was none
   * @param end where it ends (exclusive)
   * @param schema what reading it gave (null for a key's schema, which is only checked)
   */
  void remember(byte[] message, int offset, long start, long end, Map<?, ?> schema) {
    if (start != OPENING.length || end - start > MAX_BYTES) {
      return;
    }
    known.add(0, new Known(Arrays.copyOfRange(message, offset + (int) start, offset + (int) end), schema));
    if (known.size() > KEPT) {
      known.remove(KEPT);
    }
  }
}
