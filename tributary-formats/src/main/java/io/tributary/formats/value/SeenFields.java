package io.tributary.formats.value;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a message that names one of its known fields twice (which value would count is
 * ambiguous). One per reader, {@link #start() started} again for every message; at most 64 known
 * fields. Not thread-safe.
 */
public final class SeenFields {
  private final Map<String, Integer> known = new HashMap<>();
  private long seen;

  public SeenFields(List<String> known) {
    if (known.size() > 64) {
      throw new IllegalArgumentException("at most 64 known fields");
    }
    for (int i = 0; i < known.size(); i++) {
      this.known.put(known.get(i), i);
    }
  }

  /** Forgets the fields of the previous message. */
  public void start() {
    seen = 0;
  }

  /**
   * Notes {@code field}; unknown fields are not tracked.
   *
   * @throws JsonParseException when the known field was seen before in this message
   */
  public void check(JsonParser parser, String field) throws JsonParseException {
    Integer index = known.get(field);
    if (index != null) {
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        throw Json.duplicate(parser, field);
      }
      seen |= bit;
    }
  }
}
