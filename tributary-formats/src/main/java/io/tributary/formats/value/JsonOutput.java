package io.tributary.formats.value;

/**
 * A reusable output for the encoders: one per encoder, so encoding a message allocates little more
 * than the returned array. Not thread-safe.
 */
public final class JsonOutput {
  private final JsonBytes out = new JsonBytes();

  /** The writer, empty and ready for one root value. */
  public JsonBytes start() {
    return out;
  }

  /** The bytes written since {@link #start()}; the writer is then empty again. */
  public byte[] finish() {
    byte[] bytes = out.toByteArray();
    out.reset();
    return bytes;
  }

  /** Drops a half-written value (after an error): the next {@link #start()} begins afresh. */
  public void discard() {
    out.reset();
  }
}
