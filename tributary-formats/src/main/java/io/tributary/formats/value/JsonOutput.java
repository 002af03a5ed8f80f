package io.tributary.formats.value;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;

/**
 * A reusable output buffer with its generator: one per encoder, so encoding a message allocates
 * little more than the returned array. Not thread-safe.
 */
public final class JsonOutput {
  private final ByteArrayBuilder buffer = new ByteArrayBuilder(1024);
  private JsonGenerator generator;

  /** A generator writing into this output's buffer, ready for one root value. */
  public JsonGenerator start() throws IOException {
    if (generator == null) {
      generator = Json.FACTORY.createGenerator(buffer);
    }
    return generator;
  }

  /** The bytes written since {@link #start()}; the buffer is then empty again. */
  public byte[] finish() throws IOException {
    generator.flush();
    byte[] bytes = buffer.toByteArray();
    buffer.reset();
    return bytes;
  }

  /** Drops a half-written value (after an error): the next {@link #start()} begins afresh. */
  public void discard() {
    generator = null;
    buffer.reset();
  }
}
