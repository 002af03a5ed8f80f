package io.tributary.connector.postgres.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Parses PostgreSQL's ISO text of dates and times ({@code DateStyle=ISO}): {@code 2024-01-02},
 * {@code 0044-03-15 BC}, {@code 13:45:06.123456}, {@code 2024-01-02 13:45:06.5} and, for
 * timestamptz, the same followed by the session zone's offset ({@code +05:30}, {@code -03},
 * {@code +00:09:21}). Years BC become ISO years ({@code 1 BC} is year 0). Infinite values and
 * {@code 24:00:00} have no Java value and are refused.
 */
public final class TemporalText {
  private final String text;
  private int at;

  private TemporalText(String text) {
    this.text = text;
  }

  public static LocalDate date(String text) {
    refuseInfinity(text, "date");
    TemporalText p = new TemporalText(text);
    LocalDate date = p.datePart();
    return p.era(date);
  }

  public static LocalTime time(String text) {
    TemporalText p = new TemporalText(text);
    LocalTime time = p.timePart();
    p.end();
    return time;
  }

  public static LocalDateTime timestamp(String text) {
    refuseInfinity(text, "timestamp");
    TemporalText p = new TemporalText(text);
    LocalDate date = p.datePart();
    p.expect(' ');
    LocalTime time = p.timePart();
    return LocalDateTime.of(p.era(date), time);
  }

  public static Instant timestampTz(String text) {
    refuseInfinity(text, "timestamptz");
    TemporalText p = new TemporalText(text);
    LocalDate date = p.datePart();
    p.expect(' ');
    LocalTime time = p.timePart();
    int offsetSeconds = p.offset();
    return LocalDateTime.of(p.era(date), time).toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
  }

  private static void refuseInfinity(String text, String type) {
    if (text.equals("infinity") || text.equals("-infinity")) {
      throw new IllegalArgumentException(
          type + " '" + text + "' has no Java value; store a real " + type + " or NULL instead");
    }
  }

  private LocalDate datePart() {
    int year = number(1, 9);
    expect('-');
    int month = number(2, 2);
    expect('-');
    int day = number(2, 2);
    return LocalDate.of(year, month, day);
  }

  private LocalTime timePart() {
    int hour = number(2, 2);
    expect(':');
    int minute = number(2, 2);
    expect(':');
    int second = number(2, 2);
    int nanos = 0;
    if (at < text.length() && text.charAt(at) == '.') {
      at++;
      int start = at;
      int micros = number(1, 6);
      for (int digits = at - start; digits < 6; digits++) {
        micros *= 10;
      }
      nanos = micros * 1000;
    }
    if (hour == 24 && minute == 0 && second == 0 && nanos == 0) {
      throw new IllegalArgumentException("time '24:00:00' has no LocalTime value (the latest is 23:59:59.999999)");
    }
    return LocalTime.of(hour, minute, second, nanos);
  }

  private int offset() {
    if (at >= text.length() || (text.charAt(at) != '+' && text.charAt(at) != '-')) {
      throw malformed();
    }
    int sign = text.charAt(at++) == '-' ? -1 : 1;
    int seconds = number(2, 2) * 3600;
    if (at < text.length() && text.charAt(at) == ':') {
      at++;
      seconds += number(2, 2) * 60;
      if (at < text.length() && text.charAt(at) == ':') {
        at++;
        seconds += number(2, 2);
      }
    }
    return sign * seconds;
  }

  private LocalDate era(LocalDate date) {
    if (text.startsWith(" BC", at)) {
      at += 3;
      end();
      return date.withYear(1 - date.getYear());
    }
    end();
    return date;
  }

  private int number(int minDigits, int maxDigits) {
    int start = at;
    int value = 0;
    while (at < text.length() && at - start < maxDigits && Character.isDigit(text.charAt(at))) {
      value = value * 10 + (text.charAt(at++) - '0');
    }
    if (at - start < minDigits) {
      throw malformed();
    }
    return value;
  }

  private void expect(char c) {
    if (at >= text.length() || text.charAt(at) != c) {
      throw malformed();
    }
    at++;
  }

  private void end() {
    if (at != text.length()) {
      throw malformed();
    }
  }

  private IllegalArgumentException malformed() {
    return new IllegalArgumentException("'" + text + "' is not an ISO date/time as PostgreSQL prints it");
  }
}
