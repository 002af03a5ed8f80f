package io.tributary.transform;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular-expression functions with Java regex syntax: REGEXP_REPLACE(s, regex, replacement)
 * (replaces every match; {@code $1} in the replacement is group 1) and REGEXP_EXTRACT(s, regex[,
 * group]) (the group of the first match, NULL when nothing matches; without a group number, group
 * 1 when the regex has a group, else the whole match). A literal regex is compiled once, at compile
 * time, and an invalid one fails compilation.
 */
final class RegexFunctions {
  private RegexFunctions() {}

  static void register(Map<String, FunctionRegistry.Spec> specs) {
    FunctionRegistry.add(specs, "REGEXP_REPLACE", 3, 3, RegexFunctions::replace);
    FunctionRegistry.add(specs, "REGEXP_EXTRACT", 2, 3, RegexFunctions::extract);
  }

  private static Function<Object, Pattern> regex(FunctionCall call, int index) {
    return Prepared.of(call.text(index), Pattern::compile, call.site(), "regular expression");
  }

  private static Typed replace(FunctionCall call) {
    call.text(0);
    call.text(2);
    Function<Object, Pattern> regex = regex(call, 1);
    return call.strictAll(Types.STRING, v -> {
      try {
        return regex.apply(v[1]).matcher((String) v[0]).replaceAll((String) v[2]);
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw call.error("invalid replacement " + ValueText.quoted(v[2]) + ": " + e.getMessage());
      }
    });
  }

  private static Typed extract(FunctionCall call) {
    call.text(0);
    if (call.count() == 3) {
      call.integer(2);
    }
    Function<Object, Pattern> regex = regex(call, 1);
    return call.strictAll(Types.STRING, v -> {
      Matcher matcher = regex.apply(v[1]).matcher((String) v[0]);
      if (!matcher.find()) {
        return null;
      }
      long group = v.length > 2 ? Types.asLong(v[2]) : Math.min(1, matcher.groupCount());
      if (group < 0 || group > matcher.groupCount()) {
        throw call.error("the regex " + ValueText.quoted(v[1]) + " has no group " + group);
      }
      return matcher.group((int) group);
    });
  }
}
