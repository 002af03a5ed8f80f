package io.tributary.transform;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import java.util.List;

/**
 * AND, OR and NOT with SQL's three-valued logic (NULL is UNKNOWN: {@code FALSE AND NULL = FALSE},
 * {@code TRUE OR NULL = TRUE}, {@code NOT NULL = NULL}), {@code IS [NOT] NULL} and {@code IS [NOT]
 * TRUE/FALSE} (never NULL).
 */
final class Logic {
  private Logic() {}

  static void requireBoolean(String where, Typed operand, Site site) {
    if (!operand.isNullLiteral() && operand.kind() != Kind.BOOLEAN) {
      throw site.error(
          where + " needs a BOOLEAN condition but got " + operand.type()
              + "; compare the value, e.g. `x <> 0` or `x IS NOT NULL`");
    }
  }

  static Typed and(Typed left, Typed right, Site site) {
    return junction("AND", Boolean.FALSE, left, right, site);
  }

  static Typed or(Typed left, Typed right, Site site) {
    return junction("OR", Boolean.TRUE, left, right, site);
  }

  /**
   * AND ({@code decisive} FALSE) or OR ({@code decisive} TRUE) with SQL's three-valued logic: either
   * side being {@code decisive} decides (the right side is then not evaluated when the left one
   * decided); otherwise NULL when either side is NULL, else the opposite of {@code decisive}.
   */
  private static Typed junction(String name, Boolean decisive, Typed left, Typed right, Site site) {
    requireBoolean(name, left, site);
    requireBoolean(name, right, site);
    Evaluator l = left.evaluator();
    Evaluator r = right.evaluator();
    Boolean otherwise = !decisive;
    Evaluator evaluator =
        (row, context) -> {
          Object a = l.eval(row, context);
          if (decisive.equals(a)) {
            return decisive;
          }
          Object b = r.eval(row, context);
          if (decisive.equals(b)) {
            return decisive;
          }
          return a == null || b == null ? null : otherwise;
        };
    return Typed.derived(DataType.bool(), evaluator, List.of(left, right));
  }

  static Typed not(Typed operand, Site site) {
    requireBoolean("NOT", operand, site);
    Evaluator source = operand.evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object value = source.eval(row, context);
          return value == null ? null : !(Boolean) value;
        };
    return Typed.derived(DataType.bool(), evaluator, List.of(operand));
  }

  static Typed isNull(Typed operand, boolean not) {
    Evaluator source = operand.evaluator();
    Evaluator evaluator = (row, context) -> (source.eval(row, context) == null) != not;
    Typed result = Typed.derived(DataType.bool(), evaluator, List.of(operand));
    return new Typed(result.type(), result.evaluator(), result.constant(), false);
  }

  /** {@code x IS [NOT] TRUE} / {@code x IS [NOT] FALSE}. */
  static Typed isBoolean(Typed operand, boolean expected, boolean not, Site site) {
    requireBoolean("IS " + expected, operand, site);
    Evaluator source = operand.evaluator();
    Boolean wanted = expected;
    Evaluator evaluator = (row, context) -> wanted.equals(source.eval(row, context)) != not;
    return Typed.derived(DataType.bool(), evaluator, List.of(operand));
  }
}
