package io.tributary.formats.canal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tributary.formats.FormatException;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.RawRow;
import io.tributary.formats.value.RepeatedText;
import io.tributary.formats.value.SeenFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Canal flat message with Jackson's streaming parser into a {@link CanalMessage}, checking
 * each known field's JSON kind; unknown fields are skipped (newer Canal versions add some).
 *
 * <p>One per decoder: what messages of a stream repeat — names, types, keys of their table — is
 * returned as the very instances read from the previous message when the text is the same, which
 * spares allocations and lets {@link CanalChanges} recognise a known shape by identity. Not
 * thread-safe.
 */
final class CanalMessageReader {
  static final String FORMAT = "canal-json";
  private static final List<String> KNOWN_FIELDS = List.of("data", "old", "database", "table", "type", "isDdl", "sql",
      "gtid", "es", "ts", "id", "pkNames", "mysqlType");

  private final SeenFields seen = new SeenFields(KNOWN_FIELDS);
  private final RepeatedText database = new RepeatedText();
  private final RepeatedText table = new RepeatedText();
  private final RepeatedText type = new RepeatedText();
  private final RepeatedText sql = new RepeatedText();
  private List<String> lastPkNames = List.of();
  private Map<String, String> lastMysqlType = Map.of();

  CanalMessage read(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw error(parser, null, "expected a JSON object, got " + Json.describe(parser.currentToken()));
    }
    CanalMessage message = new CanalMessage();
    String field;
    seen.start();
    while ((field = parser.nextFieldName()) != null) {
      seen.check(parser, field);
      parser.nextToken();
      readField(parser, field, message);
    }
    if (parser.nextToken() != null) {
      throw error(parser, null, "unexpected content after the message's object");
    }
    return message;
  }

  private void readField(JsonParser parser, String field, CanalMessage message) throws IOException {
    switch (field) {
      case "data" -> message.data = rows(parser, field);
      case "old" -> message.old = rows(parser, field);
      case "database" -> message.database = string(parser, field, database);
      case "table" -> message.table = string(parser, field, table);
      case "type" -> {
        message.typeOffset = Json.offset(parser);
        message.type = string(parser, field, type);
      }
      case "isDdl" -> message.isDdl = bool(parser, field);
      case "sql" -> message.sql = string(parser, field, sql);
      case "gtid" -> message.gtid = string(parser, field, null);
      case "es" -> message.es = number(parser, field);
      case "ts" -> message.ts = number(parser, field);
      case "id" -> message.id = number(parser, field);
      case "pkNames" -> message.pkNames = strings(parser, field);
      case "mysqlType" -> message.mysqlType = types(parser, field);
      default -> parser.skipChildren();
    }
  }

  private static List<RawRow> rows(JsonParser parser, String field) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.START_ARRAY, field, "an array of row objects or null");
    List<RawRow> rows = new ArrayList<>(2);
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        expect(parser, JsonToken.START_OBJECT, field + "[" + rows.size() + "]", "a row object");
      }
      rows.add(RawRow.read(parser));
    }
    return rows;
  }

  private static String string(JsonParser parser, String field, RepeatedText text) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.VALUE_STRING, field, "a string or null");
    return text == null ? parser.getText() : text.read(parser);
  }

  private static Boolean bool(JsonParser parser, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw error(parser, field, "expected true or false, got " + Json.describe(token));
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private static long number(JsonParser parser, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return -1;
    }
    expect(parser, JsonToken.VALUE_NUMBER_INT, field, "an integer");
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw error(parser, field, "the integer " + parser.getText() + " is out of range");
    }
    return parser.getLongValue();
  }

  /** The key's column names; the previous message's list when they are the same. */
  private List<String> strings(JsonParser parser, String field) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.START_ARRAY, field, "an array of strings or null");
    List<String> last = lastPkNames;
    List<String> names = null; // null as long as the array repeats the last one
    int same = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        expect(parser, JsonToken.VALUE_STRING, field + "[" + (names == null ? same : names.size()) + "]", "a string");
      }
      if (names == null && same < last.size() && Json.textEquals(parser, last.get(same))) {
        same++;
        continue;
      }
      names = names == null ? new ArrayList<>(last.subList(0, same)) : names;
      names.add(parser.getText());
    }
    if (names == null) {
      names = same == last.size() ? last : new ArrayList<>(last.subList(0, same));
    }
    lastPkNames = names;
    return names;
  }

  /**
   * Column name → MySQL type text, in message order; the previous message's map when the object
   * holds the same names and types in the same order.
   */
  private Map<String, String> types(JsonParser parser, String field) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.START_OBJECT, field, "an object of column types or null");
    Map<String, String> last = lastMysqlType;
    Iterator<Map.Entry<String, String>> previous = last.entrySet().iterator();
    Map<String, String> types = null; // null as long as the object repeats the last one
    int same = 0;
    String column;
    while ((column = parser.nextFieldName()) != null) {
      if (types == null && repeats(parser, column, previous)) {
        same++;
        continue;
      }
      types = types == null ? prefix(last, same) : types;
      if (types.containsKey(column)) {
        throw Json.duplicate(parser, column);
      }
      if (parser.currentToken() == JsonToken.FIELD_NAME) {
        parser.nextToken();
      }
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        expect(parser, JsonToken.VALUE_STRING, field + "." + column, "a MySQL type text");
      }
      types.put(column, parser.getText());
    }
    if (types == null) {
      types = same == last.size() ? last : prefix(last, same);
    }
    lastMysqlType = types;
    return types;
  }

  /**
   * Whether {@code column} and its type text are the last message's next entry; the parser is
   * left on the column's value when the names match, else on its name.
   */
  private static boolean repeats(JsonParser parser, String column, Iterator<Map.Entry<String, String>> previous)
      throws IOException {
    if (!previous.hasNext()) {
      return false;
    }
    Map.Entry<String, String> entry = previous.next();
    return entry.getKey().equals(column) && parser.nextToken() == JsonToken.VALUE_STRING
        && Json.textEquals(parser, entry.getValue());
  }

  /** A new map of the first {@code count} entries of {@code map}. */
  private static Map<String, String> prefix(Map<String, String> map, int count) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : map.entrySet()) {
      if (out.size() == count) {
        break;
      }
      out.put(entry.getKey(), entry.getValue());
    }
    return out;
  }

  private static void expect(JsonParser parser, JsonToken token, String field, String what) throws IOException {
    if (parser.currentToken() != token) {
      throw error(parser, field, "expected " + what + ", got " + Json.describe(parser.currentToken()));
    }
  }

  static FormatException error(JsonParser parser, String field, String problem) {
    long offset = Json.offset(parser);
    return new FormatException(FormatException.describe(FORMAT, field, offset, problem), field, offset, null);
  }
}
