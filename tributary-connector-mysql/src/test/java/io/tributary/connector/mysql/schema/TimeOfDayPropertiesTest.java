package io.tributary.connector.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * TIME values reach the source twice: as text in the snapshot ({@link TimeOfDay#parse}) and as
 * microseconds in the binlog ({@link TimeOfDay#ofMicros}). Both must give the same time of day
 * for every value and precision, and refuse every MySQL TIME that is not a time of day.
 */
class TimeOfDayPropertiesTest {
  private static final long MICROS_PER_DAY = 86_400_000_000L;
  private static final long TIME_LIMIT_MICROS = (838L * 3600 + 59 * 60 + 59) * 1_000_000 + 999_999;

  @Property(tries = 1000)
  void snapshotTextAndBinlogMicrosGiveTheSameTimeOfDay(
      @ForAll @LongRange(min = 0, max = MICROS_PER_DAY - 1) long micros,
      @ForAll @IntRange(max = 6) int precision,
      @ForAll @IntRange(max = 6) int paddingDigits) {
    long stored = micros - micros % (long) Math.pow(10, 6 - precision);
    String text = serverText(stored, Math.min(6, precision + paddingDigits));

    LocalTime fromSnapshot = TimeOfDay.parse(text);
    LocalTime fromBinlog = TimeOfDay.ofMicros(stored);

    assertThat(fromSnapshot).isEqualTo(LocalTime.ofNanoOfDay(stored * 1000)).isEqualTo(fromBinlog);
  }

  @Property(tries = 1000)
  void durationsThatAreNotATimeOfDayAreRefusedOnBothPaths(
      @ForAll("notTimesOfDay") long micros, @ForAll @IntRange(max = 6) int digits) {
    long stored = micros - micros % (long) Math.pow(10, 6 - digits);
    String text = serverText(stored, digits);

    assertThatThrownBy(() -> TimeOfDay.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a time of day");
    assertThatThrownBy(() -> TimeOfDay.ofMicros(stored))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a time of day");
  }

  @Provide
  Arbitrary<Long> notTimesOfDay() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(MICROS_PER_DAY, TIME_LIMIT_MICROS),
        Arbitraries.longs().between(-TIME_LIMIT_MICROS, -1_000_000));
  }

  /** A TIME as the server prints it: {@code [-]H..H:MM:SS[.f..]} with {@code digits} fraction digits. */
  private static String serverText(long signedMicros, int digits) {
    long micros = Math.abs(signedMicros);
    long seconds = micros / 1_000_000;
    String text = String.format("%s%02d:%02d:%02d", signedMicros < 0 ? "-" : "", seconds / 3600, seconds / 60 % 60, seconds % 60);
    String fraction = String.format("%06d", micros % 1_000_000).substring(0, digits);
    return digits == 0 ? text : text + "." + fraction;
  }
}
