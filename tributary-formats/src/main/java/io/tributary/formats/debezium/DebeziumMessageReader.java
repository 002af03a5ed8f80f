package io.tributary.formats.debezium;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tributary.formats.FormatException;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.RawJson;
import io.tributary.formats.value.RawRow;
import io.tributary.formats.value.SeenFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Debezium message with Jackson's streaming parser into a {@link DebeziumMessage}: with or
 * without the {@code {schema, payload}} envelope (recognised by its {@code schema} or {@code
 * payload} field), checking each known field's JSON kind; unknown fields are skipped.
 */
final class DebeziumMessageReader {
  static final String FORMAT = "debezium-json";
  private static final List<String> KNOWN_FIELDS = List.of("schema", "payload", "before", "after", "source", "op",
      "ts_ms", "transaction", "ddl", "databaseName", "schemaName", "tableChanges");

  private DebeziumMessageReader() {}

  static DebeziumMessage read(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw error(parser, null, "expected a JSON object, got " + Json.describe(parser.currentToken()));
    }
    DebeziumMessage message = new DebeziumMessage();
    SeenFields seen = new SeenFields(KNOWN_FIELDS);
    String field;
    while ((field = parser.nextFieldName()) != null) {
      seen.check(parser, field);
      JsonToken token = parser.nextToken();
      switch (field) {
        case "schema" -> {
          message.envelope = true;
          message.schema = token == JsonToken.VALUE_NULL ? null : (Map<?, ?>) object(parser, field);
        }
        case "payload" -> {
          message.envelope = true;
          if (token == JsonToken.VALUE_NULL) {
            message.nullPayload = true;
          } else {
            expect(parser, JsonToken.START_OBJECT, field, "an object or null");
            String inner;
            while ((inner = parser.nextFieldName()) != null) {
              seen.check(parser, inner);
              parser.nextToken();
              payloadField(parser, inner, "payload." + inner, message);
            }
          }
        }
        default -> payloadField(parser, field, field, message);
      }
    }
    if (parser.nextToken() != null) {
      throw error(parser, null, "unexpected content after the message's object");
    }
    return message;
  }

  private static void payloadField(JsonParser parser, String field, String path, DebeziumMessage message)
      throws IOException {
    switch (field) {
      case "before" -> message.before = row(parser, path);
      case "after" -> message.after = row(parser, path);
      case "source" -> message.source = (Map<?, ?>) object(parser, path);
      case "op" -> {
        message.opOffset = Json.offset(parser);
        message.op = string(parser, path);
      }
      case "ts_ms" -> message.tsMs = number(parser, path);
      case "transaction" -> message.transaction = (Map<?, ?>) object(parser, path);
      case "ddl" -> message.ddl = string(parser, path);
      case "databaseName" -> message.databaseName = string(parser, path);
      case "schemaName" -> message.schemaName = string(parser, path);
      case "tableChanges" -> message.tableChanges = array(parser, path);
      default -> parser.skipChildren();
    }
  }

  private static RawRow row(JsonParser parser, String path) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.START_OBJECT, path, "a row object or null");
    return RawRow.read(parser);
  }

  private static Object object(JsonParser parser, String path) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.START_OBJECT, path, "an object or null");
    return RawJson.read(parser);
  }

  private static List<?> array(JsonParser parser, String path) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return new ArrayList<>();
    }
    expect(parser, JsonToken.START_ARRAY, path, "an array or null");
    return (List<?>) RawJson.read(parser);
  }

  private static String string(JsonParser parser, String path) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(parser, JsonToken.VALUE_STRING, path, "a string or null");
    return parser.getText();
  }

  private static long number(JsonParser parser, String path) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return -1;
    }
    expect(parser, JsonToken.VALUE_NUMBER_INT, path, "an integer");
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw error(parser, path, "the integer " + parser.getText() + " is out of range");
    }
    return parser.getLongValue();
  }

  private static void expect(JsonParser parser, JsonToken token, String path, String what) throws IOException {
    if (parser.currentToken() != token) {
      throw error(parser, path, "expected " + what + ", got " + Json.describe(parser.currentToken()));
    }
  }

  static FormatException error(JsonParser parser, String field, String problem) {
    long offset = Json.offset(parser);
    return new FormatException(FormatException.describe(FORMAT, field, offset, problem), field, offset, null);
  }
}
