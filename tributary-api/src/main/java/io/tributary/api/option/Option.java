package io.tributary.api.option;

import io.tributary.api.ConfigException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One typed configuration option, declared once as a constant by the connector or runtime that
 * reads it. The pipeline-file reference in the docs is generated from these declarations.
 *
 * @param key the key as written in the pipeline file, relative to its block
 * @param typeName a short human name of the type, for the reference ("string", "int", ...)
 * @param parser turns the text of the value into the typed value; throws {@link
 *     IllegalArgumentException} with a human message when it cannot
 * @param defaultValue the value when the key is absent, or null
 * @param required whether the key must be given
 * @param secret whether the value must never be logged
 * @param description one or two sentences for the reference
 * @param <T> the value type
 */
public record Option<T>(
    String key,
    String typeName,
    Function<String, T> parser,
    T defaultValue,
    boolean required,
    boolean secret,
    String description) {

  public Option {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(description, "description");
  }

  public static Option<String> string(String key, String description) {
    return new Option<>(key, "string", s -> s, null, false, false, description);
  }

  public static Option<Integer> integer(String key, String description) {
    return new Option<>(key, "int", Option::parseInt, null, false, false, description);
  }

  public static Option<Long> longInteger(String key, String description) {
    return new Option<>(key, "long", Option::parseLong, null, false, false, description);
  }

  public static Option<Boolean> bool(String key, String description) {
    return new Option<>(key, "boolean", Option::parseBool, null, false, false, description);
  }

  /** A duration such as {@code 500ms}, {@code 1s}, {@code 5m}, {@code 1h}. */
  public static Option<Duration> duration(String key, String description) {
    return new Option<>(key, "duration", Option::parseDuration, null, false, false, description);
  }

  /**
   * Any number of keys under {@code prefix} (declared as {@code prefix.*}), each passed through as
   * text: settings of a client library the connector hands over unread, e.g. {@code properties.*}
   * for Kafka's client properties. Read them with {@link Config#under(String)}.
   */
  public static Option<String> prefixed(String prefix, String description) {
    return new Option<>(prefix + ".*", "map", s -> s, null, false, false, description);
  }

  /** Whether this option is a {@link #prefixed} family of keys. */
  public boolean isPrefixed() {
    return key.endsWith(".*");
  }

  /** Whether {@code candidate} is this option's key, or one of its keys when {@link #isPrefixed()}. */
  public boolean matches(String candidate) {
    if (!isPrefixed()) {
      return key.equals(candidate);
    }
    String prefix = key.substring(0, key.length() - 1);
    return candidate.length() > prefix.length() && candidate.startsWith(prefix);
  }

  /** One of a fixed list of lowercase words. */
  public static Option<String> choice(String key, List<String> choices, String description) {
    List<String> copy = List.copyOf(choices);
    return new Option<>(
        key,
        String.join(" | ", copy),
        s -> {
          String v = s.trim().toLowerCase(Locale.ROOT);
          if (!copy.contains(v)) {
            throw new IllegalArgumentException(
                "'" + s + "' is not one of " + String.join(", ", copy));
          }
          return v;
        },
        null,
        false,
        false,
        description);
  }

  public Option<T> withDefault(T value) {
    return new Option<>(key, typeName, parser, value, required, secret, description);
  }

  public Option<T> asRequired() {
    return new Option<>(key, typeName, parser, defaultValue, true, secret, description);
  }

  public Option<T> asSecret() {
    return new Option<>(key, typeName, parser, defaultValue, required, true, description);
  }

  /** Parses a value of this option, naming the key when it cannot. */
  public T parse(String text) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key, "invalid value for '" + key + "': " + e.getMessage());
    }
  }

  static int parseInt(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + s + "' is not a whole number");
    }
  }

  static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + s + "' is not a whole number");
    }
  }

  static boolean parseBool(String s) {
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException("'" + s + "' is not true or false");
    };
  }

  /** Parses {@code 250ms}, {@code 1s}, {@code 2m}, {@code 1h}, {@code 1d}, or ISO-8601 {@code PT1S}. */
  public static Duration parseDuration(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("pt") || t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      for (String[] unit : UNITS) {
        if (t.endsWith(unit[0])) {
          long n = Long.parseLong(t.substring(0, t.length() - unit[0].length()).trim());
          return Duration.ofMillis(n * Long.parseLong(unit[1]));
        }
      }
    } catch (RuntimeException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "'" + s + "' is not a duration; write e.g. 500ms, 1s, 5m, 1h (units: "
            + String.join(", ", Arrays.stream(UNITS).map(u -> u[0]).toList())
            + ")");
  }

  private static final String[][] UNITS = {
    {"ms", "1"}, {"s", "1000"}, {"m", "60000"}, {"h", "3600000"}, {"d", "86400000"}
  };
}
