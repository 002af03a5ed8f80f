package io.tributary.transform;

import io.tributary.api.schema.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Text functions: UPPER, LOWER, TRIM/LTRIM/RTRIM, SUBSTR/SUBSTRING, CONCAT, CONCAT_WS, {@code ||},
 * REPLACE, LPAD, RPAD, CHAR_LENGTH/CHARACTER_LENGTH/LENGTH. Lengths and positions count Unicode
 * code points and are 1-based. A NULL argument gives NULL, except CONCAT_WS, which skips NULL
 * values. CONCAT and {@code ||} accept any type and read it as {@link ValueText} writes it.
 */
final class StringFunctions {
  private StringFunctions() {}

  static void register(Map<String, FunctionRegistry.Spec> specs) {
    FunctionRegistry.add(specs, "UPPER", 1, 1, c -> textToText(c, v -> v.toUpperCase(Locale.ROOT)));
    FunctionRegistry.add(specs, "LOWER", 1, 1, c -> textToText(c, v -> v.toLowerCase(Locale.ROOT)));
    FunctionRegistry.add(specs, "TRIM", 1, 1, c -> trim(c.text(0), null, "BOTH", c.site()));
    FunctionRegistry.add(specs, "LTRIM", 1, 1, c -> trim(c.text(0), null, "LEADING", c.site()));
    FunctionRegistry.add(specs, "RTRIM", 1, 1, c -> trim(c.text(0), null, "TRAILING", c.site()));
    FunctionRegistry.add(specs, "SUBSTR", 2, 3, StringFunctions::substring);
    FunctionRegistry.add(specs, "SUBSTRING", 2, 3, StringFunctions::substring);
    FunctionRegistry.add(specs, "CONCAT", 1, FunctionRegistry.MANY, c -> concat(c.args(), c.site()));
    FunctionRegistry.add(specs, "CONCAT_WS", 2, FunctionRegistry.MANY, StringFunctions::concatWs);
    FunctionRegistry.add(specs, "REPLACE", 3, 3, StringFunctions::replace);
    FunctionRegistry.add(specs, "LPAD", 3, 3, c -> pad(c, true));
    FunctionRegistry.add(specs, "RPAD", 3, 3, c -> pad(c, false));
    for (String name : List.of("CHAR_LENGTH", "CHARACTER_LENGTH", "LENGTH")) {
      FunctionRegistry.add(specs, name, 1, 1, StringFunctions::charLength);
    }
  }

  private static Typed textToText(FunctionCall call, UnaryOperator<String> body) {
    call.text(0);
    return call.strict(Types.STRING, v -> body.apply((String) v));
  }

  private static Typed charLength(FunctionCall call) {
    call.text(0);
    return call.strict(DataType.int32(), v -> ((String) v).codePointCount(0, ((String) v).length()));
  }

  /** TRIM: removes {@code characters} (default: spaces) from the start, the end or both. */
  static Typed trim(Typed target, Typed characters, String mode, Site site) {
    Args.requireText("TRIM", target, site);
    boolean leading = !"TRAILING".equals(mode);
    boolean trailing = !"LEADING".equals(mode);
    List<Typed> args = new ArrayList<>(List.of(target));
    if (characters != null) {
      Args.requireText("TRIM characters", characters, site);
      args.add(characters);
    } else {
      args.add(Typed.constant(Types.STRING, " "));
    }
    return new FunctionCall("TRIM", args, site).strict(Types.STRING,
        (v, chars) -> strip((String) v, (String) chars, leading, trailing));
  }

  private static String strip(String text, String characters, boolean leading, boolean trailing) {
    int start = 0;
    int end = text.length();
    while (leading && start < end && characters.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (trailing && end > start && characters.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * SUBSTR(s, pos[, len]): from code point {@code pos} (1-based; negative counts from the end; 0
   * reads as 1), at most {@code len} code points (negative: empty).
   */
  private static Typed substring(FunctionCall call) {
    call.text(0);
    call.integer(1);
    if (call.count() == 3) {
      call.integer(2);
    }
    return call.strictAll(Types.STRING, v -> {
      String s = (String) v[0];
      int length = s.codePointCount(0, s.length());
      long pos = Types.asLong(v[1]);
      long start = pos > 0 ? pos - 1 : pos == 0 ? 0 : Math.max(0, length + pos);
      long count = v.length > 2 ? Math.max(0, Types.asLong(v[2])) : length;
      long end = Math.min(length, start + count);
      if (start >= end) {
        return "";
      }
      return s.substring(s.offsetByCodePoints(0, (int) start), s.offsetByCodePoints(0, (int) end));
    });
  }

  /** CONCAT and {@code ||}: any NULL gives NULL. */
  static Typed concat(List<Typed> args, Site site) {
    return new FunctionCall("CONCAT", args, site).strictAll(Types.STRING, values -> {
      StringBuilder out = new StringBuilder();
      for (Object value : values) {
        out.append(ValueText.of(value));
      }
      return out.toString();
    });
  }

  private static Typed concatWs(FunctionCall call) {
    Evaluator separator = call.text(0).evaluator();
    Evaluator[] parts =
        call.args().subList(1, call.count()).stream().map(Typed::evaluator).toArray(Evaluator[]::new);
    Evaluator evaluator = (row, context) -> {
      Object sep = separator.eval(row, context);
      if (sep == null) {
        return null;
      }
      StringBuilder out = new StringBuilder();
      boolean first = true;
      for (Evaluator part : parts) {
        Object value = part.eval(row, context);
        if (value != null) {
          out.append(first ? "" : (String) sep).append(ValueText.of(value));
          first = false;
        }
      }
      return out.toString();
    };
    return Typed.derived(Types.STRING, evaluator, call.args());
  }

  private static Typed replace(FunctionCall call) {
    call.text(0);
    call.text(1);
    call.text(2);
    return call.strictAll(Types.STRING,
        v -> ((String) v[1]).isEmpty() ? v[0] : ((String) v[0]).replace((String) v[1], (String) v[2]));
  }

  /** LPAD/RPAD(s, len, pad): pads to {@code len} code points, or cuts {@code s} to {@code len}. */
  private static Typed pad(FunctionCall call, boolean left) {
    call.text(0);
    call.integer(1);
    call.text(2);
    return call.strictAll(Types.STRING, v -> {
      String s = (String) v[0];
      long target = Types.asLong(v[1]);
      String padding = (String) v[2];
      int length = s.codePointCount(0, s.length());
      if (target < 0) {
        return null;
      }
      if (target <= length) {
        return s.substring(0, s.offsetByCodePoints(0, (int) target));
      }
      if (padding.isEmpty()) {
        return null;
      }
      StringBuilder fill = new StringBuilder();
      int[] codePoints = padding.codePoints().toArray();
      for (int i = 0; i < target - length; i++) {
        fill.appendCodePoint(codePoints[i % codePoints.length]);
      }
      return left ? fill + s : s + fill;
    });
  }
}
