package io.tributary.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Test helpers: the project's own message vectors from src/test/resources, and fixed options. */
public final class Messages {
  /** Options with a clock fixed at 2024-03-01T00:00:00Z (1709251200000 ms). */
  public static final FormatOptions FIXED = FormatOptions.defaults()
      .withClock(Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC));

  private Messages() {}

  /** A resource's text. */
  public static String resource(String name) {
    try (InputStream in = Messages.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The non-empty lines of a resource. */
  public static List<String> lines(String name) {
    return Arrays.stream(resource(name).split("\n")).filter(line -> !line.isBlank()).toList();
  }

  /** UTF-8 text of bytes. */
  public static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
