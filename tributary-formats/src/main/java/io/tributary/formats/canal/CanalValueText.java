package io.tributary.formats.canal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.formats.DecimalHandling;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.JsonOutput;
import io.tributary.formats.value.JsonValueWriter;
import io.tributary.formats.value.RawJson;
import io.tributary.formats.value.TemporalText;
import io.tributary.formats.value.ValueCodec;
import io.tributary.formats.value.ValueTexts;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The text of every value in a Canal message, both ways: what MySQL would print. BOOLEAN as
 * {@code 1}/{@code 0}; integers and decimals plain; floats as Java prints them (shortest exact
 * text, {@code NaN}, {@code Infinity}); dates {@code yyyy-MM-dd}; times and datetimes with the
 * column's fraction digits, date and time joined by a space; TIMESTAMP_TZ the same in the
 * configured zone (UTC by default); BYTES as ISO-8859-1 text, one character per byte, as Canal
 * does; BITS as the decimal number they hold; UUID, JSON, ENUM and SET as their text; ARRAY as JSON
 * text (elements as Tributary's Debezium-JSON writes them); a {@link SpecialValue} as its text.
 *
 * <p>Reading also takes MySQL's zero dates ({@code 0000-00-00}, {@code 0000-00-00 00:00:00}) as
 * NULL, as JDBC's {@code zeroDateTimeBehavior=convertToNull} and Debezium do, and, for Flink CDC's
 * dialect with known column types, JSON numbers and booleans.
 */
public final class CanalValueText {
  private final ZoneId zone;
  private final JsonValueWriter arrayValues = new JsonValueWriter(DecimalHandling.STRING);
  private final JsonOutput arrayOutput = new JsonOutput();

  public CanalValueText(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The text of a non-null value.
   *
   * @throws IllegalArgumentException when the value's class does not fit the type
   * @throws ClassCastException likewise
   */
  public String text(DataType type, Object value) {
    if (value instanceof SpecialValue special) {
      if (!special.fits(type.kind())) {
        throw new IllegalArgumentException("holds " + special.name() + ", which a " + type + " column cannot hold");
      }
      return special.toString();
    }
    return switch (type.kind()) {
      case BOOLEAN -> (Boolean) value ? "1" : "0";
      case INT8 -> Byte.toString((Byte) value);
      case INT16 -> Short.toString((Short) value);
      case INT32 -> Integer.toString((Integer) value);
      case INT64 -> Long.toString((Long) value);
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      case FLOAT32 -> Float.toString((Float) value);
      case FLOAT64 -> Double.toString((Double) value);
      case STRING, JSON, ENUM, SET -> (String) value;
      case UUID -> ((UUID) value).toString();
      case BYTES -> new String((byte[]) value, StandardCharsets.ISO_8859_1);
      case BITS -> bitsText(type, (byte[]) value);
      case DATE -> TemporalText.date((LocalDate) value);
      case TIME -> TemporalText.time((LocalTime) value, type.precision());
      case TIMESTAMP -> TemporalText.dateTime((LocalDateTime) value, type.precision(), ' ');
      case TIMESTAMP_TZ -> TemporalText.dateTime(LocalDateTime.ofInstant((Instant) value, zone), type.precision(), ' ');
      case ARRAY -> arrayText(type, (List<?>) value);
    };
  }

  private static String bitsText(DataType type, byte[] bits) {
    BigInteger number = ValueTexts.numberOf(bits);
    if (number.bitLength() > type.precision()) {
      throw new IllegalArgumentException("holds " + bits.length + " bytes with more bits set than " + type + " has");
    }
    return number.toString();
  }

  private String arrayText(DataType type, List<?> values) {
    try {
      arrayValues.write(arrayOutput.start(), type, values);
      return new String(arrayOutput.finish(), StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      arrayOutput.discard();
      throw e;
    }
  }

  /**
   * The typed value of a raw message value (a string in Canal's own messages).
   *
   * @throws IllegalArgumentException (or {@link java.time.DateTimeException}) when it does not fit
   */
  public Object parse(ValueCodec codec, Object raw) {
    if (!(raw instanceof String text)) {
      return codec.read(raw, DecimalHandling.STRING);
    }
    DataType type = codec.type();
    return switch (type.kind()) {
      case BYTES -> latin1(text);
      case BITS -> ValueTexts.bitsOf(new BigInteger(text), type);
      case DATE -> text.equals("0000-00-00") ? null : codec.read(text, DecimalHandling.STRING);
      case TIMESTAMP -> isZeroDateTime(text) ? null : codec.read(text, DecimalHandling.STRING);
      case TIMESTAMP_TZ -> isZeroDateTime(text) ? null : instant(text);
      case ARRAY -> codec.read(rawJson(text), DecimalHandling.STRING);
      default -> codec.read(text, DecimalHandling.STRING);
    };
  }

  private Object instant(String text) {
    SpecialValue special = ValueTexts.special(text, DataType.Kind.TIMESTAMP_TZ);
    return special != null ? special : TemporalText.parseInstant(text, zone);
  }

  private static boolean isZeroDateTime(String text) {
    return text.startsWith("0000-00-00 00:00:00") && text.substring(19).replace(".", "").replace("0", "").isEmpty();
  }

  private static byte[] latin1(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        throw new IllegalArgumentException("character U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
            + " at " + i + " is not a byte; Canal writes BYTES as ISO-8859-1 text, one character per byte");
      }
      bytes[i] = (byte) c;
    }
    return bytes;
  }

  private static Object rawJson(String text) {
    try (JsonParser parser = Json.FACTORY.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("expected a JSON array, got " + RawJson.preview(text));
      }
      Object value = RawJson.read(parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("expected one JSON array, got more: " + RawJson.preview(text));
      }
      return value;
    } catch (IOException e) {
      throw new IllegalArgumentException("expected a JSON array, got " + RawJson.preview(text) + ": "
          + e.getMessage(), e);
    }
  }
}
