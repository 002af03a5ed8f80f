package io.tributary.formats;

import io.tributary.api.ConfigException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How Debezium-JSON writes DECIMAL values (Debezium's {@code decimal.handling.mode}). Canal-JSON
 * always writes decimals as plain text.
 */
public enum DecimalHandling {
  /** Exact plain text, {@code "1234.50"}: the default; keeps every digit and the scale. */
  STRING("string"),
  /**
   * Kafka Connect's {@code Decimal}: the unscaled value's two's-complement bytes in base64 with the
   * scale in the schema; unconstrained decimals as Debezium's {@code VariableScaleDecimal} struct.
   * Exact, but unreadable without the schema; NaN and the infinities cannot be written.
   */
  PRECISE("precise"),
  /** A JSON number from {@link java.math.BigDecimal#doubleValue()}: loses digits beyond ~15. */
  DOUBLE("double");

  private final String id;

  DecimalHandling(String id) {
    this.id = id;
  }

  /** The option value: {@code string}, {@code precise} or {@code double}. */
  public String id() {
    return id;
  }

  /**
   * The handling named {@code id}.
   *
   * @throws ConfigException naming the valid values when {@code id} is none of them
   */
  public static DecimalHandling of(String id) {
    for (DecimalHandling handling : values()) {
      if (handling.id.equals(id.toLowerCase(Locale.ROOT))) {
        return handling;
      }
    }
    throw new ConfigException("decimal-handling", "decimal-handling '" + id + "' is unknown; use one of "
        + Arrays.stream(values()).map(DecimalHandling::id).collect(Collectors.joining(", ")));
  }
}
