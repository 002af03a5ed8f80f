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
    requireBoolean("AND", left, site);
    requireBoolean("AND", right, site);
    Evaluator l = left.evaluator();
    Evaluator r = right.evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object a = l.eval(row, context);
          if (Boolean.FALSE.equals(a)) {
            return Boolean.FALSE;
          }
          Object b = r.eval(row, context);
          if (Boolean.FALSE.equals(b)) {
            return Boolean.FALSE;
          }
          return a == null || b == null ? null : Boolean.TRUE;
        };
    return Typed.derived(DataType.bool(), evaluator, List.of(left, right));
  }

  static Typed or(Typed left, Typed right, Site site) {
    requireBoolean("OR", left, site);
    requireBoolean("OR", right, site);
    Evaluator l = left.evaluator();
    Evaluator r = right.evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object a = l.eval(row, context);
          if (Boolean.TRUE.equals(a)) {
            return Boolean.TRUE;
          }
          Object b = r.eval(row, context);
          if (Boolean.TRUE.equals(b)) {
            return Boolean.TRUE;
          }
          return a == null || b == null ? null : Boolean.FALSE;
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
