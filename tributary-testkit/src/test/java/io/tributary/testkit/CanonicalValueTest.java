package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CanonicalValueTest {

  @Test
  void exactNumbersLoseTrailingZerosAndNeverUseExponents() {
    assertThat(CanonicalValue.of(new BigDecimal("12.500"))).isEqualTo("12.5");
    assertThat(CanonicalValue.of(new BigDecimal("0.000"))).isEqualTo("0");
    assertThat(CanonicalValue.of(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(CanonicalValue.of(new BigInteger("18446744073709551615"))).isEqualTo("18446744073709551615");
    assertThat(CanonicalValue.of((byte) -3)).isEqualTo("-3");
    assertThat(CanonicalValue.of(42L)).isEqualTo("42");
  }

  @Property
  void decimalsThatAreNumericallyEqualHaveOneText(@ForAll long unscaled, @ForAll("scales") int extraZeros) {
    BigDecimal value = BigDecimal.valueOf(unscaled, 3);
    BigDecimal padded = value.setScale(value.scale() + extraZeros);
    assertThat(CanonicalValue.of(padded)).isEqualTo(CanonicalValue.of(value));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> scales() {
    return net.jqwik.api.Arbitraries.integers().between(0, 10);
  }

  @Property
  void aFloatWidenedToDoubleKeepsItsText(@ForAll float value) {
    assertThat(CanonicalValue.of((double) value)).isEqualTo(CanonicalValue.of(value));
  }

  @Test
  void doublesThatAreNotFloatsKeepFullPrecision() {
    assertThat(CanonicalValue.of(1.1d)).isEqualTo("1.1");
    assertThat(CanonicalValue.of((double) 1.1f)).isEqualTo("1.1");
    assertThat(CanonicalValue.of(0.1d + 0.2d)).isEqualTo("0.30000000000000004");
    assertThat(CanonicalValue.of(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void bytesBooleansUuidsAndNull() {
    assertThat(CanonicalValue.of(new byte[] {0, (byte) 0xff, 0x1a})).isEqualTo("00ff1a");
    assertThat(CanonicalValue.of(true)).isEqualTo("true");
    assertThat(CanonicalValue.of(UUID.fromString("123E4567-E89B-12D3-A456-426614174000")))
        .isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    assertThat(CanonicalValue.of(null)).isEqualTo(TableDump.NULL);
  }

  @Test
  void datesAndTimesAreIsoWithMicroseconds() {
    LocalDateTime wallClock = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000);
    assertThat(CanonicalValue.of(wallClock)).isEqualTo("2024-01-02T03:04:05.500000");
    assertThat(CanonicalValue.of(Timestamp.valueOf(wallClock))).isEqualTo("2024-01-02T03:04:05.500000");
    assertThat(CanonicalValue.of(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
    assertThat(CanonicalValue.of(java.sql.Date.valueOf("2024-02-29"))).isEqualTo("2024-02-29");
    assertThat(CanonicalValue.of(LocalTime.of(12, 34, 56, 123_456_789))).isEqualTo("12:34:56.123456");
  }

  @Test
  void instantsShowAsWallClockInTheJvmZone() {
    Instant instant = Instant.parse("2024-01-02T03:04:05.123456Z");
    String expected = CanonicalValue.of(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));

    assertThat(CanonicalValue.of(instant)).isEqualTo(expected);
    assertThat(CanonicalValue.of(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(5)))).isEqualTo(expected);
    assertThat(CanonicalValue.of(Timestamp.from(instant))).isEqualTo(expected);
  }

  @Test
  void timeTextIsPaddedToMicrosecondsAndKeepsSignAndLargeHours() {
    assertThat(CanonicalValue.ofTimeText("12:34:56.1")).isEqualTo("12:34:56.100000");
    assertThat(CanonicalValue.ofTimeText("12:34:56")).isEqualTo("12:34:56.000000");
    assertThat(CanonicalValue.ofTimeText("-25:00:00")).isEqualTo("-25:00:00.000000");
    assertThat(CanonicalValue.ofTimeText("00:00")).isEqualTo("00:00:00.000000");
    assertThat(CanonicalValue.ofTimeText("838:59:59.000000")).isEqualTo("838:59:59.000000");
    assertThat(CanonicalValue.ofTimeText("1:02:03.1234567")).isEqualTo("01:02:03.123456");
    assertThat(CanonicalValue.ofTimeText("not a time")).isEqualTo("not a time");
  }

  @Test
  void arraysAndListsRenderElementsCanonically() {
    assertThat(CanonicalValue.of(new Object[] {1, null, new BigDecimal("2.50")})).isEqualTo("[1,\u2400,2.5]");
    assertThat(CanonicalValue.of(List.of("a", "b"))).isEqualTo("[a,b]");
    assertThat(CanonicalValue.of(new int[] {1, 2})).isEqualTo("[1,2]");
  }
}
