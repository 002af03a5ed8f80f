package io.tributary.transform;

import io.tributary.api.schema.TableSchema;
import java.util.List;
import java.util.Objects;
import net.sf.jsqlparser.expression.Expression;

/**
 * One transform rule of a pipeline file: a projection (a SQL SELECT list) and a filter (a SQL
 * condition) over a table's columns and the change's metadata columns, as in Flink CDC:
 *
 * <pre>{@code
 * transform:
 *   - source-table: shop\.orders
 *     projection: "*, UPPER(status) AS status, amount * 100 AS amount_cents, __op__ AS op"
 *     filter: "amount > 0 AND status <> 'TEST'"
 * }</pre>
 *
 * <p>A rule is parsed once ({@link #parse}) and compiled once per input table shape ({@link
 * #compile}) into a {@link CompiledTransform} whose evaluators have every column, type and function
 * resolved. Instances are immutable and may be compiled from several threads.
 *
 * <p>Names: unquoted column names match case-insensitively (an exact match wins), names in double
 * quotes or backticks match exactly. Besides the table's columns, expressions may use the metadata
 * columns {@code __op__} ({@code +I} insert or snapshot read, {@code +U} update, {@code -D} delete),
 * {@code __database__} and {@code __schema__} (the table's namespace), {@code __table__}, {@code
 * __commit_ts__} (TIMESTAMP_LTZ) and {@code __position__}; a table column of the same name wins.
 * The filter reads the input row; a name that is neither an input nor a metadata column refers to
 * the projection item of that name, so {@code filter: "amount_cents > 100"} works.
 *
 * <p>Semantics: SQL NULL logic (a filter that is NULL drops the row), exact DECIMAL arithmetic,
 * integer division truncating, division by zero NULL, integer overflow an error; see the package
 * documentation for the functions.
 */
public final class TransformRule {
  private final String label;
  private final String projection;
  private final String filter;
  private final List<RuleParser.Item> items;
  private final Expression filterExpression;

  private TransformRule(String label, String projection, String filter) {
    this.label = label;
    this.projection = projection;
    this.filter = filter;
    this.items = RuleParser.projection(label, projection);
    this.filterExpression = filter == null ? null : RuleParser.filter(label, filter);
  }

  /**
   * Parses a rule.
   *
   * @param label names the rule in messages (usually its source-table pattern)
   * @param projection the SELECT list; null or blank means {@code *}
   * @param filter the condition rows must meet; null or blank means every row
   * @throws TransformException naming the rule, the expression and the line and column of a syntax
   *     error, a computed item without a name, or an unknown function or wrong argument count
   */
  public static TransformRule parse(String label, String projection, String filter) {
    Objects.requireNonNull(label, "label");
    String p = projection == null || projection.isBlank() ? "*" : projection.strip();
    String f = filter == null || filter.isBlank() ? null : filter.strip();
    return new TransformRule(label, p, f);
  }

  /**
   * Compiles the rule for one input table shape.
   *
   * @throws TransformException naming the rule, the expression and the column for an unknown
   *     column, a type error (e.g. {@code amount + 'x'}, {@code UPPER(id)}, a non-boolean filter),
   *     an impossible CAST or an output column defined twice
   */
  public CompiledTransform compile(TableSchema input) {
    Objects.requireNonNull(input, "input");
    return ProjectionCompiler.compile(label, items, filterExpression, filter, input);
  }

  /** The label the rule was parsed with. */
  public String label() {
    return label;
  }

  /** The projection text ({@code *} when none was given). */
  public String projection() {
    return projection;
  }

  /** The filter text, or null when the rule has none. */
  public String filter() {
    return filter;
  }

  @Override
  public String toString() {
    return "TransformRule[" + label + ": SELECT " + projection + (filter == null ? "" : " WHERE " + filter) + "]";
  }
}
