package io.tributary.transform;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * {@code + - * / %} and unary minus over numbers, promoted to the wider operand type (INT32 &lt;
 * INT64 &lt; DECIMAL &lt; FLOAT64; INT8 and INT16 compute as INT32, FLOAT32 as FLOAT64).
 *
 * <p>Semantics: a NULL operand gives NULL. Integer division truncates toward zero ({@code 7 / 2 =
 * 3}, as in Flink SQL); CAST an operand to DECIMAL for a fractional result. Division and modulo by
 * zero give NULL for every type (the row goes on; the pipeline does not stop). Integer overflow is
 * an error naming the operands (CAST to BIGINT or DECIMAL to widen). DECIMAL arithmetic is exact:
 * {@code +}/{@code -} keep max(s1,s2) digits of scale, {@code *} keeps s1+s2, {@code /} rounds
 * half-up to max(6, s1+p2+1); precision is capped at 38 by giving up scale.
 */
final class Arithmetic {
  /** The binary arithmetic operators. */
  enum Op {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    MODULO("%");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }
  }

  private Arithmetic() {}

  static Typed binary(Op op, Typed left, Typed right, Site site) {
    requireNumber(op.symbol, left, site);
    requireNumber(op.symbol, right, site);
    if (left.isNullLiteral() || right.isNullLiteral()) {
      DataType other = left.isNullLiteral() ? right.type() : left.type();
      return Typed.constant(other == null ? DataType.int32() : other, null);
    }
    DataType type = resultType(op, left.type(), right.type());
    BinaryOperator<Object> operation = operation(op, type);
    Evaluator l = left.evaluator();
    Evaluator r = right.evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object a = l.eval(row, context);
          if (a == null) {
            return null;
          }
          Object b = r.eval(row, context);
          if (b == null) {
            return null;
          }
          try {
            return operation.apply(a, b);
          } catch (ArithmeticException e) {
            throw overflow(a + " " + op.symbol + " " + b, type, site, e);
          }
        };
    return Typed.derived(type, evaluator, List.of(left, right));
  }

  static Typed negate(Typed operand, Site site) {
    requireNumber("-", operand, site);
    if (operand.isNullLiteral()) {
      return operand;
    }
    DataType type = resultType(Op.SUBTRACT, DataType.int32(), operand.type());
    if (type.kind() == Kind.DECIMAL) {
      type = operand.type();
    }
    BinaryOperator<Object> subtract = operation(Op.SUBTRACT, type);
    Object zero = Casts.converter(DataType.int32(), type).apply(0);
    Evaluator source = operand.evaluator();
    DataType resultType = type;
    Evaluator evaluator =
        (row, context) -> {
          Object value = source.eval(row, context);
          try {
            return value == null ? null : subtract.apply(zero, value);
          } catch (ArithmeticException e) {
            throw overflow("-" + value, resultType, site, e);
          }
        };
    return Typed.derived(type, evaluator, List.of(operand));
  }

  private static void requireNumber(String symbol, Typed operand, Site site) {
    if (!operand.isNullLiteral() && !Types.isNumeric(operand.type())) {
      throw site.error(
          "operator " + symbol + " needs numbers but got " + operand.type()
              + "; CAST the operand to a number (or use || to concatenate text)");
    }
  }

  private static TransformException overflow(String what, DataType type, Site site, Exception e) {
    return site.error(
        what + " overflows " + type + "; CAST an operand to BIGINT or DECIMAL to widen the result", e);
  }

  static DataType resultType(Op op, DataType a, DataType b) {
    DataType promoted = Types.promote(a, b);
    if (promoted.kind() != Kind.DECIMAL) {
      return promoted;
    }
    DataType da = Types.asDecimal(a);
    DataType db = Types.asDecimal(b);
    int p1 = da.precision();
    int s1 = da.scale();
    int p2 = db.precision();
    int s2 = db.scale();
    int scale;
    return switch (op) {
      case ADD, SUBTRACT -> {
        scale = Math.max(s1, s2);
        yield Types.decimal(Math.max(p1 - s1, p2 - s2) + scale + 1, scale);
      }
      case MULTIPLY -> Types.decimal(p1 + p2, s1 + s2);
      case DIVIDE -> {
        scale = Math.max(6, s1 + p2 + 1);
        yield Types.decimal(p1 - s1 + s2 + scale, scale);
      }
      case MODULO -> {
        scale = Math.max(s1, s2);
        yield Types.decimal(Math.min(p1 - s1, p2 - s2) + scale, scale);
      }
    };
  }

  private static BinaryOperator<Object> operation(Op op, DataType type) {
    return switch (Types.family(type.kind())) {
      case INT32 -> IntegerOperations.int32(op);
      case INT64 -> IntegerOperations.int64(op);
      case DECIMAL -> decimal(op, type.scale());
      default -> float64(op);
    };
  }

  private static BinaryOperator<Object> decimal(Op op, int scale) {
    BinaryOperator<BigDecimal> exact =
        switch (op) {
          case ADD -> BigDecimal::add;
          case SUBTRACT -> BigDecimal::subtract;
          case MULTIPLY -> BigDecimal::multiply;
          case DIVIDE -> (a, b) -> b.signum() == 0 ? null : a.divide(b, scale, RoundingMode.HALF_UP);
          case MODULO -> (a, b) -> b.signum() == 0 ? null : a.remainder(b);
        };
    return (a, b) -> {
      BigDecimal result = exact.apply(Types.asDecimal(a), Types.asDecimal(b));
      return result == null || result.scale() == scale ? result : result.setScale(scale, RoundingMode.HALF_UP);
    };
  }

  private static BinaryOperator<Object> float64(Op op) {
    return switch (op) {
      case ADD -> (a, b) -> Types.asDouble(a) + Types.asDouble(b);
      case SUBTRACT -> (a, b) -> Types.asDouble(a) - Types.asDouble(b);
      case MULTIPLY -> (a, b) -> Types.asDouble(a) * Types.asDouble(b);
      case DIVIDE -> (a, b) -> Types.asDouble(b) == 0 ? null : Types.asDouble(a) / Types.asDouble(b);
      case MODULO -> (a, b) -> Types.asDouble(b) == 0 ? null : Types.asDouble(a) % Types.asDouble(b);
    };
  }
}
