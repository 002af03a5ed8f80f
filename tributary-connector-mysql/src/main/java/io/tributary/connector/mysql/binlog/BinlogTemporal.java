package io.tributary.connector.mysql.binlog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Turns the binlog client's temporal values (compatibility mode {@code
 * DATE_AND_TIME_AS_LONG_MICRO}) into {@code java.time} values, exactly.
 *
 * <p>The client encodes DATE and DATETIME as "microseconds since 1970-01-01 UTC" of the wall-clock
 * fields, computed arithmetically for dates from 1582-10-15 on but through {@link
 * GregorianCalendar} (Julian calendar) for earlier ones; this class undoes each the way it was
 * done, so the fields come back unchanged. TIMESTAMP is true epoch microseconds; TIME is
 * microseconds since midnight.
 */
final class BinlogTemporal {
  private static final long MICROS_PER_SECOND = 1_000_000;

  /** 1582-10-15T00:00Z in microseconds: below it the client used the Julian calendar. */
  static final long GREGORIAN_CUTOVER_MICROS = -12_219_292_800L * MICROS_PER_SECOND;

  private BinlogTemporal() {}

  static LocalDateTime dateTime(long micros) {
    long seconds = Math.floorDiv(micros, MICROS_PER_SECOND);
    int nanos = (int) Math.floorMod(micros, MICROS_PER_SECOND) * 1000;
    if (micros >= GREGORIAN_CUTOVER_MICROS) {
      return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
    }
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("GMT"));
    calendar.setTimeInMillis(seconds * 1000);
    int year = calendar.get(GregorianCalendar.YEAR);
    if (calendar.get(GregorianCalendar.ERA) == GregorianCalendar.BC) {
      year = 1 - year;
    }
    return LocalDateTime.of(
        year,
        calendar.get(GregorianCalendar.MONTH) + 1,
        calendar.get(GregorianCalendar.DAY_OF_MONTH),
        calendar.get(GregorianCalendar.HOUR_OF_DAY),
        calendar.get(GregorianCalendar.MINUTE),
        calendar.get(GregorianCalendar.SECOND),
        nanos);
  }

  static LocalDate date(long micros) {
    if (micros >= GREGORIAN_CUTOVER_MICROS) {
      return LocalDate.ofEpochDay(Math.floorDiv(micros, 86_400L * MICROS_PER_SECOND));
    }
    return dateTime(micros).toLocalDate();
  }

  /** A TIMESTAMP; the zero timestamp (0, MySQL's "0000-00-00 00:00:00") is null. */
  static Instant instant(long micros) {
    if (micros == 0) {
      return null;
    }
    return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
  }
}
