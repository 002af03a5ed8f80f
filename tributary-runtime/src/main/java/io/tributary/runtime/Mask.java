package io.tributary.runtime;

import io.tributary.api.ConfigException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a transform hides a text column: {@code hash} (SHA-256, hex: equal values stay equal, so
 * joins still work), {@code redact} ({@code ****}), {@code keep-first(n)} and {@code keep-last(n)}
 * (the other characters become {@code *}). NULL stays NULL. Immutable.
 */
public final class Mask {
  private static final Pattern KEEP = Pattern.compile("keep-(first|last)\\((\\d+)\\)");
  private final String kind;
  private final int keep;

  private Mask(String kind, int keep) {
    this.kind = kind;
    this.keep = keep;
  }

  /** Parses {@code hash}, {@code redact}, {@code keep-first(n)} or {@code keep-last(n)}; {@code key} names the option in errors. */
  public static Mask parse(String key, String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("hash") || t.equals("redact")) {
      return new Mask(t, 0);
    }
    Matcher m = KEEP.matcher(t);
    if (m.matches()) {
      return new Mask("keep-" + m.group(1), Integer.parseInt(m.group(2)));
    }
    throw new ConfigException(key, key + ": '" + text + "' is not a mask; use hash, redact, keep-first(n) or keep-last(n)");
  }

  /** The masked text. */
  public String apply(String value) {
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case "hash" -> sha256(value);
      case "redact" -> "****";
      case "keep-first" -> value.length() <= keep ? value : value.substring(0, keep) + "*".repeat(value.length() - keep);
      default -> value.length() <= keep ? value : "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
    };
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return kind.startsWith("keep") ? kind + "(" + keep + ")" : kind;
  }
}
