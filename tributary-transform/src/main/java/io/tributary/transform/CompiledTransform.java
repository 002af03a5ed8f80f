package io.tributary.transform;

import io.tributary.api.schema.TableSchema;

/**
 * One {@link TransformRule} compiled against one input table shape: a filter and a projection
 * whose column references, types and functions were all resolved at compile time.
 *
 * <p>Instances are immutable and thread-safe; evaluating a row allocates only the output array
 * and the computed values. Evaluation never looks names up, never reflects and never re-parses.
 *
 * <p>Rows are {@code Object[]} aligned with the input {@link TableSchema#columns()}, holding the
 * values of the value conventions (INT32 {@link Integer}, DECIMAL {@link java.math.BigDecimal},
 * TIMESTAMP_TZ {@link java.time.Instant}, ...). A column may hold {@link
 * io.tributary.api.event.Unchanged#VALUE} (a value the source did not send): a projection item
 * that only passes the column through passes the marker through; any expression that needs the
 * value throws a {@link TransformException} naming the column.
 */
public interface CompiledTransform {

  /**
   * The shape of the projected rows.
   *
   * <p>Its id and version are the input's. Columns come in projection order with their inferred
   * types: {@code *} expands to all input columns in input order; an explicit item whose name
   * equals a column of {@code *} (for example {@code *, UPPER(status) AS status}) replaces that
   * column in {@code *}'s position, whether it is written before or after {@code *}. A plain
   * column reference keeps the input column's type and nullability; a computed column is nullable
   * unless it is a non-null literal.
   *
   * <p>The primary key is the input's key columns, in key order, that the projection passes
   * through unchanged (a plain column reference whose output name is the input name). When the
   * projection drops, renames or recomputes some key columns the key shrinks to the others (and is
   * empty when none is left); the caller decides whether a partial key is acceptable.
   */
  TableSchema output();

  /**
   * Evaluates the rule's filter on an input row with SQL semantics: a NULL (UNKNOWN) result counts
   * as false. True when the rule has no filter.
   *
   * @throws TransformException when the filter needs a value the row does not have
   */
  boolean test(Object[] row, RowContext context);

  /**
   * Projects an input row.
   *
   * @return a new array aligned with {@link #output()}'s columns
   * @throws TransformException when an expression cannot be evaluated on this row (a failed
   *     {@code CAST}, an integer overflow, a value the source did not send)
   */
  Object[] project(Object[] row, RowContext context);
}
