package io.tributary.transform;

import io.tributary.api.schema.DataType;
import java.util.List;

/**
 * A compiled expression with its result type.
 *
 * @param type the result type; null for the NULL literal, whose type the context decides
 * @param evaluator computes the value
 * @param constant whether the value never depends on the row or the change (it may be folded)
 * @param nullable whether the value may be NULL
 */
record Typed(DataType type, Evaluator evaluator, boolean constant, boolean nullable) {

  /** A literal or a folded expression. */
  static Typed constant(DataType type, Object value) {
    return new Typed(type, (row, context) -> value, true, value == null);
  }

  /** The untyped NULL literal. */
  static Typed nullLiteral() {
    return constant(null, null);
  }

  /** A row-dependent, nullable expression. */
  static Typed of(DataType type, Evaluator evaluator) {
    return new Typed(type, evaluator, false, true);
  }

  /** An expression over {@code operands}: folded to a constant when all of them are constant. */
  static Typed derived(DataType type, Evaluator evaluator, List<Typed> operands) {
    for (Typed operand : operands) {
      if (!operand.constant) {
        return of(type, evaluator);
      }
    }
    return constant(type, evaluator.eval(null, null));
  }

  boolean isNullLiteral() {
    return type == null;
  }

  DataType.Kind kind() {
    return type == null ? null : type.kind();
  }

  /** The value of a constant expression. */
  Object constantValue() {
    return evaluator.eval(null, null);
  }

  /** The same expression with another evaluator and type, keeping constness. */
  Typed with(DataType newType, Evaluator newEvaluator) {
    return derived(newType, newEvaluator, List.of(this));
  }

  /** This expression folded to a constant when {@code fold} is true. */
  Typed foldIf(boolean fold) {
    return fold ? constant(type, constantValue()) : this;
  }
}
