package io.tributary.transform;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Conversions into DATE, TIME, TIMESTAMP and TIMESTAMP_TZ. Text is read as {@code
 * yyyy-MM-dd[( |T)HH:mm[:ss[.fraction]]][offset|Z]}; text without an offset, and TIMESTAMP
 * values, are taken as UTC when an instant is needed; TIMESTAMP_TZ values read as UTC wall clock.
 */
final class TemporalCasts {
  static final DateTimeFormatter LENIENT_TIMESTAMP =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral(' ')
          .appendPattern("HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
          .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
          .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
          .toFormatter(Locale.ROOT);

  private TemporalCasts() {}

  static UnaryOperator<Object> converter(DataType from, DataType to) {
    Kind source = from.kind();
    if (source == to.kind() && source != Kind.TIMESTAMP && source != Kind.TIMESTAMP_TZ) {
      return UnaryOperator.identity();
    }
    if (to.kind() == Kind.TIME && Types.isStringLike(from)) {
      return value -> LocalTime.parse(((String) value).trim());
    }
    Function<Object, LocalDateTime> local = localReader(from);
    if (local == null) {
      return null;
    }
    int digits = to.precision();
    return switch (to.kind()) {
      case DATE -> value -> local.apply(value).toLocalDate();
      case TIME -> source == Kind.DATE ? null : value -> local.apply(value).toLocalTime();
      case TIMESTAMP -> value -> truncate(local.apply(value), digits);
      case TIMESTAMP_TZ -> source == Kind.TIMESTAMP_TZ
          ? value -> truncate((Instant) value, digits)
          : value -> truncate(local.apply(value).toInstant(ZoneOffset.UTC), digits);
      default -> null;
    };
  }

  /**
   * Reads values of {@code type} (DATE, TIMESTAMP, TIMESTAMP_TZ or text) as a UTC wall clock; null
   * when the type has no such reading.
   */
  static Function<Object, LocalDateTime> localReader(DataType type) {
    if (Types.isStringLike(type)) {
      return value -> parseLocal((String) value);
    }
    return switch (type.kind()) {
      case DATE -> value -> ((LocalDate) value).atStartOfDay();
      case TIMESTAMP -> value -> (LocalDateTime) value;
      case TIMESTAMP_TZ -> value -> LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC);
      default -> null;
    };
  }

  static LocalDateTime parseLocal(String text) {
    TemporalAccessor parsed = parse(text);
    LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
    if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS));
      return LocalDateTime.ofInstant(local.toInstant(offset), ZoneOffset.UTC);
    }
    return local;
  }

  static Instant parseInstant(String text) {
    return parseLocal(text).toInstant(ZoneOffset.UTC);
  }

  private static TemporalAccessor parse(String text) {
    String trimmed = text.trim();
    if (trimmed.length() > 10 && trimmed.charAt(10) == 'T') {
      trimmed = trimmed.substring(0, 10) + ' ' + trimmed.substring(11);
    }
    return LENIENT_TIMESTAMP.parse(trimmed);
  }

  static LocalDateTime truncate(LocalDateTime value, int digits) {
    int nanos = value.getNano();
    int dropped = nanos % unit(digits);
    return dropped == 0 ? value : value.withNano(nanos - dropped);
  }

  static Instant truncate(Instant value, int digits) {
    int nanos = value.getNano();
    int dropped = nanos % unit(digits);
    return dropped == 0 ? value : value.minusNanos(dropped);
  }

  private static int unit(int digits) {
    int unit = 1;
    for (int i = Math.max(0, Math.min(digits, 9)); i < 9; i++) {
      unit *= 10;
    }
    return unit;
  }
}
