package io.tributary.connector.jdbc.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostgresTextTest {

  @Test
  void numbersAreExact() {
    assertThat(PostgresText.of(new BigDecimal("1E+3"), DataType.decimal(10, 0))).isEqualTo("1000");
    assertThat(PostgresText.of(new BigDecimal("-0.000000000000000000000000000001"), null))
        .isEqualTo("-0.000000000000000000000000000001");
    assertThat(PostgresText.of(0.1f, DataType.float32())).isEqualTo("0.1");
    assertThat(PostgresText.of(Double.NaN, DataType.float64())).isEqualTo("NaN");
    assertThat(PostgresText.of(Double.NEGATIVE_INFINITY, DataType.float64())).isEqualTo("-Infinity");
    assertThat(PostgresText.of(true, DataType.bool())).isEqualTo("t");
  }

  @Test
  void specialValuesUsePostgresInputSyntax() {
    assertThat(PostgresText.of(SpecialValue.NAN, DataType.decimal(10, 2))).isEqualTo("NaN");
    assertThat(PostgresText.of(SpecialValue.POSITIVE_INFINITY, DataType.decimal(0, -1))).isEqualTo("Infinity");
    assertThat(PostgresText.of(SpecialValue.NEGATIVE_INFINITY, DataType.decimal(0, -1))).isEqualTo("-Infinity");
    assertThat(PostgresText.of(SpecialValue.POSITIVE_INFINITY, DataType.date())).isEqualTo("infinity");
    assertThat(PostgresText.of(SpecialValue.NEGATIVE_INFINITY, DataType.timestampTz(6))).isEqualTo("-infinity");
    assertThat(PostgresText.of(SpecialValue.END_OF_DAY, DataType.time(6))).isEqualTo("24:00:00");
    assertThat(PostgresText.of(Arrays.asList(SpecialValue.NAN, BigDecimal.ONE), DataType.arrayOf(DataType.decimal(0, -1))))
        .isEqualTo("{\"NaN\",\"1\"}");
  }

  @Test
  void bytesAreHexAndBitsAreTheDeclaredNumberOfBits() {
    assertThat(PostgresText.of(new byte[] {0, (byte) 0xff, 0x10}, DataType.bytes(-1))).isEqualTo("\\x00ff10");
    assertThat(PostgresText.of(new byte[] {0x05}, DataType.bits(3))).isEqualTo("101");
    assertThat(PostgresText.of(new byte[] {0x01, (byte) 0x80}, DataType.bits(10))).isEqualTo("0110000000");
    byte[] max = new byte[8];
    Arrays.fill(max, (byte) 0xff);
    assertThat(PostgresText.of(max, DataType.bits(64))).isEqualTo("1".repeat(64));
    assertThat(PostgresText.bits(new byte[] {0x0f}, 0)).isEqualTo("00001111");
  }

  @Test
  void timesAreMicrosecondExactAndYearsBeforeOneAreBc() {
    assertThat(PostgresText.of(LocalDate.of(0, 3, 1), DataType.date())).isEqualTo("0001-03-01 BC");
    assertThat(PostgresText.of(LocalTime.of(1, 2, 3, 4000), DataType.time(6))).isEqualTo("01:02:03.000004");
    assertThat(PostgresText.of(LocalDateTime.of(2024, 5, 6, 7, 8, 9, 10_000), DataType.timestamp(6)))
        .isEqualTo("2024-05-06 07:08:09.000010");
    assertThat(PostgresText.of(Instant.parse("2038-01-19T03:14:08.000001Z"), DataType.timestampTz(6)))
        .isEqualTo("2038-01-19 03:14:08.000001+00");
    assertThat(PostgresText.of(Instant.parse("-0099-01-01T00:00:00Z"), DataType.timestampTz(6)))
        .isEqualTo("0100-01-01 00:00:00+00 BC");
  }

  @Test
  void arraysQuoteEveryElementAndNestArrays() {
    assertThat(PostgresText.of(List.of("a", "b\"c", "d\\e", "{x,y}"), DataType.arrayOf(DataType.string(-1))))
        .isEqualTo("{\"a\",\"b\\\"c\",\"d\\\\e\",\"{x,y}\"}");
    assertThat(PostgresText.of(Arrays.asList(1, null, 3), DataType.arrayOf(DataType.int32())))
        .isEqualTo("{\"1\",NULL,\"3\"}");
    assertThat(PostgresText.of(List.of(List.of(1, 2), List.of(3, 4)),
        DataType.arrayOf(DataType.arrayOf(DataType.int32())))).isEqualTo("{{\"1\",\"2\"},{\"3\",\"4\"}}");
    assertThat(PostgresText.of(List.of(new byte[] {1}), DataType.arrayOf(DataType.bytes(-1))))
        .isEqualTo("{\"\\\\x01\"}");
    assertThat(PostgresText.of(List.of(), DataType.arrayOf(DataType.int32()))).isEqualTo("{}");
  }

  @Test
  void uuidsAndUnknownClasses() {
    UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(PostgresText.of(u, DataType.uuid())).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    assertThatThrownBy(() -> PostgresText.of(new Object(), DataType.int32()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INT32");
  }
}
