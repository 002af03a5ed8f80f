package io.tributary.transform;

import io.tributary.api.schema.DataType;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code x [NOT] LIKE pattern [ESCAPE 'c']} (and ILIKE, case-insensitive): {@code %} matches any
 * run of characters, {@code _} exactly one, the escape character makes the next one literal. The
 * whole text must match. A literal pattern is compiled once at compile time.
 */
final class Like {
  private Like() {}

  static Typed like(
      Typed value, Typed pattern, Typed escape, boolean not, boolean ignoreCase, Site site) {
    Args.requireText("LIKE", value, site);
    Args.requireText("LIKE pattern", pattern, site);
    Character escapeChar = escapeChar(escape, site);
    int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    Function<Object, Pattern> compiled =
        Prepared.of(pattern, text -> toRegex(text, escapeChar, flags), site, "LIKE pattern");
    Evaluator v = value.evaluator();
    Evaluator p = pattern.evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object text = v.eval(row, context);
          if (text == null) {
            return null;
          }
          Object raw = p.eval(row, context);
          return raw == null ? null : compiled.apply(raw).matcher((String) text).matches() != not;
        };
    return Typed.derived(DataType.bool(), evaluator, List.of(value, pattern));
  }

  private static Character escapeChar(Typed escape, Site site) {
    if (escape == null) {
      return null;
    }
    Object text = escape.constant() ? escape.constantValue() : null;
    if (!(text instanceof String s) || s.length() != 1) {
      throw site.error("ESCAPE needs a literal of exactly one character, e.g. ESCAPE '!'");
    }
    return s.charAt(0);
  }

  static Pattern toRegex(String pattern, Character escape, int flags) {
    StringBuilder regex = new StringBuilder(pattern.length() + 8);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (escape != null && c == escape) {
        if (++i == pattern.length()) {
          throw new IllegalArgumentException("the pattern ends with the escape character");
        }
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), flags);
  }
}
