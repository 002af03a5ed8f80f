package io.tributary.transform;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings operands that meet (comparisons, IN, BETWEEN, CASE, COALESCE, IF) to one type at compile
 * time. A string literal meeting a non-text type (a number, a date, a timestamp, a boolean) is
 * converted once, at compile time; otherwise the operands must have a {@link Types#common common
 * type} and are widened to it.
 */
final class Coercion {
  private Coercion() {}

  /** Operands brought to {@code type}. */
  record Unified(DataType type, List<Typed> operands) {}

  static Unified unify(List<Typed> operands, Site site, String what) {
    DataType target = null;
    for (Typed operand : operands) {
      if (!isTextLiteral(operand)) {
        target = common(target, operand, operands, site, what);
      }
    }
    List<Typed> converted = new ArrayList<>(operands.size());
    for (Typed operand : operands) {
      boolean convertLiteral = isTextLiteral(operand) && target != null && !Types.isStringLike(target);
      converted.add(convertLiteral ? literalAs(operand, target, site) : operand);
    }
    target = null;
    for (Typed operand : converted) {
      target = common(target, operand, operands, site, what);
    }
    List<Typed> widened = new ArrayList<>(converted.size());
    for (Typed operand : converted) {
      widened.add(target == null ? operand : to(operand, target));
    }
    return new Unified(target, widened);
  }

  private static DataType common(
      DataType sofar, Typed operand, List<Typed> all, Site site, String what) {
    DataType next = Types.common(sofar, operand.type());
    if (next == null && sofar != null && operand.type() != null) {
      throw site.error(
          "cannot " + what + " " + describe(all) + ": the types do not mix; "
              + "CAST one side, e.g. CAST(x AS " + sofar + ")");
    }
    return next;
  }

  private static String describe(List<Typed> operands) {
    List<String> types = new ArrayList<>();
    for (Typed operand : operands) {
      types.add(operand.isNullLiteral() ? "NULL" : operand.type().toString());
    }
    return String.join(" and ", types);
  }

  private static boolean isTextLiteral(Typed operand) {
    return operand.constant() && Types.isStringLike(operand.type());
  }

  private static Typed literalAs(Typed literal, DataType target, Site site) {
    UnaryOperator<Object> converter = Casts.converter(literal.type(), target);
    Object text = literal.constantValue();
    if (converter == null) {
      throw site.error("cannot use " + ValueText.quoted(text) + " as a " + target + " value");
    }
    try {
      return Typed.constant(target, text == null ? null : converter.apply(text));
    } catch (RuntimeException e) {
      throw site.error(
          ValueText.quoted(text) + " is not a " + target + " value (" + e.getMessage() + ")", e);
    }
  }

  /** {@code operand} with its values widened to {@code target} (a common type of its type). */
  static Typed to(Typed operand, DataType target) {
    DataType type = operand.type();
    if (type == null || !needsConversion(type, target)) {
      return operand.isNullLiteral() ? Typed.constant(target, null) : operand;
    }
    UnaryOperator<Object> converter = Casts.converter(type, target);
    Evaluator source = operand.evaluator();
    Evaluator widened =
        (row, context) -> {
          Object value = source.eval(row, context);
          return value == null ? null : converter.apply(value);
        };
    return new Typed(target, widened, false, operand.nullable()).foldIf(operand.constant());
  }

  private static boolean needsConversion(DataType type, DataType target) {
    if (type.kind() == Kind.DECIMAL && target.kind() == Kind.DECIMAL) {
      return type.scale() != target.scale();
    }
    if (Types.isStringLike(type) && Types.isStringLike(target)) {
      return false;
    }
    return type.kind() != target.kind();
  }
}
