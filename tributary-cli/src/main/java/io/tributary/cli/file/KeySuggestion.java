package io.tributary.cli.file;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid key a misspelt one was most likely meant to be, by edit distance. */
public final class KeySuggestion {
  private KeySuggestion() {}

  /** The closest candidate when it is close enough to be a typo of {@code key}. */
  public static Optional<String> closest(String key, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(key, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int tolerance = Math.max(2, key.length() / 3);
    return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance, case-insensitive. */
  static int distance(String a, String b) {
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[t.length() + 1];
    int[] current = new int[t.length() + 1];
    for (int j = 0; j <= t.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= t.length(); j++) {
        int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[t.length()];
  }

  /** "; did you mean 'x'?" or "; valid keys: a, b, c" for an unknown key's message. */
  static String hint(String key, Collection<String> candidates, String what) {
    return closest(key, candidates)
        .map(c -> "; did you mean '" + c + "'?")
        .orElseGet(() -> candidates.isEmpty()
            ? "; this block takes no " + what
            : "; valid " + what + ": " + String.join(", ", candidates));
  }
}
