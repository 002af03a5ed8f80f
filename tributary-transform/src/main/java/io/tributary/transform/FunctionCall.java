package io.tributary.transform;

import io.tributary.api.schema.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One call of a function with its compiled arguments, and builders for the usual NULL-in,
 * NULL-out evaluators.
 *
 * @param name the function name, upper case
 * @param args the compiled arguments
 * @param site where the call is, for messages
 */
record FunctionCall(String name, List<Typed> args, Site site) {

  Typed arg(int index) {
    return args.get(index);
  }

  int count() {
    return args.size();
  }

  /** Argument {@code index}, which must be text (or NULL). */
  Typed text(int index) {
    Args.requireText(name + " argument " + (index + 1), args.get(index), site);
    return args.get(index);
  }

  /** Argument {@code index}, which must be an integer (or NULL). */
  Typed integer(int index) {
    Args.requireInteger(name + " argument " + (index + 1), args.get(index), site);
    return args.get(index);
  }

  TransformException error(String problem) {
    return site.error(name + ": " + problem);
  }

  /** {@code f(arg0)}, NULL when the argument is NULL. */
  Typed strict(DataType type, Function<Object, Object> body) {
    Evaluator a = args.get(0).evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object value = a.eval(row, context);
          return value == null ? null : apply(() -> body.apply(value), value);
        };
    return Typed.derived(type, evaluator, args);
  }

  /** {@code f(arg0, arg1)}, NULL when an argument is NULL. */
  Typed strict(DataType type, BiFunction<Object, Object, Object> body) {
    Evaluator a = args.get(0).evaluator();
    Evaluator b = args.get(1).evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object x = a.eval(row, context);
          if (x == null) {
            return null;
          }
          Object y = b.eval(row, context);
          return y == null ? null : apply(() -> body.apply(x, y), x, y);
        };
    return Typed.derived(type, evaluator, args);
  }

  /** {@code f(values)} over all arguments, NULL when any is NULL. */
  Typed strictAll(DataType type, Function<Object[], Object> body) {
    Evaluator[] evaluators = args.stream().map(Typed::evaluator).toArray(Evaluator[]::new);
    Evaluator evaluator =
        (row, context) -> {
          Object[] values = new Object[evaluators.length];
          for (int i = 0; i < values.length; i++) {
            values[i] = evaluators[i].eval(row, context);
            if (values[i] == null) {
              return null;
            }
          }
          return apply(() -> body.apply(values), values);
        };
    return Typed.derived(type, evaluator, args);
  }

  /** Runs a function body, turning an unexpected failure into an error naming the values. */
  private Object apply(Supplier<Object> body, Object... values) {
    try {
      return body.get();
    } catch (TransformException e) {
      throw e;
    } catch (RuntimeException e) {
      List<String> shown = new ArrayList<>();
      for (Object value : values) {
        shown.add(ValueText.quoted(value));
      }
      throw site.error(name + " cannot be computed for " + shown + ": " + e.getMessage()
          + "; fix the value at the source or guard the call with CASE", e);
    }
  }
}
