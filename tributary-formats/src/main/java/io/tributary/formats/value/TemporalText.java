package io.tributary.formats.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Dates and times as text, both ways: {@code yyyy-MM-dd}, {@code HH:mm:ss[.fff…]}, date and time
 * joined by a space (MySQL, Canal) or {@code T} (ISO-8601), instants with {@code Z}.
 *
 * <p>Fractional seconds are written with exactly the column's digits (MySQL's way: {@code
 * DATETIME(3)} prints {@code .120}), or with as many as the value needs when it has more, so no
 * value is ever cut. Years beyond 9999 and before 1 use ISO's sign ({@code +10000-01-01}, {@code
 * -0001-01-01}). Parsing accepts 1 to 9 fraction digits and, for wall-clock values, a trailing
 * {@code Z} (Debezium's ISO types append one).
 */
public final class TemporalText {
  private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
      100_000_000, 1_000_000_000};

  private TemporalText() {}

  /** {@code yyyy-MM-dd}. */
  public static String date(LocalDate date) {
    return date.toString();
  }

  /** {@code HH:mm:ss[.f]} with {@code fractionDigits} digits, or more when the value needs them. */
  public static String time(LocalTime time, int fractionDigits) {
    StringBuilder out = new StringBuilder(16);
    appendTime(out, time, fractionDigits);
    return out.toString();
  }

  /** Date and time joined by {@code separator} (a space or {@code T}). */
  public static String dateTime(LocalDateTime value, int fractionDigits, char separator) {
    StringBuilder out = new StringBuilder(32);
    out.append(value.toLocalDate()).append(separator);
    appendTime(out, value.toLocalTime(), fractionDigits);
    return out.toString();
  }

  /** ISO-8601 in UTC: {@code 2024-01-02T03:04:05.123456Z}. */
  public static String instant(Instant value, int fractionDigits) {
    return dateTime(LocalDateTime.ofEpochSecond(value.getEpochSecond(), value.getNano(), ZoneOffset.UTC),
        fractionDigits, 'T') + 'Z';
  }

  private static void appendTime(StringBuilder out, LocalTime time, int fractionDigits) {
    twoDigits(out, time.getHour()).append(':');
    twoDigits(out, time.getMinute()).append(':');
    twoDigits(out, time.getSecond());
    int nanos = time.getNano();
    int needed = 9;
    if (nanos == 0) {
      needed = 0;
    } else {
      while (nanos % POWERS_OF_TEN[9 - needed + 1] == 0) {
        needed--;
      }
    }
    int digits = Math.max(Math.min(Math.max(fractionDigits, 0), 9), needed);
    if (digits > 0) {
      String fraction = Integer.toString(nanos / POWERS_OF_TEN[9 - digits]);
      out.append('.');
      for (int i = fraction.length(); i < digits; i++) {
        out.append('0');
      }
      out.append(fraction);
    }
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /**
   * Parses {@code [+-]yyyy-MM-dd}.
   *
   * @throws IllegalArgumentException when the text is not such a date, or the date does not exist
   */
  public static LocalDate parseDate(String text) {
    Cursor cursor = new Cursor(text);
    LocalDate date = cursor.date();
    cursor.optionalZ();
    cursor.end();
    return date;
  }

  /** Parses {@code HH:mm:ss[.f{1,9}]}, optionally followed by {@code Z}. */
  public static LocalTime parseTime(String text) {
    Cursor cursor = new Cursor(text);
    LocalTime time = cursor.time();
    cursor.optionalZ();
    cursor.end();
    return time;
  }

  /** Parses a date and a time joined by a space or {@code T}, optionally followed by {@code Z}. */
  public static LocalDateTime parseDateTime(String text) {
    Cursor cursor = new Cursor(text);
    LocalDateTime value = cursor.dateTime();
    cursor.optionalZ();
    cursor.end();
    return value;
  }

  /**
   * Parses a date and time with an optional offset ({@code Z}, {@code +hh:mm}, {@code +hhmm},
   * {@code +hh}); without one, the time is read in {@code zone}.
   */
  public static Instant parseInstant(String text, ZoneId zone) {
    Cursor cursor = new Cursor(text);
    LocalDateTime value = cursor.dateTime();
    ZoneOffset offset = cursor.offset();
    cursor.end();
    return offset != null ? value.toInstant(offset) : value.atZone(zone).toInstant();
  }

  /** A position in the text being parsed; every failure is an IllegalArgumentException. */
  private static final class Cursor {
    private final String text;
    private int at;

    Cursor(String text) {
      this.text = text;
    }

    LocalDate date() {
      int start = at;
      if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
        at++;
      }
      int yearDigits = digitsAhead();
      if (yearDigits < 4) {
        throw bad("a year of at least 4 digits");
      }
      int year = Integer.parseInt(text, start, at + yearDigits, 10);
      at += yearDigits;
      expect('-');
      int month = fixed(2);
      expect('-');
      int day = fixed(2);
      return LocalDate.of(year, month, day);
    }

    LocalTime time() {
      int hour = fixed(2);
      expect(':');
      int minute = fixed(2);
      expect(':');
      int second = fixed(2);
      int nanos = 0;
      if (at < text.length() && text.charAt(at) == '.') {
        at++;
        int digits = digitsAhead();
        if (digits < 1 || digits > 9) {
          throw bad("1 to 9 fraction digits");
        }
        nanos = Integer.parseInt(text, at, at + digits, 10) * POWERS_OF_TEN[9 - digits];
        at += digits;
      }
      return LocalTime.of(hour, minute, second, nanos);
    }

    LocalDateTime dateTime() {
      LocalDate date = date();
      if (at >= text.length() || (text.charAt(at) != ' ' && text.charAt(at) != 'T')) {
        throw bad("' ' or 'T' between date and time");
      }
      at++;
      return LocalDateTime.of(date, time());
    }

    ZoneOffset offset() {
      if (at >= text.length()) {
        return null;
      }
      char sign = text.charAt(at);
      if (sign == 'Z' || sign == 'z') {
        at++;
        return ZoneOffset.UTC;
      }
      if (sign != '+' && sign != '-') {
        throw bad("an offset (Z or +hh:mm)");
      }
      at++;
      int hours = fixed(2);
      int minutes = 0;
      if (at < text.length()) {
        if (text.charAt(at) == ':') {
          at++;
        }
        minutes = fixed(2);
      }
      return ZoneOffset.ofHoursMinutes(sign == '-' ? -hours : hours, sign == '-' ? -minutes : minutes);
    }

    void optionalZ() {
      if (at < text.length() && (text.charAt(at) == 'Z' || text.charAt(at) == 'z')) {
        at++;
      }
    }

    void end() {
      if (at != text.length()) {
        throw bad("the end of the text");
      }
    }

    private int fixed(int digits) {
      if (digitsAhead() < digits) {
        throw bad(digits + " digits");
      }
      int value = Integer.parseInt(text, at, at + digits, 10);
      at += digits;
      return value;
    }

    private int digitsAhead() {
      int end = at;
      while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      return end - at;
    }

    private void expect(char c) {
      if (at >= text.length() || text.charAt(at) != c) {
        throw bad("'" + c + "'");
      }
      at++;
    }

    private IllegalArgumentException bad(String expected) {
      return new IllegalArgumentException("expected " + expected + " at character " + at + " of '" + text + "'");
    }
  }
}
