package io.tributary.connector.postgres.value;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@link ValueDecoder} of each resolved column type: exact conversions from PostgreSQL's text
 * and binary forms into the value classes of the logical kinds. Built once per column, used per
 * value.
 */
public final class ValueDecoders {

  /** Decodes the binary form held in a slice of an array. */
  @FunctionalInterface
  interface BinaryFunction {
    Object decode(byte[] bytes, int offset, int length);
  }

  private ValueDecoders() {}

  /** The decoder of {@code type}; throws {@link IllegalArgumentException} for a type it cannot convert. */
  public static ValueDecoder of(PgValueType type) {
    if (type.element() != null) {
      return new ArrayDecoder(of(type.element()));
    }
    if (type.type().kind() == DataType.Kind.ENUM) {
      return scalar(s -> s, ValueDecoders::utf8);
    }
    return switch (type.oid()) {
      case PgOid.INT2 -> scalar(s -> Short.valueOf(s), (b, o, l) -> (short) Bytes.u16(b, o));
      case PgOid.INT4 -> scalar(s -> Integer.valueOf(s), (b, o, l) -> Bytes.i32(b, o));
      case PgOid.INT8 -> scalar(s -> Long.valueOf(s), (b, o, l) -> Bytes.i64(b, o));
      case PgOid.NUMERIC -> scalar(ValueDecoders::numeric, (b, o, l) -> NumericBinary.decode(b, o));
      case PgOid.FLOAT4 -> scalar(s -> Float.valueOf(s), (b, o, l) -> Float.intBitsToFloat(Bytes.i32(b, o)));
      case PgOid.FLOAT8 -> scalar(s -> Double.valueOf(s), (b, o, l) -> Double.longBitsToDouble(Bytes.i64(b, o)));
      case PgOid.BOOL -> scalar(ValueDecoders::bool, (b, o, l) -> b[o] != 0);
      case PgOid.TEXT, PgOid.VARCHAR, PgOid.BPCHAR, PgOid.NAME, PgOid.CHAR, PgOid.JSON ->
          scalar(s -> s, ValueDecoders::utf8);
      case PgOid.JSONB -> scalar(s -> s, ValueDecoders::jsonb);
      case PgOid.BYTEA -> scalar(ValueDecoders::hexBytes, (b, o, l) -> Arrays.copyOfRange(b, o, o + l));
      case PgOid.DATE -> scalar(TemporalText::date, (b, o, l) -> TemporalBinary.date(Bytes.i32(b, o)));
      case PgOid.TIME -> scalar(TemporalText::time, (b, o, l) -> TemporalBinary.time(Bytes.i64(b, o)));
      case PgOid.TIMETZ -> scalar(s -> s, (b, o, l) -> TemporalBinary.timeTzText(Bytes.i64(b, o), Bytes.i32(b, o + 8)));
      case PgOid.TIMESTAMP -> scalar(TemporalText::timestamp, (b, o, l) -> TemporalBinary.timestamp(Bytes.i64(b, o)));
      case PgOid.TIMESTAMPTZ ->
          scalar(TemporalText::timestampTz, (b, o, l) -> TemporalBinary.timestampTz(Bytes.i64(b, o)));
      case PgOid.INTERVAL -> scalar(ValueDecoders::interval,
          (b, o, l) -> TemporalBinary.intervalText(Bytes.i64(b, o), Bytes.i32(b, o + 8), Bytes.i32(b, o + 12)));
      case PgOid.UUID -> scalar(UUID::fromString, (b, o, l) -> new UUID(Bytes.i64(b, o), Bytes.i64(b, o + 8)));
      default -> throw new IllegalArgumentException("no decoder for type " + type.sourceType() + " (oid " + type.oid() + ")");
    };
  }

  private static ValueDecoder scalar(Function<String, Object> text, BinaryFunction binary) {
    return new ValueDecoder() {
      @Override
      public Object fromText(String value) {
        return text.apply(value);
      }

      @Override
      public Object fromBinary(byte[] bytes, int offset, int length) {
        return binary.decode(bytes, offset, length);
      }

      @Override
      public boolean hasBinary() {
        return true;
      }
    };
  }

  /** A {@link BigDecimal} or, for {@code NaN} and the infinities, a {@link SpecialValue}. */
  static Object numeric(String text) {
    return switch (text) {
      case "NaN" -> SpecialValue.NAN;
      case "Infinity" -> SpecialValue.POSITIVE_INFINITY;
      case "-Infinity" -> SpecialValue.NEGATIVE_INFINITY;
      default -> new BigDecimal(text);
    };
  }

  private static Boolean bool(String text) {
    return switch (text) {
      case "t" -> Boolean.TRUE;
      case "f" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("'" + text + "' is not a boolean as PostgreSQL prints it");
    };
  }

  static byte[] hexBytes(String text) {
    if (!text.startsWith("\\x")) {
      throw new IllegalArgumentException(
          "bytea value does not start with \\x (bytea_output must be 'hex'): " + text.substring(0, Math.min(20, text.length())));
    }
    return HexFormat.of().parseHex(text, 2, text.length());
  }

  private static String interval(String text) {
    if (!text.startsWith("P")) {
      throw new IllegalArgumentException(
          "interval '" + text + "' is not ISO-8601 (the session's IntervalStyle must be iso_8601)");
    }
    return text;
  }

  private static String utf8(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }

  private static String jsonb(byte[] bytes, int offset, int length) {
    if (length < 1 || bytes[offset] != 1) {
      throw new IllegalArgumentException("binary jsonb of an unknown version " + (length < 1 ? "(empty)" : bytes[offset]));
    }
    return new String(bytes, offset + 1, length - 1, StandardCharsets.UTF_8);
  }
}
