package io.tributary.connector.mysql.binlog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Turns the binlog client's temporal values (compatibility mode {@code
 * DATE_AND_TIME_AS_LONG_MICRO}, dates counted as {@link BinlogEventDeserializers} does) into
 * {@code java.time} values, exactly.
 *
 * <p>DATE and DATETIME arrive as "microseconds since 1970-01-01T00:00" of their wall-clock fields
 * in the proleptic Gregorian calendar, so the fields come back unchanged for every year 0..9999.
 * TIMESTAMP is true epoch microseconds; TIME is microseconds since midnight.
 */
final class BinlogTemporal {
  private static final long MICROS_PER_SECOND = 1_000_000;
  private static final long MICROS_PER_DAY = 86_400 * MICROS_PER_SECOND;

  private BinlogTemporal() {}

  static LocalDateTime dateTime(long micros) {
    long seconds = Math.floorDiv(micros, MICROS_PER_SECOND);
    int nanos = (int) Math.floorMod(micros, MICROS_PER_SECOND) * 1000;
    return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
  }

  static LocalDate date(long micros) {
    return LocalDate.ofEpochDay(Math.floorDiv(micros, MICROS_PER_DAY));
  }

  /** A TIMESTAMP; the zero timestamp (0, MySQL's "0000-00-00 00:00:00") is null. */
  static Instant instant(long micros) {
    if (micros == 0) {
      return null;
    }
    return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
  }
}
