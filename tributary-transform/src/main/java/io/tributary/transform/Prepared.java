package io.tributary.transform;

import java.util.function.Function;

/**
 * An argument turned into a ready object (a regex, a date format, a JSON path): built once at
 * compile time when the argument is a literal, so a bad literal fails compilation; built per row
 * otherwise.
 */
final class Prepared {
  private Prepared() {}

  /**
   * @param argument the text argument
   * @param build builds the object from the text; throws a RuntimeException saying why it cannot
   * @param what what the text is, for messages ("regular expression", "date format")
   * @return a function from the argument's value (ignored when constant) to the built object
   */
  static <T> Function<Object, T> of(Typed argument, Function<String, T> build, Site site, String what) {
    if (argument.constant()) {
      Object text = argument.constantValue();
      T built = text == null ? null : build(build, text, site, what);
      return value -> built;
    }
    return value -> build(build, value, site, what);
  }

  private static <T> T build(Function<String, T> build, Object text, Site site, String what) {
    try {
      return build.apply((String) text);
    } catch (RuntimeException e) {
      throw site.error(
          "invalid " + what + " " + ValueText.quoted(text) + ": " + e.getMessage() + "; fix it", e);
    }
  }
}
