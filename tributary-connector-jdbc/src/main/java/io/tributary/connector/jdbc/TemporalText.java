package io.tributary.connector.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Writes dates and times as the SQL literal text both PostgreSQL and MySQL read back exactly:
 * {@code 2024-02-29}, {@code 13:05:09.000123}, {@code 2024-02-29 13:05:09.000123}. Fractions are
 * written to the microsecond (the precision of the value convention) and left out when zero.
 * Years 1 to 9999 are written with four digits; years outside that range are written as signed
 * numbers, which PostgreSQL's writer turns into its own {@code BC} form.
 */
public final class TemporalText {
  private TemporalText() {}

  /** Appends {@code yyyy-MM-dd}. */
  public static StringBuilder appendDate(StringBuilder out, LocalDate date) {
    int year = date.getYear();
    if (year < 0) {
      out.append('-');
      year = -year;
    }
    if (year < 1000) {
      pad(out, year, 4);
    } else {
      out.append(year);
    }
    out.append('-');
    pad(out, date.getMonthValue(), 2).append('-');
    return pad(out, date.getDayOfMonth(), 2);
  }

  /** Appends {@code HH:mm:ss} and, when not zero, {@code .ffffff}. */
  public static StringBuilder appendTime(StringBuilder out, LocalTime time) {
    pad(out, time.getHour(), 2).append(':');
    pad(out, time.getMinute(), 2).append(':');
    pad(out, time.getSecond(), 2);
    int micros = time.getNano() / 1000;
    if (micros != 0) {
      out.append('.');
      pad(out, micros, 6);
    }
    return out;
  }

  /** Appends the date, a space and the time. */
  public static StringBuilder appendDateTime(StringBuilder out, LocalDateTime dateTime) {
    appendDate(out, dateTime.toLocalDate()).append(' ');
    return appendTime(out, dateTime.toLocalTime());
  }

  /** The UTC wall-clock time of an instant. */
  public static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
  }

  /** {@code yyyy-MM-dd HH:mm:ss[.ffffff]} of a date-time. */
  public static String dateTime(LocalDateTime dateTime) {
    return appendDateTime(new StringBuilder(26), dateTime).toString();
  }

  /** {@code HH:mm:ss[.ffffff]} of a time. */
  public static String time(LocalTime time) {
    return appendTime(new StringBuilder(15), time).toString();
  }

  /** {@code yyyy-MM-dd} of a date. */
  public static String date(LocalDate date) {
    return appendDate(new StringBuilder(10), date).toString();
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
