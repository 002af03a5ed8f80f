package io.tributary.transform;

import java.util.function.BinaryOperator;

/**
 * INT32 and INT64 arithmetic: exact (overflow throws {@link ArithmeticException}), division
 * truncating toward zero, division and modulo by zero NULL.
 */
final class IntegerOperations {
  private IntegerOperations() {}

  static BinaryOperator<Object> int32(Arithmetic.Op op) {
    return switch (op) {
      case ADD -> (a, b) -> Math.addExact(Types.asInt(a), Types.asInt(b));
      case SUBTRACT -> (a, b) -> Math.subtractExact(Types.asInt(a), Types.asInt(b));
      case MULTIPLY -> (a, b) -> Math.multiplyExact(Types.asInt(a), Types.asInt(b));
      case DIVIDE -> (a, b) -> divide32(Types.asInt(a), Types.asInt(b));
      case MODULO -> (a, b) -> Types.asInt(b) == 0 ? null : Types.asInt(a) % Types.asInt(b);
    };
  }

  static BinaryOperator<Object> int64(Arithmetic.Op op) {
    return switch (op) {
      case ADD -> (a, b) -> Math.addExact(Types.asLong(a), Types.asLong(b));
      case SUBTRACT -> (a, b) -> Math.subtractExact(Types.asLong(a), Types.asLong(b));
      case MULTIPLY -> (a, b) -> Math.multiplyExact(Types.asLong(a), Types.asLong(b));
      case DIVIDE -> (a, b) -> divide64(Types.asLong(a), Types.asLong(b));
      case MODULO -> (a, b) -> Types.asLong(b) == 0 ? null : Types.asLong(a) % Types.asLong(b);
    };
  }

  private static Integer divide32(int a, int b) {
    if (b == 0) {
      return null;
    }
    return b == -1 ? Math.negateExact(a) : a / b;
  }

  private static Long divide64(long a, long b) {
    if (b == 0) {
      return null;
    }
    return b == -1 ? Math.negateExact(a) : a / b;
  }
}
