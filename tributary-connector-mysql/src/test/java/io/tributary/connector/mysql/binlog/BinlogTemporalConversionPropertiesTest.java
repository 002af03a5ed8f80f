package io.tributary.connector.mysql.binlog;

import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.logicalValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import io.tributary.connector.mysql.binlog.ServerBinlogEvents.ServerColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Dates and times over the server's whole range and every fractional precision 0..6: a generated
 * {@code java.time} value is written the way the server writes it, decoded by the binlog client as
 * the source configures it ({@code DATE_AND_TIME_AS_LONG_MICRO}) and converted by the source; it
 * must come back equal, microseconds included.
 */
class BinlogTemporalConversionPropertiesTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
  /** The Julian-to-Gregorian switch, where calendar arithmetic most easily goes wrong. */
  private static final LocalDate GREGORIAN_CUTOVER = LocalDate.of(1582, 10, 15);
  private static final long MICROS_PER_DAY = 86_400_000_000L;
  /** MySQL's TIME range: -838:59:59.999999 .. 838:59:59.999999. */
  private static final long TIME_LIMIT_MICROS = (838L * 3600 + 59 * 60 + 59) * 1_000_000 + 999_999;

  @Property(tries = 1000)
  void dateIsTheSameCalendarDay(@ForAll("days") LocalDate day) {
    Object logical = logicalValue(
        ServerColumn.of("date", ColumnType.DATE.getCode(), new byte[0]),
        ServerRowFormat.date(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));

    assertThat(logical).isEqualTo(day);
  }

  @Property(tries = 200)
  void datesWithAZeroMonthOrDayAreNull(
      @ForAll @IntRange(max = 9999) int year,
      @ForAll @IntRange(max = 12) int month,
      @ForAll @IntRange(max = 31) int day,
      @ForAll boolean zeroMonth) {
    byte[] cell = zeroMonth ? ServerRowFormat.date(year, 0, day) : ServerRowFormat.date(year, month, 0);

    Object logical = logicalValue(ServerColumn.of("date", ColumnType.DATE.getCode(), new byte[0]), cell);

    assertThat(logical).isNull();
  }

  @Property(tries = 1000)
  void datetimeKeepsItsWallClockToTheMicrosecond(
      @ForAll("days") LocalDate day, @ForAll("microsOfDay") long microsOfDay, @ForAll @IntRange(max = 6) int precision) {
    LocalDateTime value = day.atTime(LocalTime.ofNanoOfDay(truncate(microsOfDay, precision) * 1000));
    ServerColumn column = ServerColumn.of(
        declared("datetime", precision), ColumnType.DATETIME_V2.getCode(), new byte[] {(byte) precision});

    Object logical = logicalValue(column, ServerRowFormat.datetime(value, precision));

    assertThat(logical).isEqualTo(value);
  }

  @Property(tries = 200)
  void theZeroDatetimeIsNull(@ForAll @IntRange(max = 6) int precision) {
    ServerColumn column = ServerColumn.of(
        declared("datetime", precision), ColumnType.DATETIME_V2.getCode(), new byte[] {(byte) precision});

    assertThat(logicalValue(column, ServerRowFormat.datetime(0, 0, 0, 0, precision))).isNull();
  }

  @Property(tries = 1000)
  void timestampIsTheSameInstantToTheMicrosecond(@ForAll("timestamps") Instant instant, @ForAll @IntRange(max = 6) int precision) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    Instant value = Instant.EPOCH.plus(truncate(micros, precision), ChronoUnit.MICROS);
    ServerColumn column = ServerColumn.of(
        declared("timestamp", precision), ColumnType.TIMESTAMP_V2.getCode(), new byte[] {(byte) precision});

    Object logical = logicalValue(column, ServerRowFormat.timestamp(value, precision));

    assertThat(logical).isEqualTo(value);
  }

  @Property(tries = 100)
  void theZeroTimestampIsNull(@ForAll @IntRange(max = 6) int precision) {
    ServerColumn column = ServerColumn.of(
        declared("timestamp", precision), ColumnType.TIMESTAMP_V2.getCode(), new byte[] {(byte) precision});

    assertThat(logicalValue(column, ServerRowFormat.timestamp(Instant.EPOCH, precision))).isNull();
  }

  @Property(tries = 1000)
  void timeOfDayKeepsItsMicrosecondsAndOtherDurationsAreRefused(
      @ForAll("durations") long signedMicros, @ForAll @IntRange(max = 6) int precision) {
    long value = truncate(signedMicros, precision);
    ServerColumn column = ServerColumn.of(declared("time", precision), ColumnType.TIME_V2.getCode(), new byte[] {(byte) precision});
    byte[] cell = ServerRowFormat.time(value, precision);

    if (value >= 0 && value < MICROS_PER_DAY) {
      assertThat(logicalValue(column, cell)).isEqualTo(LocalTime.ofNanoOfDay(value * 1000));
    } else {
      assertThatThrownBy(() -> logicalValue(column, cell))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not a time of day");
    }
  }

  @Provide
  Arbitrary<LocalDate> days() {
    Arbitrary<LocalDate> anyDay =
        Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay()).map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> nearCutover = Arbitraries.longs().between(-40, 40).map(GREGORIAN_CUTOVER::plusDays);
    Arbitrary<LocalDate> nearEpoch = Arbitraries.longs().between(-400, 400).map(LocalDate.EPOCH::plusDays);
    return Arbitraries.frequencyOf(Tuple.of(6, anyDay), Tuple.of(2, nearCutover), Tuple.of(1, nearEpoch));
  }

  @Provide
  Arbitrary<Long> microsOfDay() {
    return Arbitraries.longs().between(0, MICROS_PER_DAY - 1);
  }

  /** Instants a TIMESTAMP2 can hold: 1970-01-01 00:00:01 up to 2^32 - 1 seconds (MariaDB 11.5+). */
  @Provide
  Arbitrary<Instant> timestamps() {
    return Arbitraries.longs().between(1_000_000L, (1L << 32) * 1_000_000 - 1)
        .map(micros -> Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
  }

  @Provide
  Arbitrary<Long> durations() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(0, MICROS_PER_DAY - 1)),
        Tuple.of(1, Arbitraries.longs().between(-TIME_LIMIT_MICROS, TIME_LIMIT_MICROS)),
        Tuple.of(1, Arbitraries.longs().between(-2_000_000, 2_000_000)));
  }

  /** The value a column of {@code precision} fractional digits stores (the server rounds or truncates first). */
  private static long truncate(long micros, int precision) {
    long unit = (long) Math.pow(10, 6 - precision);
    return micros - micros % unit;
  }

  private static String declared(String type, int precision) {
    return precision == 0 ? type : type + "(" + precision + ")";
  }
}
