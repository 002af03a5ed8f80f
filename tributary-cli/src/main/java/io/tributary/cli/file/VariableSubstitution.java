package io.tributary.cli.file;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} with the value of an environment variable in pipeline-file text. {@code
 * ${VAR:-default}} uses the default when the variable is unset or empty (the default runs to the
 * first {@code }}); {@code $${} writes a literal {@code ${}. An unset variable without a default is
 * an error: a pipeline must not silently connect with an empty password.
 */
public final class VariableSubstitution {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private final Function<String, String> environment;

  /** @param environment the variable's value by name, null when unset (e.g. {@code System::getenv}) */
  public VariableSubstitution(Function<String, String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /**
   * The text with every reference replaced.
   *
   * @throws IllegalArgumentException naming the variable when one is unset or a reference is
   *     malformed
   */
  public String apply(String text) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        out.append("${");
        i += 3;
      } else if (text.startsWith("${", i)) {
        int end = text.indexOf('}', i + 2);
        if (end < 0) {
          throw new IllegalArgumentException(
              "'${' is not closed by '}'; write '$${' for a literal '${'");
        }
        out.append(resolve(text.substring(i + 2, end)));
        i = end + 1;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private String resolve(String reference) {
    int separator = reference.indexOf(":-");
    String name = separator < 0 ? reference : reference.substring(0, separator);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'${" + reference + "}' is not a variable reference; names are letters, digits and '_'"
              + " (write '$${' for a literal '${')");
    }
    String value = environment.apply(name);
    if (separator >= 0 && (value == null || value.isEmpty())) {
      return reference.substring(separator + 2);
    }
    if (value == null) {
      throw new IllegalArgumentException(
          "environment variable " + name + " is not set; export it, or give a default with ${"
              + name + ":-value}");
    }
    return value;
  }
}
