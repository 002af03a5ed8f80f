package io.tributary.formats.debezium;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tributary.formats.FormatException;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.RawJson;
import io.tributary.formats.value.RawRow;
import io.tributary.formats.value.RepeatedText;
import io.tributary.formats.value.SeenFields;
import io.tributary.formats.value.SelectedFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Debezium message with Jackson's streaming parser into a {@link DebeziumMessage}: with or
 * without the {@code {schema, payload}} envelope (recognised by its {@code schema} or {@code
 * payload} field), checking each known field's JSON kind; unknown fields are skipped. One per
 * decoder (it reuses the texts that repeat from message to message); not thread-safe.
 */
final class DebeziumMessageReader {
  static final String FORMAT = "debezium-json";
  private static final List<String> KNOWN_FIELDS = List.of("schema", "payload", "before", "after", "source", "op",
      "ts_ms", "transaction", "ddl", "databaseName", "schemaName", "tableChanges");
  private static final int TRANSACTION_ID = 0;

  private final SeenFields seen = new SeenFields(KNOWN_FIELDS);
  private final SelectedFields source = new SelectedFields(DebeziumMetadata.SOURCE_FIELDS,
      List.of("snapshot", "table", "schema", "db"));
  private final SelectedFields transaction = new SelectedFields(List.of("id"), List.of());
  private final RepeatedText op = new RepeatedText();

  /**
   * The message at the parser.
   *
   * @param knownSchema the envelope schema to take for the message's {@code schema} object (which
   *     must then be an object, its content is skipped), or null to read it
   */
  DebeziumMessage read(JsonParser parser, Map<?, ?> knownSchema) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw error(parser, null, "expected a JSON object, got " + Json.describe(parser.currentToken()));
    }
    DebeziumMessage message = new DebeziumMessage();
    seen.start();
    String field;
    while ((field = parser.nextFieldName()) != null) {
      seen.check(parser, field);
      JsonToken token = parser.nextToken();
      switch (field) {
        case "schema" -> {
          message.envelope = true;
          schema(parser, token, knownSchema, message);
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
              payloadField(parser, inner, true, message);
            }
          }
        }
        default -> payloadField(parser, field, false, message);
      }
    }
    if (parser.nextToken() != null) {
      throw error(parser, null, "unexpected content after the message's object");
    }
    return message;
  }

  private static void schema(JsonParser parser, JsonToken token, Map<?, ?> knownSchema, DebeziumMessage message)
      throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (knownSchema != null && token == JsonToken.START_OBJECT) {
      parser.skipChildren();
      message.schema = knownSchema;
      return;
    }
    long start = Json.offset(parser);
    message.schema = (Map<?, ?>) object(parser, "schema");
    message.schemaStart = start;
    message.schemaEnd = Json.offset(parser) + 1;
  }

  private void payloadField(JsonParser parser, String field, boolean inPayload, DebeziumMessage message)
      throws IOException {
    switch (field) {
      case "before" -> message.before = row(parser, field, inPayload);
      case "after" -> message.after = row(parser, field, inPayload);
      case "source" -> message.source = block(parser, field, inPayload) ? source.read(parser) : null;
      case "op" -> {
        message.opOffset = Json.offset(parser);
        message.op = string(parser, field, inPayload, op);
      }
      case "ts_ms" -> message.tsMs = number(parser, field, inPayload);
      case "transaction" -> message.transactionId = block(parser, field, inPayload)
          ? transaction.read(parser)[TRANSACTION_ID] : null;
      case "ddl" -> message.ddl = string(parser, field, inPayload, null);
      case "databaseName" -> message.databaseName = string(parser, field, inPayload, null);
      case "schemaName" -> message.schemaName = string(parser, field, inPayload, null);
      case "tableChanges" -> message.tableChanges = array(parser, path(field, inPayload));
      default -> parser.skipChildren();
    }
  }

  /** The field's path in error messages: {@code payload.after} or {@code after}. */
  private static String path(String field, boolean inPayload) {
    return inPayload ? "payload." + field : field;
  }

  /** Whether the current token opens an object: false for null, an error for anything else. */
  private static boolean block(JsonParser parser, String field, boolean inPayload) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return false;
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      expect(parser, JsonToken.START_OBJECT, path(field, inPayload), "an object or null");
    }
    return true;
  }

  private static RawRow row(JsonParser parser, String field, boolean inPayload) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      expect(parser, JsonToken.START_OBJECT, path(field, inPayload), "a row object or null");
    }
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

  private static String string(JsonParser parser, String field, boolean inPayload, RepeatedText repeated)
      throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      expect(parser, JsonToken.VALUE_STRING, path(field, inPayload), "a string or null");
    }
    return repeated == null ? parser.getText() : repeated.read(parser);
  }

  private static long number(JsonParser parser, String field, boolean inPayload) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return -1;
    }
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      expect(parser, JsonToken.VALUE_NUMBER_INT, path(field, inPayload), "an integer");
    }
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw error(parser, path(field, inPayload), "the integer " + parser.getText() + " is out of range");
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
