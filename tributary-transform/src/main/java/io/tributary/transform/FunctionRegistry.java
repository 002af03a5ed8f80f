package io.tributary.transform;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The functions a rule may call, by upper-case name, with their argument counts. Names are
 * case-insensitive; an unknown name or a wrong argument count is an error at parse time.
 */
final class FunctionRegistry {
  /** Any number of arguments. */
  static final int MANY = Integer.MAX_VALUE;

  /**
   * A function.
   *
   * @param name upper-case name
   * @param minArgs fewest arguments
   * @param maxArgs most arguments, {@link #MANY} for no limit
   * @param compiler builds the evaluator from the compiled arguments
   */
  record Spec(String name, int minArgs, int maxArgs, Function<FunctionCall, Typed> compiler) {
    String arity() {
      if (minArgs == maxArgs) {
        return minArgs + " argument" + (minArgs == 1 ? "" : "s");
      }
      return maxArgs == MANY ? "at least " + minArgs + " arguments" : minArgs + " to " + maxArgs + " arguments";
    }
  }

  private static final Map<String, Spec> SPECS = build();

  private FunctionRegistry() {}

  private static Map<String, Spec> build() {
    Map<String, Spec> specs = new TreeMap<>();
    Conditionals.register(specs);
    StringFunctions.register(specs);
    RegexFunctions.register(specs);
    TemporalFunctions.register(specs);
    JsonAndHashFunctions.register(specs);
    return Map.copyOf(specs);
  }

  static void add(Map<String, Spec> specs, String name, int min, int max, Function<FunctionCall, Typed> compiler) {
    specs.put(name, new Spec(name, min, max, compiler));
  }

  /** The function {@code name} called with {@code argumentCount} arguments; errors otherwise. */
  static Spec lookup(String name, int argumentCount, Site site) {
    Spec spec = SPECS.get(name.toUpperCase(Locale.ROOT));
    if (spec == null) {
      throw site.error(
          "unknown function " + name + "; the supported functions are " + new TreeMap<>(SPECS).keySet());
    }
    if (argumentCount < spec.minArgs() || argumentCount > spec.maxArgs()) {
      throw site.error(
          "function " + spec.name() + " takes " + spec.arity() + " but was given " + argumentCount);
    }
    return spec;
  }
}
