package io.tributary.connector.postgres.position;

/**
 * A PostgreSQL write-ahead-log sequence number: a 64-bit byte position in the WAL, written {@code
 * X/Y} (two hexadecimal halves). Ordered as an unsigned number.
 *
 * @param value the position as an unsigned 64-bit number
 */
public record Lsn(long value) implements Comparable<Lsn> {

  /** The invalid / "from the slot" LSN, {@code 0/0}. */
  public static final Lsn ZERO = new Lsn(0);

  /** Parses {@code 16/B374D848}; throws {@link IllegalArgumentException} when malformed. */
  public static Lsn parse(String text) {
    int slash = text == null ? -1 : text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1) {
      throw new IllegalArgumentException("'" + text + "' is not an LSN (expected e.g. 16/B374D848)");
    }
    try {
      long high = Long.parseLong(text.substring(0, slash), 16);
      long low = Long.parseLong(text.substring(slash + 1), 16);
      if (high < 0 || high > 0xFFFFFFFFL || low < 0 || low > 0xFFFFFFFFL) {
        throw new NumberFormatException("out of range");
      }
      return new Lsn(high << 32 | low);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an LSN (expected e.g. 16/B374D848)", e);
    }
  }

  public boolean isZero() {
    return value == 0;
  }

  @Override
  public int compareTo(Lsn other) {
    return Long.compareUnsigned(value, other.value);
  }

  /** The later of two LSNs. */
  public static Lsn max(Lsn a, Lsn b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public String toString() {
    return Long.toHexString(value >>> 32).toUpperCase(java.util.Locale.ROOT) + "/"
        + Long.toHexString(value & 0xFFFFFFFFL).toUpperCase(java.util.Locale.ROOT);
  }
}
