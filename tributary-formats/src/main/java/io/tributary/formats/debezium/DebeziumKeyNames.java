package io.tributary.formats.debezium;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.JsonScanner;
import io.tributary.formats.value.RawJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The field names of Debezium message keys — the table's primary-key columns — inside the key's
 * {@code {schema, payload}} envelope when it has one. A key is streamed, its values checked but not
 * kept (a schema with the bytes of one read before is skipped, see {@link
 * DebeziumEnvelopeSchemas}), and the previous key's list is returned when the names are the same
 * (consecutive keys of a table differ only in their values). A key the stream does not take as a
 * plain object is read whole, which reports any error exactly. One per decoder; not thread-safe.
 */
final class DebeziumKeyNames {
  private final Names top = new Names();
  private final Names payload = new Names();
  private final DebeziumEnvelopeSchemas schemas = new DebeziumEnvelopeSchemas();
  private final JsonScanner scanner = new JsonScanner();
  private List<String> last = List.of();
  /** Where the schema object of the key being read starts and ends, -1 when it has none. */
  private long schemaStart;
  private long schemaEnd;

  /**
   * The names, empty for a missing, empty or JSON null key.
   *
   * @throws io.tributary.formats.FormatException when the key is not JSON or not an object of key columns
   */
  List<String> of(byte[] key) {
    if (key == null || key.length == 0) {
      return List.of();
    }
    try {
      Names scanned = DebeziumEnvelopeSchemas.opensWithSchema(key, 0, key.length) ? null : scan(key);
      if (scanned != null) {
        return keep(scanned);
      }
      DebeziumEnvelopeSchemas.Known known = schemas.find(key, 0, key.length);
      if (known != null) {
        Names names = stream(schemas.splicedBytes(), schemas.splice(key, 0, key.length, known));
        if (names != null) {
          return keep(names);
        }
      }
      Names names = stream(key, key.length);
      if (names != null) {
        schemas.remember(key, 0, schemaStart, schemaEnd, null);
        return keep(names);
      }
    } catch (IOException | RuntimeException e) {
      // read whole below, which reports what is wrong with the key
    }
    return whole(key);
  }

  /**
   * The names of a plain key object of scalar values read by the scanner; null when it declines (an
   * envelope, nested values, anything unusual: the key is then streamed with Jackson).
   */
  private Names scan(byte[] key) {
    try {
      scanner.start(key, 0, key.length);
      scanner.expect('{');
      top.clear();
      for (boolean first = true; scanner.nextField(first); first = false) {
        String name = scanner.name(top.count < last.size() ? last.get(top.count) : null);
        if (name.equals("schema") || name.equals("payload") || top.contains(name)) {
          return null;
        }
        top.append(name);
        int next = scanner.peek();
        if (next == '{' || next == '[') {
          return null;
        }
        scanner.skipValue();
      }
      scanner.finish();
      return top;
    } catch (JsonScanner.Declined e) {
      return null;
    }
  }

  /**
   * The names of a key object: its payload's in an envelope, else its own; null when the key is not
   * an object, or has a payload that is neither an object nor null.
   */
  private Names stream(byte[] key, int length) throws IOException {
    try (JsonParser parser = Json.FACTORY.createParser(key, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      top.clear();
      payload.clear();
      schemaStart = -1;
      schemaEnd = -1;
      String name;
      while ((name = parser.nextFieldName()) != null) {
        top.add(parser, name);
        JsonToken token = parser.nextToken();
        if (name.equals("schema") && token == JsonToken.START_OBJECT) {
          schemaStart = Json.offset(parser);
          RawJson.read(parser);
          schemaEnd = Json.offset(parser) + 1;
        } else if (!name.equals("payload")) {
          checkValue(parser, token);
        } else if (token == JsonToken.START_OBJECT) {
          String inner;
          while ((inner = parser.nextFieldName()) != null) {
            payload.add(parser, inner);
            checkValue(parser, parser.nextToken());
          }
        } else if (token != JsonToken.VALUE_NULL) {
          return null;
        }
      }
      if (parser.nextToken() != null) {
        return null;
      }
      return top.contains("schema") && top.contains("payload") ? payload : top;
    }
  }

  /** Reads nested objects and arrays (refusing repeated names in them, as a whole read does); scalars need nothing. */
  private static void checkValue(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      RawJson.read(parser);
    }
  }

  /** The names as a list; the previous list when they are the same. */
  private List<String> keep(Names names) {
    if (!names.sameAs(last)) {
      last = List.of(Arrays.copyOf(names.items, names.count));
    }
    return last;
  }

  /** The names of one object, refused when one repeats. */
  private static final class Names {
    private String[] items = new String[4];
    private int count;

    void clear() {
      count = 0;
    }

    void add(JsonParser parser, String name) throws IOException {
      if (contains(name)) {
        throw Json.duplicate(parser, name);
      }
      append(name);
    }

    void append(String name) {
      if (count == items.length) {
        items = Arrays.copyOf(items, count * 2);
      }
      items[count++] = name;
    }

    boolean contains(String name) {
      for (int i = 0; i < count; i++) {
        if (items[i].equals(name)) {
          return true;
        }
      }
      return false;
    }

    boolean sameAs(List<String> list) {
      if (list.size() != count) {
        return false;
      }
      for (int i = 0; i < count; i++) {
        if (!list.get(i).equals(items[i])) {
          return false;
        }
      }
      return true;
    }
  }

  /** The names of a key read whole into raw JSON values. */
  private static List<String> whole(byte[] key) {
    Object value;
    try (JsonParser parser = Json.FACTORY.createParser(key)) {
      JsonToken token = parser.nextToken();
      value = token == null ? null : RawJson.read(parser);
      if (parser.nextToken() != null) {
        throw DebeziumMessageReader.error(parser, "key", "unexpected content after the key's value");
      }
    } catch (JsonProcessingException e) {
      throw DebeziumJsonDecoder.malformed("key", e);
    } catch (IOException e) {
      throw DebeziumJsonDecoder.unreadable("key", e);
    }
    if (value instanceof Map<?, ?> map && map.containsKey("payload") && map.containsKey("schema")) {
      value = map.get("payload");
    }
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof Map<?, ?> fields)) {
      throw DebeziumImages.error("key", -1, "expected the key to be a JSON object of key columns, got "
          + RawJson.preview(value));
    }
    List<String> names = new ArrayList<>(fields.size());
    for (Object name : fields.keySet()) {
      names.add((String) name);
    }
    return names;
  }
}
