package io.tributary.transform;

/**
 * A name as written in an expression: unquoted names match case-insensitively (like SQL), names in
 * double quotes or backticks match exactly; a doubled quote inside stands for one.
 *
 * @param name the name without quotes
 * @param quoted whether it was quoted
 */
record Identifier(String name, boolean quoted) {

  static Identifier parse(String written) {
    if (written.length() >= 2) {
      char first = written.charAt(0);
      char last = written.charAt(written.length() - 1);
      if ((first == '"' || first == '`') && last == first) {
        String inner = written.substring(1, written.length() - 1);
        return new Identifier(inner.replace("" + first + first, "" + first), true);
      }
    }
    return new Identifier(written, false);
  }

  /** Whether this name, as written, refers to a column named {@code actual}. */
  boolean matches(String actual) {
    return quoted ? name.equals(actual) : name.equalsIgnoreCase(actual);
  }
}
