package io.tributary.transform;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Date and time functions. Formats are Java {@link DateTimeFormatter} patterns (compatible with
 * Flink's for the usual {@code yyyy-MM-dd HH:mm:ss}); a literal format is compiled once. There is
 * no session time zone: TIMESTAMP_TZ values are formatted, and TIMESTAMP values and zone-less text
 * converted to instants, in UTC.
 *
 * <ul>
 *   <li>DATE_FORMAT(ts, format) STRING; ts a DATE, TIMESTAMP, TIMESTAMP_TZ or text.
 *   <li>TO_TIMESTAMP(text[, format]) TIMESTAMP(3), default format {@code yyyy-MM-dd HH:mm:ss};
 *       text that does not match gives NULL (as in Flink).
 *   <li>UNIX_TIMESTAMP() the current epoch second; UNIX_TIMESTAMP(ts[, format]) the epoch second
 *       of ts (text parsed like TO_TIMESTAMP); INT64.
 *   <li>FROM_UNIXTIME(seconds[, format]) STRING, default format {@code yyyy-MM-dd HH:mm:ss}.
 *   <li>DATE_ADD(d, days) and DATE_SUB(d, days): the same type as d (text reads as a DATE).
 *   <li>DATE_DIFF / DATEDIFF(end, start): whole days from start's date to end's date, INT32.
 *   <li>CURRENT_TIMESTAMP and NOW() TIMESTAMP_TZ(3), CURRENT_DATE DATE: the time of evaluation.
 * </ul>
 */
final class TemporalFunctions {
  static final String DEFAULT_FORMAT = "yyyy-MM-dd HH:mm:ss";

  private TemporalFunctions() {}

  static void register(Map<String, FunctionRegistry.Spec> specs) {
    FunctionRegistry.add(specs, "DATE_FORMAT", 2, 2, TemporalFunctions::dateFormat);
    FunctionRegistry.add(specs, "TO_TIMESTAMP", 1, 2, TemporalFunctions::toTimestamp);
    FunctionRegistry.add(specs, "UNIX_TIMESTAMP", 0, 2, TemporalFunctions::unixTimestamp);
    FunctionRegistry.add(specs, "FROM_UNIXTIME", 1, 2, TemporalFunctions::fromUnixtime);
    FunctionRegistry.add(specs, "DATE_ADD", 2, 2, c -> addDays(c, 1));
    FunctionRegistry.add(specs, "DATE_SUB", 2, 2, c -> addDays(c, -1));
    FunctionRegistry.add(specs, "DATE_DIFF", 2, 2, TemporalFunctions::dateDiff);
    FunctionRegistry.add(specs, "DATEDIFF", 2, 2, TemporalFunctions::dateDiff);
    FunctionRegistry.add(specs, "NOW", 0, 0, c -> timeKey("CURRENT_TIMESTAMP", c.site()));
    FunctionRegistry.add(specs, "CURRENT_TIMESTAMP", 0, 0, c -> timeKey("CURRENT_TIMESTAMP", c.site()));
    FunctionRegistry.add(specs, "CURRENT_DATE", 0, 0, c -> timeKey("CURRENT_DATE", c.site()));
  }

  /** CURRENT_TIMESTAMP, CURRENT_DATE: never folded, evaluated per row. */
  static Typed timeKey(String keyword, Site site) {
    String key = keyword.toUpperCase(Locale.ROOT).replace("()", "").trim();
    return switch (key) {
      case "CURRENT_TIMESTAMP", "NOW", "LOCALTIMESTAMP" -> new Typed(
          DataType.timestampTz(3), (row, c) -> Instant.now().truncatedTo(ChronoUnit.MILLIS), false, false);
      case "CURRENT_DATE" -> new Typed(
          DataType.date(), (row, c) -> LocalDate.now(ZoneOffset.UTC), false, false);
      default -> throw site.error("unsupported " + keyword + "; use CURRENT_TIMESTAMP or CURRENT_DATE");
    };
  }

  private static Function<Object, LocalDateTime> temporal(FunctionCall call, int index) {
    Typed arg = call.arg(index);
    Function<Object, LocalDateTime> reader =
        arg.isNullLiteral() ? v -> null : TemporalCasts.localReader(arg.type());
    if (reader == null) {
      throw call.error("argument " + (index + 1) + " must be a DATE, TIMESTAMP, TIMESTAMP_LTZ or "
          + "text but is " + arg.type() + "; CAST it first");
    }
    return reader;
  }

  static Function<Object, DateTimeFormatter> format(FunctionCall call, int index) {
    return Prepared.of(call.text(index), TemporalFunctions::formatter, call.site(), "date format");
  }

  static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
        .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
        .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
        .toFormatter(Locale.ROOT);
  }

  private static Typed dateFormat(FunctionCall call) {
    Function<Object, LocalDateTime> reader = temporal(call, 0);
    Function<Object, DateTimeFormatter> format = format(call, 1);
    return call.strict(Types.STRING, (v, f) -> format.apply(f).format(reader.apply(v)));
  }

  private static Typed toTimestamp(FunctionCall call) {
    call.text(0);
    List<Typed> args = call.count() == 2 ? call.args()
        : List.of(call.arg(0), Typed.constant(Types.STRING, DEFAULT_FORMAT));
    FunctionCall withFormat = new FunctionCall(call.name(), args, call.site());
    Function<Object, DateTimeFormatter> format = format(withFormat, 1);
    return withFormat.strict(DataType.timestamp(3), (v, f) -> parse((String) v, format.apply(f)));
  }

  private static LocalDateTime parse(String text, DateTimeFormatter format) {
    try {
      return TemporalCasts.truncate(LocalDateTime.parse(text.trim(), format), 3);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Typed unixTimestamp(FunctionCall call) {
    if (call.count() == 0) {
      return Typed.of(DataType.int64(), (row, c) -> Instant.now().getEpochSecond());
    }
    Typed value = call.arg(0);
    if (Types.isStringLike(value.type())) {
      Typed parsed = toTimestamp(call);
      return parsed.with(DataType.int64(), epochSeconds(parsed.evaluator(), v -> (LocalDateTime) v));
    }
    if (call.count() == 2) {
      throw call.error("a format only applies to text; drop it for a " + value.type() + " value");
    }
    return value.with(DataType.int64(), epochSeconds(value.evaluator(), temporal(call, 0)));
  }

  private static Evaluator epochSeconds(Evaluator source, Function<Object, LocalDateTime> reader) {
    return (row, context) -> {
      Object value = source.eval(row, context);
      LocalDateTime local = value == null ? null : reader.apply(value);
      return local == null ? null : local.toEpochSecond(ZoneOffset.UTC);
    };
  }

  private static Typed fromUnixtime(FunctionCall call) {
    call.integer(0);
    List<Typed> args = call.count() == 2 ? call.args()
        : List.of(call.arg(0), Typed.constant(Types.STRING, DEFAULT_FORMAT));
    FunctionCall withFormat = new FunctionCall(call.name(), args, call.site());
    Function<Object, DateTimeFormatter> format = format(withFormat, 1);
    return withFormat.strict(Types.STRING, (v, f) -> format.apply(f)
        .format(LocalDateTime.ofEpochSecond(Types.asLong(v), 0, ZoneOffset.UTC)));
  }

  private static Typed addDays(FunctionCall call, int sign) {
    call.integer(1);
    Typed value = call.arg(0);
    Kind kind = value.isNullLiteral() ? Kind.DATE : value.kind();
    return switch (Types.isStringLike(value.type()) ? Kind.STRING : kind) {
      case DATE -> call.strict(DataType.date(), (d, n) -> ((LocalDate) d).plusDays(sign * Types.asLong(n)));
      case TIMESTAMP -> call.strict(value.type(),
          (t, n) -> ((LocalDateTime) t).plusDays(sign * Types.asLong(n)));
      case TIMESTAMP_TZ -> call.strict(value.type(),
          (t, n) -> ((Instant) t).plus(sign * Types.asLong(n), ChronoUnit.DAYS));
      case STRING -> call.strict(DataType.date(),
          (s, n) -> TemporalCasts.parseLocal((String) s).toLocalDate().plusDays(sign * Types.asLong(n)));
      default -> throw call.error("needs a DATE, TIMESTAMP, TIMESTAMP_LTZ or text but got " + value.type());
    };
  }

  private static Typed dateDiff(FunctionCall call) {
    Function<Object, LocalDateTime> end = temporal(call, 0);
    Function<Object, LocalDateTime> start = temporal(call, 1);
    return call.strict(DataType.int32(), (e, s) -> Math.toIntExact(ChronoUnit.DAYS.between(
        start.apply(s).toLocalDate(), end.apply(e).toLocalDate())));
  }
}
