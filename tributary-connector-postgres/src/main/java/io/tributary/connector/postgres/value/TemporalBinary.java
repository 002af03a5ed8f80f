package io.tributary.connector.postgres.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * PostgreSQL's binary dates and times (integer datetimes): days and microseconds counted from
 * 2000-01-01, with {@code Integer}/{@code Long} extremes meaning infinity. Also prints the text
 * PostgreSQL gives {@code timetz} and {@code interval} values ({@code IntervalStyle=iso_8601}), so
 * that a value reads the same in both formats.
 */
public final class TemporalBinary {
  private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final long POSTGRES_EPOCH_MICROS = POSTGRES_EPOCH_DAY * 86_400_000_000L;
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private TemporalBinary() {}

  public static LocalDate date(int days) {
    if (days == Integer.MAX_VALUE || days == Integer.MIN_VALUE) {
      throw new IllegalArgumentException("date '" + (days > 0 ? "" : "-") + "infinity' has no Java value");
    }
    return LocalDate.ofEpochDay(POSTGRES_EPOCH_DAY + days);
  }

  public static LocalTime time(long micros) {
    if (micros == MICROS_PER_DAY) {
      throw new IllegalArgumentException("time '24:00:00' has no LocalTime value (the latest is 23:59:59.999999)");
    }
    return LocalTime.ofNanoOfDay(micros * 1000);
  }

  public static LocalDateTime timestamp(long micros) {
    long epochMicros = epochMicros(micros, "timestamp");
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(epochMicros, 1_000_000L), (int) Math.floorMod(epochMicros, 1_000_000L) * 1000, ZoneOffset.UTC);
  }

  public static Instant timestampTz(long micros) {
    long epochMicros = epochMicros(micros, "timestamptz");
    return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1000);
  }

  private static long epochMicros(long micros, String type) {
    if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
      throw new IllegalArgumentException(type + " '" + (micros > 0 ? "" : "-") + "infinity' has no Java value");
    }
    return micros + POSTGRES_EPOCH_MICROS;
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
