package io.tributary.examples.functions;

import io.tributary.api.option.Option;
import java.math.BigDecimal;

/** Declares config options whose values are exact amounts such as {@code 1000} or {@code 99.95}. */
final class Amounts {
  private Amounts() {}

  /** An option holding an exact decimal number. */
  static Option<BigDecimal> option(String key, String description) {
    return new Option<>(key, "decimal", Amounts::parse, null, false, false, description);
  }

  private static BigDecimal parse(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a number; write e.g. 1000 or 99.95", e);
    }
  }
}
