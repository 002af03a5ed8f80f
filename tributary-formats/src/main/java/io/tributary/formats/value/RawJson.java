package io.tributary.formats.value;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as read before their column types are known: null, {@link String}, {@link Boolean},
 * {@link Long} (integers that fit), {@link JsonNumber} (every other number, as its exact text, so
 * {@code -0.0} and 30-digit decimals survive), {@link List} (arrays) and {@link Map} (objects, in
 * field order).
 */
public final class RawJson {

  /** A JSON number that is not an integer fitting a long, kept as the text the message had. */
  public record JsonNumber(String text) {
    /** The exact value; loses only a negative zero's sign. */
    public BigDecimal decimal() {
      return new BigDecimal(text);
    }
  }

  private RawJson() {}

  /** Reads the value at the parser's current token, leaving the parser on its last token. */
  public static Object read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case VALUE_NULL -> null;
      case VALUE_STRING -> parser.getText();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT
          || parser.getNumberType() == JsonParser.NumberType.LONG
          ? (Object) parser.getLongValue() : new JsonNumber(parser.getText());
      case VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getText());
      case START_ARRAY -> readArray(parser);
      case START_OBJECT -> readObject(parser);
      default -> throw new IOException("unexpected " + Json.describe(token));
    };
  }

  private static List<Object> readArray(JsonParser parser) throws IOException {
    List<Object> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(read(parser));
    }
    return values;
  }

  private static Map<String, Object> readObject(JsonParser parser) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    String name;
    while ((name = parser.nextFieldName()) != null) {
      if (fields.containsKey(name)) {
        throw Json.duplicate(parser, name);
      }
      parser.nextToken();
      fields.put(name, read(parser));
    }
    return fields;
  }

  /**
   * The value as a decoder returns it untyped: numbers other than longs become {@link BigDecimal},
   * objects their JSON text, arrays lists of untyped values.
   */
  public static Object untyped(Object raw) {
    if (raw instanceof JsonNumber number) {
      return number.decimal();
    }
    if (raw instanceof Map<?, ?>) {
      return text(raw);
    }
    if (raw instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object element : list) {
        out.add(untyped(element));
      }
      return out;
    }
    return raw;
  }

  /** The JSON text of a raw value. */
  public static String text(Object raw) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
      write(generator, raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes a raw value back as JSON. */
  public static void write(JsonGenerator generator, Object raw) throws IOException {
    if (raw == null) {
      generator.writeNull();
    } else if (raw instanceof String text) {
      generator.writeString(text);
    } else if (raw instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (raw instanceof Long number) {
      generator.writeNumber(number);
    } else if (raw instanceof JsonNumber number) {
      generator.writeNumber(number.text());
    } else if (raw instanceof List<?> list) {
      generator.writeStartArray();
      for (Object element : list) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else if (raw instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> field : map.entrySet()) {
        generator.writeFieldName((String) field.getKey());
        write(generator, field.getValue());
      }
      generator.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a raw JSON value: " + raw.getClass().getName());
    }
  }

  /** A short, safe preview of a raw value for error messages. */
  public static String preview(Object raw) {
    String text = raw instanceof String s ? '"' + s + '"' : raw instanceof Map<?, ?> || raw instanceof List<?>
        ? text(raw) : String.valueOf(raw instanceof JsonNumber n ? n.text() : raw);
    return text.length() <= 48 ? text : text.substring(0, 45) + "...";
  }
}
