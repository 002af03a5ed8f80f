package io.tributary.formats.value;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The text of one message field that mostly repeats from message to message (a table name, an
 * operation type): the String read last time is returned again when the text is the same, so a
 * repeated value costs no allocation and keeps its cached hash. One per field and decoder; not
 * thread-safe.
 */
public final class RepeatedText {
  private String last;

  /** The text of the parser's current string token. */
  public String read(JsonParser parser) throws IOException {
    String previous = last;
    if (previous != null && Json.textEquals(parser, previous)) {
      return previous;
    }
    last = parser.getText();
    return last;
  }
}
