package io.tributary.formats.value;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;

/** Strict parsing of the texts values share in both formats: integers, decimals, UUIDs, special values, bits. */
public final class ValueTexts {

  private ValueTexts() {}

  /** A decimal integer, nothing else (no spaces, no fraction). */
  public static long parseLong(String text, DataType type) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected an integer for " + type + ", got " + RawJson.preview(text), e);
    }
  }

  /** A plain or scientific decimal number. */
  public static BigDecimal parseDecimal(String text, DataType type) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a decimal for " + type + ", got " + RawJson.preview(text), e);
    }
  }

  /** Whether {@link Float#parseFloat} / {@link Double#parseDouble} should read the text. */
  static boolean isFloatText(String text) {
    if (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity")) {
      return true;
    }
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }

  /**
   * The special value the text names in a column of {@code kind}, or null: {@code NaN}, {@code
   * Infinity}, {@code +Infinity}, {@code -Infinity} in any case, and {@code 24:00:00} for TIME.
   */
  public static SpecialValue special(String text, DataType.Kind kind) {
    if (text.isEmpty() || text.length() > 9) {
      return null;
    }
    SpecialValue value = switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "nan" -> SpecialValue.NAN;
      case "infinity", "+infinity" -> SpecialValue.POSITIVE_INFINITY;
      case "-infinity" -> SpecialValue.NEGATIVE_INFINITY;
      case "24:00:00" -> SpecialValue.END_OF_DAY;
      default -> null;
    };
    return value != null && value.fits(kind) ? value : null;
  }

  /** A UUID in its 36-character form (UUID.fromString alone accepts shorter groups). */
  public static UUID uuid(String text) {
    if (text.length() != 36 || text.charAt(8) != '-' || text.charAt(13) != '-' || text.charAt(18) != '-'
        || text.charAt(23) != '-') {
      throw new IllegalArgumentException("expected a UUID (8-4-4-4-12 hex digits), got " + RawJson.preview(text));
    }
    return UUID.fromString(text);
  }

  /** BITS bytes (big-endian, {@code (n+7)/8} of them) of a non-negative number below 2^n. */
  public static byte[] bitsOf(BigInteger value, DataType type) {
    int bits = type.precision();
    if (value.signum() < 0 || value.bitLength() > bits) {
      throw new IllegalArgumentException(value + " does not fit " + type);
    }
    byte[] out = new byte[(bits + 7) / 8];
    byte[] magnitude = value.toByteArray();
    int copy = Math.min(magnitude.length, out.length);
    System.arraycopy(magnitude, magnitude.length - copy, out, out.length - copy, copy);
    return out;
  }

  /** The non-negative number BITS bytes hold. */
  public static BigInteger numberOf(byte[] bits) {
    return new BigInteger(1, bits);
  }
}
