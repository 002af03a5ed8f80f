package io.tributary.connector.mysql.schema;

import java.time.LocalTime;

/**
 * MySQL TIME values as {@link LocalTime}. MySQL's TIME is an interval (-838:59:59 .. 838:59:59);
 * only times of day (00:00:00 .. 23:59:59.999999) fit the logical TIME type, so anything else is
 * refused with a message rather than wrapped around.
 */
public final class TimeOfDay {
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private TimeOfDay() {}

  /**
   * Parses {@code HH:MM:SS[.ffffff]} as the server prints a TIME.
   *
   * @throws IllegalArgumentException for negative times, times of 24 hours or more, or bad text
   */
  public static LocalTime parse(String text) {
    int firstColon = text.indexOf(':');
    if (text.startsWith("-") || firstColon < 1 || text.length() < firstColon + 6) {
      throw outOfRange(text);
    }
    int hours = Integer.parseInt(text, 0, firstColon, 10);
    int minutes = Integer.parseInt(text, firstColon + 1, firstColon + 3, 10);
    int seconds = Integer.parseInt(text, firstColon + 4, firstColon + 6, 10);
    if (hours > 23) {
      throw outOfRange(text);
    }
    int nanos = 0;
    int dot = firstColon + 6;
    if (dot < text.length() && text.charAt(dot) == '.') {
      int digits = text.length() - dot - 1;
      nanos = Integer.parseInt(text, dot + 1, text.length(), 10);
      for (int i = digits; i < 9; i++) {
        nanos *= 10;
      }
    }
    return LocalTime.of(hours, minutes, seconds, nanos);
  }

  /**
   * A time of day from microseconds since midnight.
   *
   * @throws IllegalArgumentException when the value is not within one day
   */
  public static LocalTime ofMicros(long micros) {
    if (micros < 0 || micros >= MICROS_PER_DAY) {
      throw outOfRange(format(micros));
    }
    return LocalTime.ofNanoOfDay(micros * 1000);
  }

  private static String format(long micros) {
    long seconds = micros / 1_000_000;
    return String.format("%d:%02d:%02d.%06d", seconds / 3600, seconds / 60 % 60, seconds % 60, micros % 1_000_000);
  }

  private static IllegalArgumentException outOfRange(String text) {
    return new IllegalArgumentException(
        "TIME value '" + text + "' is not a time of day (00:00:00 .. 23:59:59.999999); Tributary's TIME type "
            + "cannot hold it. Exclude the table with 'tables-exclude' or store such intervals in another type.");
  }
}
