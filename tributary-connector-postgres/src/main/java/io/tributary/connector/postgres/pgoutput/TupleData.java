package io.tributary.connector.postgres.pgoutput;

/**
 * The column values of one row in a pgoutput message, not yet converted: per column its kind
 * ({@link #NULL}, {@link #UNCHANGED_TOAST}, {@link #TEXT} or {@link #BINARY}) and where its bytes
 * are in the message. Shares the message's byte array, which must not change while this is used.
 */
public final class TupleData {
  /** The value is NULL. */
  public static final byte NULL = 'n';
  /** The value is a TOASTed value the change did not touch; pgoutput does not send it. */
  public static final byte UNCHANGED_TOAST = 'u';
  /** The value in its type's text form. */
  public static final byte TEXT = 't';
  /** The value in its type's binary (send) form. */
  public static final byte BINARY = 'b';

  private final byte[] message;
  private final byte[] kinds;
  private final int[] offsets;
  private final int[] lengths;

  TupleData(byte[] message, byte[] kinds, int[] offsets, int[] lengths) {
    this.message = message;
    this.kinds = kinds;
    this.offsets = offsets;
    this.lengths = lengths;
  }

  public int size() {
    return kinds.length;
  }

  /** The kind of column {@code i}. */
  public byte kind(int i) {
    return kinds[i];
  }

  /** The message bytes the values are in. */
  public byte[] bytes() {
    return message;
  }

  public int offset(int i) {
    return offsets[i];
  }

  public int length(int i) {
    return lengths[i];
  }

  /** Column {@code i}'s bytes as UTF-8 text (for {@link #TEXT} values). */
  public String text(int i) {
    return new String(message, offsets[i], lengths[i], java.nio.charset.StandardCharsets.UTF_8);
  }
}
