package io.tributary.connector.postgres.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Text and binary decoding of each type, with the edge values PostgreSQL can produce. */
class ValueDecodersTest {

  static ValueDecoder decoder(int oid, DataType type) {
    return ValueDecoders.of(PgValueType.scalar(oid, "t", type));
  }

  static Object binary(ValueDecoder decoder, byte[] bytes) {
    byte[] padded = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, padded, 3, bytes.length);
    return decoder.fromBinary(padded, 3, bytes.length);
  }

  @Test
  void integersAndFloats() {
    assertThat(decoder(PgOid.INT2, DataType.int16()).fromText("-32768")).isEqualTo((short) -32768);
    assertThat(decoder(PgOid.INT4, DataType.int32()).fromText("2147483647")).isEqualTo(Integer.MAX_VALUE);
    assertThat(decoder(PgOid.INT8, DataType.int64()).fromText("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(binary(decoder(PgOid.INT2, DataType.int16()), new byte[] {(byte) 0x80, 0})).isEqualTo((short) -32768);
    assertThat(binary(decoder(PgOid.INT8, DataType.int64()), ByteBuffer.allocate(8).putLong(-2).array())).isEqualTo(-2L);
    ValueDecoder real = decoder(PgOid.FLOAT4, DataType.float32());
    assertThat(real.fromText("1.17549435e-38")).isEqualTo(1.17549435e-38f);
    assertThat(real.fromText("NaN")).isEqualTo(Float.NaN);
    assertThat(real.fromText("-Infinity")).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(binary(real, ByteBuffer.allocate(4).putFloat(0.1f).array())).isEqualTo(0.1f);
    ValueDecoder dbl = decoder(PgOid.FLOAT8, DataType.float64());
    assertThat(dbl.fromText("1.7976931348623157e+308")).isEqualTo(Double.MAX_VALUE);
    assertThat(binary(dbl, ByteBuffer.allocate(8).putDouble(-0.0).array())).isEqualTo(-0.0);
  }

  @Test
  void numericKeepsItsScaleAndNamesNaNAndInfinity() {
    ValueDecoder numeric = decoder(PgOid.NUMERIC, DataType.decimal(10, 3));
    assertThat(((BigDecimal) numeric.fromText("1.500")).scale()).isEqualTo(3);
    assertThat(numeric.fromText("-0.001")).isEqualTo(new BigDecimal("-0.001"));
    assertThat(numeric.fromText("NaN")).isSameAs(SpecialValue.NAN);
    assertThat(numeric.fromText("Infinity")).isSameAs(SpecialValue.POSITIVE_INFINITY);
    assertThat(numeric.fromText("-Infinity")).isSameAs(SpecialValue.NEGATIVE_INFINITY);
    assertThat(binary(numeric, new byte[] {0, 0, 0, 0, (byte) 0xC0, 0, 0, 0})).isSameAs(SpecialValue.NAN);
    assertThat(binary(numeric, new byte[] {0, 0, 0, 0, (byte) 0xD0, 0, 0, 0})).isSameAs(SpecialValue.POSITIVE_INFINITY);
    assertThat(binary(numeric, new byte[] {0, 0, 0, 0, (byte) 0xF0, 0, 0, 0})).isSameAs(SpecialValue.NEGATIVE_INFINITY);
  }

  @Test
  void textBytesBooleanUuidJson() {
    assertThat(decoder(PgOid.TEXT, DataType.string(-1)).fromText("h\u00e9")).isEqualTo("h\u00e9");
    assertThat(binary(decoder(PgOid.VARCHAR, DataType.string(5)), "h\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("h\u00e9");
    ValueDecoder bytea = decoder(PgOid.BYTEA, DataType.bytes(-1));
    assertThat((byte[]) bytea.fromText("\\x00ff")).containsExactly(0, 255);
    assertThat((byte[]) bytea.fromText("\\x")).isEmpty();
    assertThatThrownBy(() -> bytea.fromText("\\000")).hasMessageContaining("bytea_output");
    assertThat(decoder(PgOid.BOOL, DataType.bool()).fromText("t")).isEqualTo(true);
    assertThat(binary(decoder(PgOid.BOOL, DataType.bool()), new byte[] {0})).isEqualTo(false);
    UUID uuid = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    ByteBuffer raw = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    assertThat(binary(decoder(PgOid.UUID, DataType.uuid()), raw.array())).isEqualTo(uuid);
    byte[] jsonb = new byte[] {1, '{', '}'};
    assertThat(binary(decoder(PgOid.JSONB, DataType.json()), jsonb)).isEqualTo("{}");
    assertThatThrownBy(() -> binary(decoder(PgOid.JSONB, DataType.json()), new byte[] {2, '1'})).hasMessageContaining("version");
  }

  @Test
  void datesAndTimes() {
    ValueDecoder date = decoder(PgOid.DATE, DataType.date());
    assertThat(date.fromText("0044-03-15 BC")).isEqualTo(LocalDate.of(-43, 3, 15));
    assertThat(date.fromText("10000-01-01")).isEqualTo(LocalDate.of(10000, 1, 1));
    assertThat(date.fromText("infinity")).isSameAs(SpecialValue.POSITIVE_INFINITY);
    assertThat(date.fromText("-infinity")).isSameAs(SpecialValue.NEGATIVE_INFINITY);
    assertThat(binary(date, ByteBuffer.allocate(4).putInt(-1).array())).isEqualTo(LocalDate.of(1999, 12, 31));
    assertThat(binary(date, ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).array())).isSameAs(SpecialValue.POSITIVE_INFINITY);
    assertThat(binary(date, ByteBuffer.allocate(4).putInt(Integer.MIN_VALUE).array())).isSameAs(SpecialValue.NEGATIVE_INFINITY);
    ValueDecoder time = decoder(PgOid.TIME, DataType.time(6));
    assertThat(time.fromText("23:59:59.999999")).isEqualTo(LocalTime.of(23, 59, 59, 999_999_000));
    assertThat(time.fromText("01:02:03.5")).isEqualTo(LocalTime.of(1, 2, 3, 500_000_000));
    assertThat(time.fromText("24:00:00")).isSameAs(SpecialValue.END_OF_DAY);
    assertThat(binary(time, ByteBuffer.allocate(8).putLong(86_400_000_000L).array())).isSameAs(SpecialValue.END_OF_DAY);
    ValueDecoder timestamp = decoder(PgOid.TIMESTAMP, DataType.timestamp(6));
    assertThat(timestamp.fromText("0001-01-01 00:00:00 BC")).isEqualTo(LocalDateTime.of(0, 1, 1, 0, 0));
    assertThat(timestamp.fromText("-infinity")).isSameAs(SpecialValue.NEGATIVE_INFINITY);
    assertThat(binary(timestamp, ByteBuffer.allocate(8).putLong(Long.MAX_VALUE).array())).isSameAs(SpecialValue.POSITIVE_INFINITY);
    ValueDecoder tz = decoder(PgOid.TIMESTAMPTZ, DataType.timestampTz(6));
    assertThat(tz.fromText("2024-02-29 12:34:56.123456+05:30")).isEqualTo(Instant.parse("2024-02-29T07:04:56.123456Z"));
    assertThat(tz.fromText("1900-01-01 00:00:00-00:09:21")).isEqualTo(Instant.parse("1900-01-01T00:09:21Z"));
    assertThat(binary(tz, ByteBuffer.allocate(8).putLong(0).array())).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(tz.fromText("infinity")).isSameAs(SpecialValue.POSITIVE_INFINITY);
    assertThat(binary(tz, ByteBuffer.allocate(8).putLong(Long.MIN_VALUE).array())).isSameAs(SpecialValue.NEGATIVE_INFINITY);
    assertThatThrownBy(() -> tz.fromText("2024-02-29 12:34:56")).hasMessageContaining("not an ISO date/time");
  }

  @Test
  void timetzAndIntervalPrintAsPostgresDoes() {
    assertThat(TemporalBinary.timeTzText(49_506_500_000L, -19_800)).isEqualTo("13:45:06.5+05:30");
    assertThat(TemporalBinary.timeTzText(0, 0)).isEqualTo("00:00:00+00");
    assertThat(TemporalBinary.timeTzText(1, 11_229)).isEqualTo("00:00:00.000001-03:07:09");
    assertThat(TemporalBinary.intervalText(0, 0, 0)).isEqualTo("PT0S");
    assertThat(TemporalBinary.intervalText(14_706_500_000L, 3, 14)).isEqualTo("P1Y2M3DT4H5M6.5S");
    assertThat(TemporalBinary.intervalText(-1_250_000L, -1, 0)).isEqualTo("P-1DT-1.25S");
    assertThat(TemporalBinary.intervalText(-3_600_000_001L, 0, -13)).isEqualTo("P-1Y-1MT-1H-0.000001S");
    assertThatThrownBy(() -> decoder(PgOid.INTERVAL, DataType.string(-1)).fromText("1 day"))
        .hasMessageContaining("IntervalStyle");
  }

  @Test
  void arraysInBothFormsIncludingNulls() {
    ValueDecoder ints = ValueDecoders.of(PgValueType.arrayOf(1007, PgValueType.scalar(PgOid.INT4, "integer", DataType.int32())));
    assertThat(ints.fromText("{1,NULL,-3}")).isEqualTo(Arrays.asList(1, null, -3));
    ByteBuffer raw = ByteBuffer.allocate(40).putInt(1).putInt(1).putInt(PgOid.INT4).putInt(3).putInt(1)
        .putInt(4).putInt(1).putInt(-1).putInt(4).putInt(-3);
    assertThat(binary(ints, Arrays.copyOf(raw.array(), raw.position()))).isEqualTo(Arrays.asList(1, null, -3));
    assertThat(binary(ints, ByteBuffer.allocate(12).putInt(0).putInt(0).putInt(PgOid.INT4).array())).isEqualTo(List.of());
    assertThatThrownBy(() -> binary(ints, ByteBuffer.allocate(12).putInt(2).putInt(0).putInt(PgOid.INT4).array()))
        .hasMessageContaining("multi-dimensional");
  }

  @Test
  void unsupportedTypesAreRefusedByName() {
    assertThatThrownBy(() -> decoder(790, DataType.string(-1))).hasMessageContaining("oid 790");
  }
}
