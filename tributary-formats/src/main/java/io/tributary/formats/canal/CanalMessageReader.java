package io.tributary.formats.canal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tributary.formats.FormatException;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.RawRow;
import io.tributary.formats.value.SeenFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Canal flat message with Jackson's streaming parser into a {@link CanalMessage}, checking
 * each known field's JSON kind; unknown fields are skipped (newer Canal versions add some).
 */
final class CanalMessageReader {
  static final String FORMAT = "canal-json";
  private static final List<String> KNOWN_FIELDS = List.of("data", "old", "database", "table", "type", "isDdl", "sql",
      "gtid", "es", "ts", "id", "pkNames", "mysqlType");

  private CanalMessageReader() {}

  static CanalMessage read(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw error(parser, null, "expected a JSON object, got " + Json.describe(parser.currentToken()));
    }
    CanalMessage message = new CanalMessage();
    String field;
    SeenFields seen = new SeenFields(KNOWN_FIELDS);
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

  private static void readField(JsonParser parser, String field, CanalMessage message) throws IOException {
    switch (field) {
      case "data" -> message.data = rows(parser, field);
      case "old" -> message.old = rows(parser, field);
      case "database" -> message.database = string(parser, field);
      case "table" -> message.table = string(parser, field);
      case "type" -> {
        message.typeOffset = Json.offset(parser);
        message.type = string(parser, field);
      }
      case "isDdl" -> message.isDdl = bool(parser, field);
      case "sql" -> message.sql = string(parser, field);
      case "gtid" -> message.gtid = string(parser, field);
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
      expect(parser, JsonToken.START_OBJECT, field + "[" + rows.size() + "]", "a row object");
      rows.add(RawRow.read(parser));
    }
    return rows;
  }

  private static String string(JsonParser parser, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.VALUE_STRING, field, "a string or null");
    return parser.getText();
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

  private static List<String> strings(JsonParser parser, String field) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.START_ARRAY, field, "an array of strings or null");
    List<String> values = new ArrayList<>(2);
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      expect(parser, JsonToken.VALUE_STRING, field + "[" + values.size() + "]", "a string");
      values.add(parser.getText());
    }
    return values;
  }

  private static Map<String, String> types(JsonParser parser, String field) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.START_OBJECT, field, "an object of column types or null");
    Map<String, String> types = new LinkedHashMap<>();
    String column;
    while ((column = parser.nextFieldName()) != null) {
      if (types.containsKey(column)) {
        throw Json.duplicate(parser, column);
      }
      parser.nextToken();
      expect(parser, JsonToken.VALUE_STRING, field + "." + column, "a MySQL type text");
      types.put(column, parser.getText());
    }
    return types;
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
