package io.tributary.transform;

/** One compiled expression node: computes a value from an input row and its change context. */
@FunctionalInterface
interface Evaluator {
  /**
   * Computes the value; null is SQL NULL.
   *
   * @param row the input row; null when the expression is constant and is being folded
   * @param context the change; null when the expression is constant and is being folded
   */
  Object eval(Object[] row, RowContext context);
}
