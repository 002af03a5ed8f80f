package io.tributary.transform;

import io.tributary.api.schema.TableSchema;

/** The {@link CompiledTransform} of one rule and one input shape: evaluators in output order. */
final class RowTransform implements CompiledTransform {
  private final TableSchema output;
  private final Evaluator[] columns;
  private final Evaluator filter;

  /**
   * @param output the projected shape
   * @param columns one evaluator per output column
   * @param filter the filter's evaluator (BOOLEAN); null when the rule has none
   */
  RowTransform(TableSchema output, Evaluator[] columns, Evaluator filter) {
    this.output = output;
    this.columns = columns.clone();
    this.filter = filter;
  }

  @Override
  public TableSchema output() {
    return output;
  }

  @Override
  public boolean test(Object[] row, RowContext context) {
    return filter == null || Boolean.TRUE.equals(filter.eval(row, context));
  }

  @Override
  public Object[] project(Object[] row, RowContext context) {
    Object[] out = new Object[columns.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = columns[i].eval(row, context);
    }
    return out;
  }

  @Override
  public String toString() {
    return "CompiledTransform[" + output.id() + " -> " + output.columns().size() + " columns"
        + (filter == null ? "" : ", filtered") + "]";
  }
}
