package io.tributary.formats.value;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.formats.DecimalHandling;
import io.tributary.formats.value.RawJson.JsonNumber;
import io.tributary.formats.value.ValueCodec.Wire;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Raw JSON values → typed values, for {@link ValueCodec#read}. */
final class JsonValueReader {

  private JsonValueReader() {}

  static Object read(ValueCodec codec, Object raw, DecimalHandling decimals) {
    DataType type = codec.type();
    return switch (type.kind()) {
      case BOOLEAN -> bool(raw);
      case INT8 -> (byte) integer(raw, Byte.MIN_VALUE, Byte.MAX_VALUE, type);
      case INT16 -> (short) integer(raw, Short.MIN_VALUE, Short.MAX_VALUE, type);
      case INT32 -> (int) integer(raw, Integer.MIN_VALUE, Integer.MAX_VALUE, type);
      case INT64 -> raw instanceof Long number ? number : (Object) integer(raw, Long.MIN_VALUE, Long.MAX_VALUE, type);
      case DECIMAL -> decimal(codec, raw, decimals);
      case FLOAT32 -> raw instanceof Long l ? (Object) (float) l : Float.parseFloat(floatText(raw, type));
      case FLOAT64 -> raw instanceof Long l ? (Object) (double) l : Double.parseDouble(floatText(raw, type));
      case STRING, ENUM, SET -> string(raw, type);
      case JSON -> raw instanceof Map<?, ?> || raw instanceof List<?> ? RawJson.text(raw) : string(raw, type);
      case UUID -> ValueTexts.uuid(string(raw, type));
      case BYTES -> base64(raw, type);
      case BITS -> bits(raw, type);
      case DATE -> date(codec, raw);
      case TIME -> time(codec, raw);
      case TIMESTAMP -> timestamp(codec, raw);
      case TIMESTAMP_TZ -> instant(raw, type);
      case ARRAY -> array(codec, raw, decimals);
    };
  }

  private static Boolean bool(Object raw) {
    if (raw instanceof Boolean flag) {
      return flag;
    }
    if (raw instanceof Long number && (number == 0 || number == 1)) {
      return number == 1;
    }
    if (raw instanceof String text) {
      switch (text) {
        case "true", "1" -> {
          return true;
        }
        case "false", "0" -> {
          return false;
        }
        default -> { }
      }
    }
    throw expected("true, false, 1 or 0", raw, DataType.bool());
  }

  private static long integer(Object raw, long min, long max, DataType type) {
    long value;
    if (raw instanceof Long number) {
      value = number;
    } else if (raw instanceof String text) {
      value = ValueTexts.parseLong(text, type);
    } else {
      throw expected("an integer", raw, type);
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(value + " is out of range for " + type);
    }
    return value;
  }

  private static Object decimal(ValueCodec codec, Object raw, DecimalHandling decimals) {
    DataType type = codec.type();
    boolean unconstrained = MySqlTypeText.unconstrained(type);
    if (raw instanceof String text) {
      SpecialValue special = ValueTexts.special(text, type.kind());
      if (special != null) {
        return special;
      }
      boolean bytes = codec.wire() == Wire.DECIMAL_BYTES
          || (codec.wire() == Wire.PLAIN && decimals == DecimalHandling.PRECISE && !unconstrained);
      return bytes ? new BigDecimal(new BigInteger(base64(raw, type)), type.scale())
          : fit(ValueTexts.parseDecimal(text, type), type, false);
    }
    if (raw instanceof Map<?, ?> struct && (codec.wire() == Wire.DECIMAL_STRUCT || unconstrained)) {
      Object scale = struct.get("scale");
      Object value = struct.get("value");
      if (!(scale instanceof Long s) || !(value instanceof String)) {
        throw expected("{\"scale\": integer, \"value\": base64}", raw, type);
      }
      return new BigDecimal(new BigInteger(base64(value, type)), Math.toIntExact(s));
    }
    boolean rounded = codec.wire() == Wire.DECIMAL_DOUBLE || decimals == DecimalHandling.DOUBLE;
    if (raw instanceof Long number) {
      return fit(BigDecimal.valueOf(number), type, rounded);
    }
    if (raw instanceof JsonNumber number) {
      return fit(number.decimal(), type, rounded);
    }
    throw expected("a decimal", raw, type);
  }

  /** PostgreSQL's numeric limits: a bound on what any source sends, and on the work a message can cause. */
  private static final int MAX_INTEGER_DIGITS = 131_072;
  private static final int MAX_SCALE = 16_383;

  private static BigDecimal fit(BigDecimal value, DataType type, boolean rounded) {
    int integerDigits = value.precision() - value.scale();
    int allowed = type.precision() > 0 ? type.precision() - type.scale() : MAX_INTEGER_DIGITS;
    if (integerDigits > allowed || value.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(RawJson.preview(value.toString()) + " does not fit " + type);
    }
    if (MySqlTypeText.unconstrained(type) || value.scale() == type.scale()) {
      return value;
    }
    return rounded ? value.setScale(type.scale(), RoundingMode.HALF_EVEN) : JsonValueWriter.scaled(value, type);
  }

  private static String floatText(Object raw, DataType type) {
    if (raw instanceof JsonNumber number) {
      return number.text();
    }
    if (raw instanceof String text && ValueTexts.isFloatText(text)) {
      return text;
    }
    throw expected("a number", raw, type);
  }

  private static String string(Object raw, DataType type) {
    if (raw instanceof String text) {
      return text;
    }
    throw expected("a string", raw, type);
  }

  private static byte[] base64(Object raw, DataType type) {
    try {
      return Base64.getDecoder().decode(string(raw, type));
    } catch (IllegalArgumentException e) {
      throw expected("base64", raw, type);
    }
  }

  private static byte[] bits(Object raw, DataType type) {
    int length = (type.precision() + 7) / 8;
    if (raw instanceof Boolean flag && type.precision() <= 8) {
      return new byte[] {(byte) (flag ? 1 : 0)};
    }
    if (raw instanceof Long number) {
      return ValueTexts.bitsOf(BigInteger.valueOf(number), type);
    }
    byte[] bytes = JsonValueWriter.reversed(base64(raw, type));
    if (bytes.length != length) {
      throw new IllegalArgumentException(bytes.length + " bytes do not fit " + type + " (" + length + " bytes)");
    }
    return bytes;
  }

  private static Object date(ValueCodec codec, Object raw) {
    if (raw instanceof Long days) {
      return LocalDate.ofEpochDay(days);
    }
    String text = string(raw, codec.type());
    SpecialValue special = ValueTexts.special(text, DataType.Kind.DATE);
    return special != null ? special : TemporalText.parseDate(text);
  }

  private static Object time(ValueCodec codec, Object raw) {
    if (raw instanceof Long count) {
      return LocalTime.ofNanoOfDay(Math.multiplyExact(count, nanosPerUnit(codec.wire(), 1_000)));
    }
    String text = string(raw, codec.type());
    SpecialValue special = ValueTexts.special(text, DataType.Kind.TIME);
    return special != null ? special : TemporalText.parseTime(text);
  }

  private static Object timestamp(ValueCodec codec, Object raw) {
    if (raw instanceof Long count) {
      long unit = nanosPerUnit(codec.wire(), codec.type().precision() <= 3 ? 1_000_000 : 1_000);
      long seconds = Math.floorDiv(count, 1_000_000_000L / unit);
      long nanos = Math.floorMod(count, 1_000_000_000L / unit) * unit;
      return LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC);
    }
    String text = string(raw, codec.type());
    SpecialValue special = ValueTexts.special(text, DataType.Kind.TIMESTAMP);
    return special != null ? special : TemporalText.parseDateTime(text);
  }

  private static long nanosPerUnit(Wire wire, long plain) {
    return switch (wire) {
      case MILLIS -> 1_000_000;
      case MICROS -> 1_000;
      case NANOS -> 1;
      default -> plain;
    };
  }

  private static Object instant(Object raw, DataType type) {
    String text = string(raw, type);
    SpecialValue special = ValueTexts.special(text, DataType.Kind.TIMESTAMP_TZ);
    return special != null ? special : (Object) TemporalText.parseInstant(text, ZoneOffset.UTC);
  }

  private static List<Object> array(ValueCodec codec, Object raw, DecimalHandling decimals) {
    if (!(raw instanceof List<?> list)) {
      throw expected("an array", raw, codec.type());
    }
    List<Object> out = new ArrayList<>(list.size());
    for (Object element : list) {
      out.add(codec.element().read(element, decimals));
    }
    return out;
  }

  private static IllegalArgumentException expected(String what, Object raw, DataType type) {
    return new IllegalArgumentException("expected " + what + " for " + type + ", got " + RawJson.preview(raw));
  }
}
