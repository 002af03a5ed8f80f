package io.tributary.connector.postgres.value;

/**
 * Turns one column value, as PostgreSQL sent it, into the Java value of its logical type. Throws
 * {@link IllegalArgumentException} saying what is wrong with the value; the caller adds table,
 * column and position.
 */
public interface ValueDecoder {

  /** Decodes the text form (the type's output function, in the session settings the endpoint fixes). */
  Object fromText(String text);

  /**
   * Decodes the binary form (the type's send function) held in {@code bytes[offset, offset+length)}.
   *
   * @throws UnsupportedOperationException when this type has no binary decoder
   */
  Object fromBinary(byte[] bytes, int offset, int length);

  /** Whether {@link #fromBinary} is implemented. */
  boolean hasBinary();
}
