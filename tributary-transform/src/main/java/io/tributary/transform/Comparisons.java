package io.tributary.transform;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Comparisons {@code = <> != < <= > >=}, {@code IN} and {@code BETWEEN} over operands brought to a
 * common type at compile time ({@link Coercion}). A NULL operand gives NULL (UNKNOWN). DECIMALs
 * compare by value ({@code 1.0 = 1.00}); text compares by UTF-16 code units (binary collation).
 */
final class Comparisons {
  private Comparisons() {}

  static IntPredicate test(String operator, Site site) {
    return switch (operator) {
      case "=", "==" -> c -> c == 0;
      case "<>", "!=" -> c -> c != 0;
      case "<" -> c -> c < 0;
      case "<=" -> c -> c <= 0;
      case ">" -> c -> c > 0;
      case ">=" -> c -> c >= 0;
      default -> throw site.error("unsupported comparison operator " + operator + "; use = <> < <= > >=");
    };
  }

  static Typed compare(String operator, Typed left, Typed right, Site site) {
    IntPredicate test = test(operator, site);
    Coercion.Unified unified = Coercion.unify(List.of(left, right), site, "compare");
    boolean ordering = !"=".equals(operator) && !"<>".equals(operator) && !"!=".equals(operator);
    Comparator<Object> comparator = comparator(unified.type(), ordering, site);
    Evaluator l = unified.operands().get(0).evaluator();
    Evaluator r = unified.operands().get(1).evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object a = l.eval(row, context);
          if (a == null) {
            return null;
          }
          Object b = r.eval(row, context);
          return b == null ? null : test.test(comparator.compare(a, b));
        };
    return Typed.derived(DataType.bool(), evaluator, unified.operands());
  }

  /** {@code value [NOT] IN (items)}: TRUE on a match, else NULL when an item is NULL, else FALSE. */
  static Typed in(Typed value, List<Typed> items, boolean not, Site site) {
    List<Typed> all = new java.util.ArrayList<>(items.size() + 1);
    all.add(value);
    all.addAll(items);
    Coercion.Unified unified = Coercion.unify(all, site, "compare with IN");
    Comparator<Object> comparator = comparator(unified.type(), false, site);
    Evaluator needle = unified.operands().get(0).evaluator();
    Evaluator[] candidates =
        unified.operands().subList(1, all.size()).stream().map(Typed::evaluator).toArray(Evaluator[]::new);
    Evaluator evaluator =
        (row, context) -> {
          Object v = needle.eval(row, context);
          if (v == null) {
            return null;
          }
          boolean sawNull = false;
          for (Evaluator candidate : candidates) {
            Object c = candidate.eval(row, context);
            if (c == null) {
              sawNull = true;
            } else if (comparator.compare(v, c) == 0) {
              return !not;
            }
          }
          return sawNull ? null : not;
        };
    return Typed.derived(DataType.bool(), evaluator, unified.operands());
  }

  /** {@code value [NOT] BETWEEN low AND high}: {@code value >= low AND value <= high}. */
  static Typed between(Typed value, Typed low, Typed high, boolean not, Site site) {
    Typed atLeast = compare(">=", value, low, site);
    Typed atMost = compare("<=", value, high, site);
    Typed both = Logic.and(atLeast, atMost, site);
    return not ? Logic.not(both, site) : both;
  }

  /** Orders values of {@code type} (after coercion to it). */
  static Comparator<Object> comparator(DataType type, boolean ordering, Site site) {
    if (type == null) {
      return (a, b) -> 0;
    }
    Kind family = Types.isNumeric(type) ? Types.family(type.kind()) : null;
    if (family == Kind.INT32 || family == Kind.INT64) {
      return (a, b) -> Long.compare(Types.asLong(a), Types.asLong(b));
    }
    if (family == Kind.DECIMAL) {
      return (a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b);
    }
    if (family == Kind.FLOAT64) {
      return (a, b) -> Double.compare(Types.asDouble(a), Types.asDouble(b));
    }
    return switch (type.kind()) {
      case BYTES, BITS -> (a, b) -> Arrays.compareUnsigned((byte[]) a, (byte[]) b);
      case ARRAY -> {
        if (ordering) {
          throw site.error("ARRAY values can only be compared with = and <>");
        }
        yield (a, b) -> a.equals(b) ? 0 : 1;
      }
      default -> Comparisons::natural;
    };
  }

  @SuppressWarnings("unchecked") // every other kind's value class is Comparable to itself
  private static int natural(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }
}
