package io.tributary.formats.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;

/**
 * The module's one Jackson factory (thread-safe, shared): strict JSON, strings and numbers as long
 * as a database value can be, no separator between root values.
 *
 * <p>Duplicate keys are refused (a row with two values for one column is ambiguous), but by the
 * readers themselves ({@link #duplicate}) rather than Jackson's {@code STRICT_DUPLICATE_DETECTION},
 * which builds a hash set for every object of every message.
 */
public final class Json {
  /** Reads and writes every message of this module. */
  public static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE)
          .maxNumberLength(1_000_000)
          .build())
      .rootValueSeparator((String) null)
      .build();

  /** Writes one JSON value. */
  public interface Writing {
    void write(JsonBytes out);
  }

  /** The text of the one JSON value {@code writing} writes (for constant parts built once per table shape). */
  public static String text(Writing writing) {
    JsonBytes out = new JsonBytes();
    writing.write(out);
    return out.text();
  }

  /** The byte offset of the parser's current token, or -1. */
  public static long offset(JsonParser parser) {
    JsonLocation location = parser.currentTokenLocation();
    return location == null ? -1 : location.getByteOffset();
  }

  /**
   * Whether the text of the parser's current token (a string or a field name) is {@code text},
   * compared in the parser's buffer without building a String.
   */
  public static boolean textEquals(JsonParser parser, String text) throws IOException {
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    if (length != text.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The error for a key seen twice in one object, located at the parser's current token. */
  public static JsonParseException duplicate(JsonParser parser, String name) {
    return new JsonParseException(parser, "Duplicate field '" + name + "'");
  }

  /** A short name for a token in error messages: "a string", "an object", ... */
  public static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the message";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  private Json() {}
}
