package io.tributary.formats.value;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values of a few named fields of a JSON object (Debezium's {@code source} and {@code
 * transaction} blocks) without building the whole object: the selected fields' values as {@link
 * RawJson} values — the strings of fields that mostly repeat from message to message (a table's
 * name) through a {@link RepeatedText} each — the other fields checked but dropped: objects and
 * arrays read, scalars skipped undecoded. Names are refused when they repeat, at any depth, as
 * {@link RawJson#read} refuses them. One per reader; not thread-safe.
 */
public final class SelectedFields {
  private final Map<String, Integer> index = new HashMap<>();
  private final RepeatedText[] texts;
  private String[] others = new String[8];

  /**
   * A reader of the fields {@code names} (at most 64).
   *
   * @param repeating those of {@code names} whose text mostly repeats
   */
  public SelectedFields(List<String> names, List<String> repeating) {
    if (names.size() > 64) {
      throw new IllegalArgumentException("at most 64 selected fields");
    }
    texts = new RepeatedText[names.size()];
    for (int i = 0; i < texts.length; i++) {
      index.put(names.get(i), i);
      texts[i] = repeating.contains(names.get(i)) ? new RepeatedText() : null;
    }
  }

  /**
   * The values of the object at the parser's current {@code START_OBJECT} token, in the order of
   * the names given to the constructor, null for fields absent or null; the parser is left on the
   * object's {@code END_OBJECT}.
   *
   * @throws JsonParseException when a name repeats within an object
   */
  public Object[] read(JsonParser parser) throws IOException {
    Object[] values = new Object[texts.length];
    long seen = 0;
    int otherCount = 0;
    String name;
    while ((name = parser.nextFieldName()) != null) {
      Integer selected = index.get(name);
      if (selected != null) {
        long bit = 1L << selected;
        if ((seen & bit) != 0) {
          throw Json.duplicate(parser, name);
        }
        seen |= bit;
        JsonToken token = parser.nextToken();
        values[selected] = token == JsonToken.VALUE_STRING && texts[selected] != null ? texts[selected].read(parser)
            : RawJson.read(parser);
      } else {
        for (int i = 0; i < otherCount; i++) {
          if (others[i].equals(name)) {
            throw Json.duplicate(parser, name);
          }
        }
        if (otherCount == others.length) {
          others = Arrays.copyOf(others, otherCount * 2);
        }
        others[otherCount++] = name;
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          RawJson.read(parser);
        }
      }
    }
    return values;
  }
}
