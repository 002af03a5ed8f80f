package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DuckDbValuesTest {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

  /** BITS(n) as big-endian bytes: (n + 7) / 8 of them, the number in the low n bits. */
  private static byte[] bitsValue(BigInteger number, int bits) {
    byte[] raw = number.toByteArray();
    byte[] out = new byte[(bits + 7) / 8];
    int copy = Math.min(raw.length, out.length);
    System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
    return out;
  }

  @Property
  void bitTextIsTheNumberInExactlyNBits(@ForAll @IntRange(min = 1, max = 128) int bits, @ForAll long seed) {
    BigInteger number = new BigInteger(bits, new java.util.Random(seed));
    String text = DuckDbValues.bitText(bitsValue(number, bits), bits);
    assertThat(text).hasSize(bits).matches("[01]+");
    assertThat(new BigInteger(text, 2)).isEqualTo(number);
  }

  @Test
  void bitTextRefusesBitsAboveTheWidth() {
    assertThat(DuckDbValues.bitText(new byte[] {0x1f}, 5)).isEqualTo("11111");
    assertThatThrownBy(() -> DuckDbValues.bitText(new byte[] {0x20}, 5)).hasMessageContaining("above bit 5");
    assertThat(DuckDbValues.bitText(new byte[] {1, 2}, 0)).isEqualTo("0000000100000010");
    assertThat(DuckDbValues.bitText(new byte[] {}, 3)).isEqualTo("000");
  }

  @Property
  void blobTextDecodesToTheSameBytes(@ForAll byte[] bytes) {
    String text = DuckDbValues.blobText(bytes);
    assertThat(text).hasSize(bytes.length * 4);
    ByteArrayOutputStream decoded = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i += 4) {
      assertThat(text.substring(i, i + 2)).isEqualTo("\\x");
      decoded.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
    }
    assertThat(decoded.toByteArray()).isEqualTo(bytes);
  }

  @Property
  void timestampMicrosCountFromTheEpochWithoutRounding(
      @ForAll @LongRange(min = -9_000_000_000L, max = 9_000_000_000L) long seconds, @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
    // Dropping sub-microseconds truncates the fraction, also before 1970 (where it rounds down).
    assertThat(DuckDbValues.timestampMicros(time)).isEqualTo(ChronoUnit.MICROS.between(EPOCH, time.truncatedTo(ChronoUnit.MICROS)));
    Instant instant = Instant.ofEpochSecond(seconds, nanos);
    assertThat(DuckDbValues.instantMicros(instant)).isEqualTo(ChronoUnit.MICROS.between(Instant.EPOCH, instant.truncatedTo(ChronoUnit.MICROS)));
  }

  @Test
  void farTimesKeepTheirMicroseconds() {
    // 290,000 years after 1970: beyond what ChronoUnit can count in nanoseconds, within DuckDB's range.
    LocalDateTime far = LocalDateTime.of(291_970, 1, 1, 0, 0, 0, 1_000);
    long seconds = far.toEpochSecond(ZoneOffset.UTC);
    assertThat(DuckDbValues.timestampMicros(far)).isEqualTo(Math.addExact(Math.multiplyExact(seconds, 1_000_000L), 1L));
    assertThat(DuckDbValues.instantMicros(far.toInstant(ZoneOffset.UTC))).isEqualTo(DuckDbValues.timestampMicros(far));
  }

  @Test
  void timesOutsideDuckDbsRangeAreRefused() {
    assertThatThrownBy(() -> DuckDbValues.timestampMicros(LocalDateTime.MAX)).hasMessageContaining("outside DuckDB's TIMESTAMP range");
    assertThatThrownBy(() -> DuckDbValues.instantMicros(Instant.MIN)).hasMessageContaining("outside DuckDB's TIMESTAMP range");
    assertThat(DuckDbValues.instantMicros(OffsetDateTime.of(1970, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(1)))).isZero();
    assertThat(DuckDbValues.instantInUtc(Instant.ofEpochSecond(0, 1_000))).isEqualTo(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 1_000, ZoneOffset.UTC));
    assertThatThrownBy(() -> DuckDbValues.date(LocalDate.MAX)).hasMessageContaining("outside DuckDB's DATE range");
  }

  @Property
  void decimalsKeepTheirValueAtTheDeclaredScale(@ForAll @LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long unscaled, @ForAll @IntRange(min = 0, max = 6) int scale) {
    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
    BigDecimal staged = DuckDbValues.decimal(value, 20, 8);
    assertThat(staged.scale()).isEqualTo(8);
    assertThat(staged.compareTo(value)).isZero();
  }

  @Test
  void decimalsThatWouldLoseDigitsAreRefused() {
    assertThatThrownBy(() -> DuckDbValues.decimal(new BigDecimal("1.005"), 10, 2)).hasMessageContaining("more than 2 fraction digits");
    assertThatThrownBy(() -> DuckDbValues.decimal(new BigDecimal("123456789.5"), 10, 2)).hasMessageContaining("more than 10 digits");
    assertThat(DuckDbValues.decimal(42L, 5, 2)).isEqualTo(new BigDecimal("42.00"));
    assertThat(DuckDbValues.decimalText(new BigDecimal("1E+3"), 2)).isEqualTo("1000.00");
    assertThat(DuckDbValues.decimalText(new BigDecimal("-0.000000000000000000000000000001"), 30)).isEqualTo("-0.000000000000000000000000000001");
    assertThatThrownBy(() -> DuckDbValues.decimal("1.5", 10, 2)).hasMessageContaining("expected a BigDecimal but got java.lang.String");
  }

  @Test
  void wholeNumbersAreCheckedAgainstTheirColumnsRange() {
    assertThat(DuckDbValues.wholeNumber((byte) -5)).isEqualTo(-5);
    assertThat(DuckDbValues.wholeNumber(new BigDecimal("12"))).isEqualTo(12);
    assertThat(DuckDbValues.wholeNumber(127, Byte.MIN_VALUE, Byte.MAX_VALUE)).isEqualTo(127);
    assertThatThrownBy(() -> DuckDbValues.wholeNumber(128, Byte.MIN_VALUE, Byte.MAX_VALUE)).hasMessageContaining("outside -128..127");
    assertThatThrownBy(() -> DuckDbValues.wholeNumber(new BigDecimal("1.5"))).hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> DuckDbValues.wholeNumber(BigInteger.TWO.pow(64))).hasMessageContaining("64-bit range");
    assertThatThrownBy(() -> DuckDbValues.wholeNumber(1.0)).hasMessageContaining("expected a whole number but got java.lang.Double");
  }

  @Test
  void otherClassesAreCheckedByKind() {
    assertThat(DuckDbValues.bool(true)).isTrue();
    assertThat(DuckDbValues.float32(1.5f)).isEqualTo(1.5f);
    assertThat(DuckDbValues.float64(-0.0)).isEqualTo(-0.0);
    assertThat(DuckDbValues.text(new StringBuilder("sb"))).isEqualTo("sb");
    assertThat(Arrays.equals(DuckDbValues.bytes(new byte[] {1}), new byte[] {1})).isTrue();
    assertThatThrownBy(() -> DuckDbValues.bool("true")).hasMessageContaining("expected a Boolean");
    assertThatThrownBy(() -> DuckDbValues.uuid("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")).hasMessageContaining("expected a UUID");
    assertThatThrownBy(() -> DuckDbValues.time(LocalDateTime.now())).hasMessageContaining("expected a LocalTime");
  }
}
