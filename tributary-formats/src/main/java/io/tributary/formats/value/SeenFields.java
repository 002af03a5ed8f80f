package io.tributary.formats.value;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.util.List;

/**
 * Refuses a message that names one of its known fields twice (which value would count is
 * ambiguous). One per message; at most 64 known fields.
 */
public final class SeenFields {
  private final List<String> known;
  private long seen;

  public SeenFields(List<String> known) {
    if (known.size() > 64) {
      throw new IllegalArgumentException("at most 64 known fields");
    }
    this.known = known;
  }

  /**
   * Notes {@code field}; unknown fields are not tracked.
   *
   * @throws JsonParseException when the known field was seen before in this message
   */
  public void check(JsonParser parser, String field) throws JsonParseException {
    int index = known.indexOf(field);
    if (index >= 0) {
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        throw Json.duplicate(parser, field);
      }
      seen |= bit;
    }
  }
}
