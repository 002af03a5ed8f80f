package io.tributary.formats.value;

import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.formats.DecimalHandling;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Writes typed values as JSON the way Tributary's Debezium-JSON does (and message keys and
 * Canal's ARRAY text): booleans and integers as JSON literals, decimals per {@link
 * DecimalHandling}, floats as numbers ({@code "NaN"}, {@code "Infinity"} as strings), BYTES in
 * base64, BITS(1) as a boolean and longer BITS as base64 of their bytes in little-endian order
 * (Debezium's {@code io.debezium.data.Bits}), temporal values as ISO-8601 strings, a {@link
 * SpecialValue} as its text, {@link Unchanged#VALUE} as Debezium's placeholder.
 */
public final class JsonValueWriter {
  /** Debezium's default {@code unavailable.value.placeholder}: a value the change did not carry. */
  public static final String UNAVAILABLE = "__debezium_unavailable_value";

  private final DecimalHandling decimals;

  public JsonValueWriter(DecimalHandling decimals) {
    this.decimals = decimals;
  }

  /**
   * Writes one value of a column of {@code type}.
   *
   * @throws IllegalArgumentException when the value's class does not fit the type, or the format
   *     cannot represent it (a NaN decimal in {@code precise} mode)
   */
  public void write(JsonBytes out, DataType type, Object value) {
    if (value == null) {
      out.writeNull();
    } else if (value == Unchanged.VALUE) {
      if (type.kind() == DataType.Kind.BYTES) {
        out.writeBinary(UNAVAILABLE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      } else {
        out.writeString(UNAVAILABLE);
      }
    } else if (value instanceof SpecialValue special) {
      writeSpecial(out, type, special);
    } else {
      try {
        writeValue(out, type, value);
      } catch (ClassCastException e) {
        throw new IllegalArgumentException("holds a " + value.getClass().getName() + ", not the Java class of " + type, e);
      }
    }
  }

  private void writeSpecial(JsonBytes out, DataType type, SpecialValue special) {
    if (!special.fits(type.kind())) {
      throw new IllegalArgumentException("holds " + special.name() + ", which a " + type + " column cannot hold");
    }
    if (type.kind() == DataType.Kind.DECIMAL && decimals == DecimalHandling.PRECISE) {
      throw new IllegalArgumentException("holds " + special + ", which decimal-handling 'precise' cannot write;"
          + " use decimal-handling 'string'");
    }
    out.writeString(special.toString());
  }

  private void writeValue(JsonBytes out, DataType type, Object value) {
    switch (type.kind()) {
      case BOOLEAN -> out.writeBoolean((Boolean) value);
      case INT8 -> out.writeNumber((Byte) value);
      case INT16 -> out.writeNumber((Short) value);
      case INT32 -> out.writeNumber((Integer) value);
      case INT64 -> out.writeNumber((Long) value);
      case DECIMAL -> writeDecimal(out, type, (BigDecimal) value);
      case FLOAT32 -> out.writeNumber((Float) value);
      case FLOAT64 -> out.writeNumber((Double) value);
      case STRING, JSON, ENUM, SET -> out.writeString((String) value);
      case UUID -> out.writeString(((UUID) value).toString());
      case BYTES -> out.writeBinary((byte[]) value);
      case BITS -> writeBits(out, type, (byte[]) value);
      case DATE -> out.writeString(TemporalText.date((LocalDate) value));
      case TIME -> out.writeString(TemporalText.time((LocalTime) value, type.precision()));
      case TIMESTAMP -> out.writeString(TemporalText.dateTime((LocalDateTime) value, type.precision(), 'T'));
      case TIMESTAMP_TZ -> out.writeString(TemporalText.instant((Instant) value, type.precision()));
      case ARRAY -> writeArray(out, type.element(), (List<?>) value);
    }
  }

  private void writeDecimal(JsonBytes out, DataType type, BigDecimal value) {
    switch (decimals) {
      case STRING -> out.writeString(value.toPlainString());
      case DOUBLE -> out.writeNumber(value.doubleValue());
      case PRECISE -> {
        if (MySqlTypeText.unconstrained(type)) {
          out.writeStartObject();
          out.writeNumberField("scale", value.scale());
          out.writeFieldName("value");
          out.writeBinary(value.unscaledValue().toByteArray());
          out.writeEndObject();
        } else {
          out.writeBinary(scaled(value, type).unscaledValue().toByteArray());
        }
      }
    }
  }

  /** The value with the column's declared scale; refuses one that would need rounding. */
  public static BigDecimal scaled(BigDecimal value, DataType type) {
    if (value.scale() == type.scale()) {
      return value;
    }
    try {
      return value.setScale(type.scale(), RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("holds " + value.toPlainString() + ", which has more fraction digits than "
          + type, e);
    }
  }

  private static void writeBits(JsonBytes out, DataType type, byte[] bits) {
    if (type.precision() == 1) {
      out.writeBoolean(bits.length > 0 && bits[bits.length - 1] != 0);
      return;
    }
    out.writeBinary(reversed(bits));
  }

  /** The bytes in reverse order: big-endian ↔ little-endian. */
  public static byte[] reversed(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[bytes.length - 1 - i];
    }
    return out;
  }

  private void writeArray(JsonBytes out, DataType element, List<?> values) {
    out.writeStartArray();
    for (Object value : values) {
      if (value == Unchanged.VALUE) {
        throw new IllegalArgumentException("holds the Unchanged marker inside an array");
      }
      write(out, element, value);
    }
    out.writeEndArray();
  }
}
