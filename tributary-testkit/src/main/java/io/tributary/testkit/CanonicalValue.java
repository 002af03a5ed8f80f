package io.tributary.testkit;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One canonical text per value, so equal values read through different JDBC drivers compare equal:
 * exact numbers via {@code BigDecimal.stripTrailingZeros().toPlainString()}; floats by value (a double that is
 * exactly a float prints as that float, so FLOAT columns widened to DOUBLE still match); byte arrays and BLOBs as
 * lower-case hex; booleans as {@code true}/{@code false}; dates {@code 2024-01-31}; times
 * {@code 12:34:56.123456}; timestamps {@code 2024-01-31T12:34:56.123456} (always six fraction digits, instants
 * shown in the JVM's default zone, as MariaDB shows {@code TIMESTAMP} values in the session zone); arrays as
 * {@code [a,b]}; SQL NULL as {@link TableDump#NULL}.
 */
public final class CanonicalValue {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
  private static final Pattern TIME_TEXT = Pattern.compile("(-?)(\\d+):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?");

  private CanonicalValue() {}

  /** The canonical text of a value as returned by {@code ResultSet.getObject} (null gives {@link TableDump#NULL}). */
  public static String of(Object value) {
    if (value == null) {
      return TableDump.NULL;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double number) {
      return ofDouble(number);
    }
    if (value instanceof Float number) {
      return Float.toString(number);
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return ofTemporal(value);
  }

  /**
   * The canonical text of a time-of-day printed by a database ({@code 12:34:56.1}, {@code -25:00:00},
   * {@code 838:59:59.000000}): sign, hours (at least two digits), minutes, seconds and six fraction digits.
   * Text that is not a time comes back unchanged.
   */
  public static String ofTimeText(String text) {
    Matcher matcher = TIME_TEXT.matcher(text.strip());
    if (!matcher.matches()) {
      return text;
    }
    String fraction = matcher.group(5) == null ? "" : matcher.group(5);
    fraction = (fraction + "000000").substring(0, 6);
    String hours = matcher.group(2).length() < 2 ? "0" + matcher.group(2) : matcher.group(2);
    String seconds = matcher.group(4) == null ? "00" : matcher.group(4); // LocalTime.toString() drops ":00"
    return matcher.group(1) + hours + ":" + matcher.group(3) + ":" + seconds + "." + fraction;
  }

  private static String ofDouble(double number) {
    boolean exactFloat = !Double.isNaN(number) && !Double.isInfinite(number) && (double) (float) number == number;
    return exactFloat ? Float.toString((float) number) : Double.toString(number);
  }

  private static String ofTemporal(Object value) {
    if (value instanceof java.sql.Timestamp timestamp) {
      return DATE_TIME.format(timestamp.toLocalDateTime());
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof java.sql.Time time) {
      return TIME.format(time.toLocalTime());
    }
    if (value instanceof LocalDateTime dateTime) {
      return DATE_TIME.format(dateTime);
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof LocalTime time) {
      return TIME.format(time);
    }
    if (value instanceof OffsetDateTime dateTime) {
      return ofInstant(dateTime.toInstant());
    }
    if (value instanceof ZonedDateTime dateTime) {
      return ofInstant(dateTime.toInstant());
    }
    if (value instanceof Instant instant) {
      return ofInstant(instant);
    }
    return ofContainer(value);
  }

  private static String ofInstant(Instant instant) {
    return DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
  }

  private static String ofContainer(Object value) {
    try {
      if (value instanceof Array array) {
        return of(array.getArray());
      }
      if (value instanceof Blob blob) {
        return of(blob.getBytes(1, (int) blob.length()));
      }
      if (value instanceof Clob clob) {
        return clob.getSubString(1, (int) clob.length());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read " + value.getClass().getName() + ": " + e.getMessage(), e);
    }
    if (value instanceof Object[] elements) {
      return Arrays.stream(elements).map(CanonicalValue::of).collect(Collectors.joining(",", "[", "]"));
    }
    if (value instanceof List<?> elements) {
      return elements.stream().map(CanonicalValue::of).collect(Collectors.joining(",", "[", "]"));
    }
    if (value.getClass().isArray()) {
      return IntStream.range(0, java.lang.reflect.Array.getLength(value))
          .mapToObj(i -> of(java.lang.reflect.Array.get(value, i)))
          .collect(Collectors.joining(",", "[", "]"));
    }
    return value.toString();
  }
}
