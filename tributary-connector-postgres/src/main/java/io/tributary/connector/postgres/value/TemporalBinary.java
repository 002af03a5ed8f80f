package io.tributary.connector.postgres.value;

import io.tributary.api.schema.SpecialValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * PostgreSQL's binary dates and times (integer datetimes): days and microseconds counted from
 * 2000-01-01, with {@code Integer}/{@code Long} extremes meaning infinity (a {@link SpecialValue},
 * as is {@code 24:00:00}). Also prints the text
 * PostgreSQL gives {@code timetz} and {@code interval} values ({@code IntervalStyle=iso_8601}), so
 * that a value reads the same in both formats.
 */
public final class TemporalBinary {
  private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final long POSTGRES_EPOCH_MICROS = POSTGRES_EPOCH_DAY * 86_400_000_000L;
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private TemporalBinary() {}

  /** A {@link LocalDate} or an infinite {@link SpecialValue}. */
  public static Object date(int days) {
    if (days == Integer.MAX_VALUE) {
      return SpecialValue.POSITIVE_INFINITY;
    } else if (days == Integer.MIN_VALUE) {
      return SpecialValue.NEGATIVE_INFINITY;
    }
    return LocalDate.ofEpochDay(POSTGRES_EPOCH_DAY + days);
  }

  /** A {@link LocalTime} or {@link SpecialValue#END_OF_DAY}. */
  public static Object time(long micros) {
    if (micros == MICROS_PER_DAY) {
      return SpecialValue.END_OF_DAY;
    }
    return LocalTime.ofNanoOfDay(micros * 1000);
  }

  /** A {@link LocalDateTime} or an infinite {@link SpecialValue}. */
  public static Object timestamp(long micros) {
    SpecialValue infinity = infinity(micros);
    if (infinity != null) {
      return infinity;
    }
    long epochMicros = micros + POSTGRES_EPOCH_MICROS;
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(epochMicros, 1_000_000L), (int) Math.floorMod(epochMicros, 1_000_000L) * 1000, ZoneOffset.UTC);
  }

  /** An {@link Instant} or an infinite {@link SpecialValue}. */
  public static Object timestampTz(long micros) {
    SpecialValue infinity = infinity(micros);
    if (infinity != null) {
      return infinity;
    }
    long epochMicros = micros + POSTGRES_EPOCH_MICROS;
    return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1000);
  }

  private static SpecialValue infinity(long micros) {
    if (micros == Long.MAX_VALUE) {
      return SpecialValue.POSITIVE_INFINITY;
    }
    return micros == Long.MIN_VALUE ? SpecialValue.NEGATIVE_INFINITY : null;
  }

  /**
   * The text of a {@code timetz}: the time of day, then the UTC offset as {@code +HH},
   * {@code +HH:MM} or {@code +HH:MM:SS}.
   *
   * @param zoneSecondsWest the zone as PostgreSQL stores it: seconds west of UTC
   */
  public static String timeTzText(long micros, int zoneSecondsWest) {
    StringBuilder out = new StringBuilder(24);
    long seconds = micros / 1_000_000;
    two(out, seconds / 3600).append(':');
    two(out, seconds / 60 % 60).append(':');
    two(out, seconds % 60);
    fraction(out, micros % 1_000_000);
    int abs = Math.abs(zoneSecondsWest);
    out.append(zoneSecondsWest <= 0 ? '+' : '-');
    two(out, abs / 3600);
    if (abs % 60 != 0) {
      two(out.append(':'), abs / 60 % 60).append(':');
      two(out, abs % 60);
    } else if (abs / 60 % 60 != 0) {
      two(out.append(':'), abs / 60 % 60);
    }
    return out.toString();
  }

  /** The ISO-8601 text PostgreSQL prints for an interval with {@code IntervalStyle=iso_8601}. */
  public static String intervalText(long micros, int days, int months) {
    if (micros == 0 && days == 0 && months == 0) {
      return "PT0S";
    }
    StringBuilder out = new StringBuilder("P");
    part(out, months / 12, 'Y');
    part(out, months % 12, 'M');
    part(out, days, 'D');
    long hours = micros / 3_600_000_000L;
    long rest = micros - hours * 3_600_000_000L;
    long minutes = rest / 60_000_000L;
    rest -= minutes * 60_000_000L;
    long seconds = rest / 1_000_000L;
    long fraction = rest - seconds * 1_000_000L;
    if (micros != 0) {
      out.append('T');
    }
    part(out, hours, 'H');
    part(out, minutes, 'M');
    if (seconds != 0 || fraction != 0) {
      if (seconds < 0 || fraction < 0) {
        out.append('-');
      }
      out.append(Math.abs(seconds));
      fraction(out, Math.abs(fraction));
      out.append('S');
    }
    return out.toString();
  }

  private static void part(StringBuilder out, long value, char unit) {
    if (value != 0) {
      out.append(value).append(unit);
    }
  }

  private static StringBuilder two(StringBuilder out, long value) {
    return out.append(value < 10 ? "0" : "").append(value);
  }

  /** Appends {@code .ffffff} without trailing zeros, nothing for 0. */
  private static void fraction(StringBuilder out, long micros) {
    if (micros == 0) {
      return;
    }
    String digits = Long.toString(1_000_000 + micros).substring(1);
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    out.append('.').append(digits, 0, end);
  }
}
