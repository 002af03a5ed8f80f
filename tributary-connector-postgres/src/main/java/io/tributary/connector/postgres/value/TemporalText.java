package io.tributary.connector.postgres.value;

import io.tributary.api.schema.SpecialValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Parses PostgreSQL's ISO text of dates and times ({@code DateStyle=ISO}): {@code 2024-01-02},
 * {@code 0044-03-15 BC}, {@code 13:45:06.123456}, {@code 2024-01-02 13:45:06.5} and, for
 * timestamptz, the same followed by the session zone's offset ({@code +05:30}, {@code -03},
 * {@code +00:09:21}). Years BC become ISO years ({@code 1 BC} is year 0). {@code infinity},
 * {@code -infinity} and {@code 24:00:00}, which no {@code java.time} class holds, become a {@link
 * SpecialValue}.
 */
public final class TemporalText {
  private final String text;
  private int at;

  private TemporalText(String text) {
    this.text = text;
  }

  /** A {@link LocalDate} or an infinite {@link SpecialValue}. */
  public static Object date(String text) {
    SpecialValue infinity = infinity(text);
    if (infinity != null) {
      return infinity;
    }
    TemporalText p = new TemporalText(text);
    LocalDate date = p.datePart();
    return p.era(date);
  }

  /** A {@link LocalTime} or {@link SpecialValue#END_OF_DAY}. */
  public static Object time(String text) {
    if (text.equals("24:00:00")) {
      return SpecialValue.END_OF_DAY;
    }
    TemporalText p = new TemporalText(text);
    LocalTime time = p.timePart();
    p.end();
    return time;
  }

  /** A {@link LocalDateTime} or an infinite {@link SpecialValue}. */
  public static Object timestamp(String text) {
    SpecialValue infinity = infinity(text);
    if (infinity != null) {
      return infinity;
    }
    TemporalText p = new TemporalText(text);
    LocalDate date = p.datePart();
    p.expect(' ');
    LocalTime time = p.timePart();
    return LocalDateTime.of(p.era(date), time);
  }

  /** An {@link Instant} or an infinite {@link SpecialValue}. */
  public static Object timestampTz(String text) {
    SpecialValue infinity = infinity(text);
    if (infinity != null) {
      return infinity;
    }
    TemporalText p = new TemporalText(text);
    LocalDate date = p.datePart();
    p.expect(' ');
    LocalTime time = p.timePart();
    int offsetSeconds = p.offset();
    return LocalDateTime.of(p.era(date), time).toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
  }

  private static SpecialValue infinity(String text) {
    return switch (text) {
      case "infinity" -> SpecialValue.POSITIVE_INFINITY;
      case "-infinity" -> SpecialValue.NEGATIVE_INFINITY;
      default -> null;
    };
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
