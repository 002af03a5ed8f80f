package io.tributary.transform;

import io.tributary.api.schema.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * Compiles one parsed expression against one input shape into a {@link Typed} evaluator tree,
 * dispatching each JSqlParser node to the family that owns it.
 */
final class ExpressionCompiler {
  private final ColumnResolver columns;
  private final Site site;

  ExpressionCompiler(ColumnResolver columns, Site site) {
    this.columns = columns;
    this.site = site;
  }

  Typed compile(Expression expression) {
    Typed typed = leaf(expression);
    if (typed == null) {
      typed = operator(expression);
    }
    if (typed == null) {
      typed = predicate(expression);
    }
    if (typed == null) {
      typed = call(expression);
    }
    if (typed == null) {
      throw site.error("unsupported expression `" + expression + "` ("
          + expression.getClass().getSimpleName() + "); see the transform documentation for the "
          + "supported operators and functions");
    }
    return typed;
  }

  private Typed leaf(Expression e) {
    if (e instanceof Column column) {
      return columns.resolve(identifier(column, site), site);
    }
    if (e instanceof LongValue value) {
      return integer(new BigInteger(value.getStringValue()));
    }
    if (e instanceof DoubleValue value) {
      return decimal(value.toString());
    }
    if (e instanceof StringValue value) {
      return Typed.constant(Types.STRING, text(value));
    }
    if (e instanceof BooleanValue value) {
      return Typed.constant(DataType.bool(), value.getValue());
    }
    if (e instanceof NullValue) {
      return Typed.nullLiteral();
    }
    if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
      return compile(list.get(0));
    }
    if (e instanceof TimeKeyExpression key) {
      return TemporalFunctions.timeKey(key.getStringValue(), site);
    }
    return null;
  }

  private Typed operator(Expression e) {
    if (e instanceof Addition a) {
      return Arithmetic.binary(Arithmetic.Op.ADD, left(a), right(a), site);
    }
    if (e instanceof Subtraction s) {
      return Arithmetic.binary(Arithmetic.Op.SUBTRACT, left(s), right(s), site);
    }
    if (e instanceof Multiplication m) {
      return Arithmetic.binary(Arithmetic.Op.MULTIPLY, left(m), right(m), site);
    }
    if (e instanceof Division d) {
      return Arithmetic.binary(Arithmetic.Op.DIVIDE, left(d), right(d), site);
    }
    if (e instanceof Modulo m) {
      return Arithmetic.binary(Arithmetic.Op.MODULO, left(m), right(m), site);
    }
    if (e instanceof Concat c) {
      return StringFunctions.concat(List.of(left(c), right(c)), site);
    }
    if (e instanceof SignedExpression signed) {
      return signed(signed);
    }
    return logic(e);
  }

  private Typed logic(Expression e) {
    if (e instanceof AndExpression a) {
      return Logic.and(left(a), right(a), site);
    }
    if (e instanceof OrExpression o) {
      return Logic.or(left(o), right(o), site);
    }
    if (e instanceof NotExpression not) {
      return Logic.not(compile(not.getExpression()), site);
    }
    return null;
  }

  private Typed predicate(Expression e) {
    if (e instanceof ComparisonOperator c) {
      return Comparisons.compare(c.getStringExpression(), left(c), right(c), site);
    }
    if (e instanceof IsNullExpression n) {
      return Logic.isNull(compile(n.getLeftExpression()), n.isNot());
    }
    if (e instanceof IsBooleanExpression b) {
      return Logic.isBoolean(compile(b.getLeftExpression()), b.isTrue(), b.isNot(), site);
    }
    if (e instanceof InExpression in) {
      return Comparisons.in(compile(in.getLeftExpression()), list(in.getRightExpression()), in.isNot(), site);
    }
    if (e instanceof Between b) {
      return Comparisons.between(compile(b.getLeftExpression()), compile(b.getBetweenExpressionStart()),
          compile(b.getBetweenExpressionEnd()), b.isNot(), site);
    }
    if (e instanceof LikeExpression like) {
      return like(like);
    }
    return null;
  }

  private Typed call(Expression e) {
    if (e instanceof Function function) {
      return function(function);
    }
    if (e instanceof CastExpression cast) {
      boolean tryCast = "TRY_CAST".equalsIgnoreCase(cast.keyword) || "SAFE_CAST".equalsIgnoreCase(cast.keyword);
      return CastCompiler.cast(compile(cast.getLeftExpression()), cast.getColDataType().toString(), tryCast, site);
    }
    if (e instanceof CaseExpression caseExpression) {
      return caseWhen(caseExpression);
    }
    if (e instanceof TrimFunction trim) {
      String mode = trim.getTrimSpecification() == null ? "BOTH" : trim.getTrimSpecification().name();
      return trim.getFromExpression() == null
          ? StringFunctions.trim(compile(trim.getExpression()), null, mode, site)
          : StringFunctions.trim(compile(trim.getFromExpression()), compile(trim.getExpression()), mode, site);
    }
    return null;
  }

  private Typed function(Function function) {
    if (function.isAllColumns() || function.isDistinct() || function.getNamedParameters() != null) {
      throw site.error("unsupported call `" + function + "`: aggregates, DISTINCT and named "
          + "arguments do not apply to single rows");
    }
    List<Expression> parameters = arguments(function);
    FunctionRegistry.Spec spec = FunctionRegistry.lookup(function.getName(), parameters.size(), site);
    List<Typed> args = new ArrayList<>(parameters.size());
    parameters.forEach(p -> args.add(compile(p)));
    return spec.compiler().apply(new FunctionCall(spec.name(), List.copyOf(args), site));
  }

  static List<Expression> arguments(Function function) {
    ExpressionList<?> parameters = function.getParameters();
    return parameters == null ? List.of() : new ArrayList<>(parameters);
  }

  private Typed caseWhen(CaseExpression c) {
    List<Typed> whens = new ArrayList<>();
    List<Typed> thens = new ArrayList<>();
    for (WhenClause clause : c.getWhenClauses()) {
      whens.add(compile(clause.getWhenExpression()));
      thens.add(compile(clause.getThenExpression()));
    }
    Typed otherwise = c.getElseExpression() == null ? null : compile(c.getElseExpression());
    return c.getSwitchExpression() == null
        ? Conditionals.searched(whens, thens, otherwise, site)
        : Conditionals.simple(compile(c.getSwitchExpression()), whens, thens, otherwise, site);
  }

  private Typed like(LikeExpression like) {
    Typed escape = like.getEscape() == null ? null : compile(like.getEscape());
    boolean ignoreCase = like.getLikeKeyWord() == LikeExpression.KeyWord.ILIKE;
    if (like.getLikeKeyWord() != LikeExpression.KeyWord.LIKE && !ignoreCase) {
      throw site.error("unsupported " + like.getLikeKeyWord() + "; use LIKE, ILIKE or REGEXP_EXTRACT");
    }
    return Like.like(left(like), right(like), escape, like.isNot(), ignoreCase, site);
  }

  private Typed signed(SignedExpression signed) {
    Typed operand = compile(signed.getExpression());
    return switch (signed.getSign()) {
      case '-' -> Arithmetic.negate(operand, site);
      case '+' -> operand;
      default -> throw site.error("unsupported operator " + signed.getSign());
    };
  }

  private List<Typed> list(Expression right) {
    if (!(right instanceof ExpressionList<?> items)) {
      throw site.error("IN needs a list of values, e.g. IN ('a', 'b'); sub-queries are not supported");
    }
    List<Typed> out = new ArrayList<>();
    items.forEach(item -> out.add(compile(item)));
    return out;
  }

  private Typed left(net.sf.jsqlparser.expression.BinaryExpression e) {
    return compile(e.getLeftExpression());
  }

  private Typed right(net.sf.jsqlparser.expression.BinaryExpression e) {
    return compile(e.getRightExpression());
  }

  static Identifier identifier(Column column, Site site) {
    if (column.getTable() != null && column.getTable().getName() != null) {
      throw site.error("qualified column `" + column + "`: write the column name alone (a rule "
          + "reads one table)");
    }
    return Identifier.parse(column.getColumnName());
  }

  static String text(StringValue value) {
    return value.getValue().replace("''", "'");
  }

  static Typed integer(BigInteger value) {
    if (value.bitLength() < 32) {
      return Typed.constant(DataType.int32(), value.intValue());
    }
    if (value.bitLength() < 64) {
      return Typed.constant(DataType.int64(), value.longValue());
    }
    BigDecimal decimal = new BigDecimal(value);
    return Typed.constant(Types.decimal(decimal.precision(), 0), decimal);
  }

  static Typed decimal(String text) {
    if (text.toLowerCase(Locale.ROOT).contains("e")) {
      return Typed.constant(DataType.float64(), Double.parseDouble(text));
    }
    BigDecimal value = new BigDecimal(text);
    return Typed.constant(Types.decimal(Math.max(value.precision(), value.scale()), value.scale()), value);
  }
}
