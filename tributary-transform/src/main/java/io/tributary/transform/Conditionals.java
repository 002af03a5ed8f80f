package io.tributary.transform;

import io.tributary.api.schema.DataType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * CASE (searched and simple), IF, COALESCE, IFNULL and NULLIF. Results are brought to one common
 * type; a CASE without ELSE gives NULL when no branch matches; a condition that is NULL counts as
 * not matched; a simple CASE's NULL subject matches no branch.
 */
final class Conditionals {
  private Conditionals() {}

  static void register(Map<String, FunctionRegistry.Spec> specs) {
    FunctionRegistry.add(specs, "IF", 3, 3, Conditionals::ifThenElse);
    FunctionRegistry.add(specs, "COALESCE", 1, FunctionRegistry.MANY, Conditionals::coalesce);
    FunctionRegistry.add(specs, "IFNULL", 2, 2, Conditionals::coalesce);
    FunctionRegistry.add(specs, "NULLIF", 2, 2, Conditionals::nullIf);
  }

  /** {@code CASE WHEN c1 THEN r1 ... [ELSE e] END}; {@code otherwise} may be null. */
  static Typed searched(List<Typed> conditions, List<Typed> results, Typed otherwise, Site site) {
    for (Typed condition : conditions) {
      Logic.requireBoolean("CASE WHEN", condition, site);
    }
    Coercion.Unified unified = unifyResults(results, otherwise, site);
    Evaluator[] whens = conditions.stream().map(Typed::evaluator).toArray(Evaluator[]::new);
    Evaluator[] thens = evaluators(unified.operands(), whens.length);
    Evaluator fallback = unified.operands().get(whens.length).evaluator();
    Evaluator evaluator =
        (row, context) -> {
          for (int i = 0; i < whens.length; i++) {
            if (Boolean.TRUE.equals(whens[i].eval(row, context))) {
              return thens[i].eval(row, context);
            }
          }
          return fallback.eval(row, context);
        };
    return Typed.derived(unified.type(), evaluator, all(conditions, unified.operands()));
  }

  /** {@code CASE subject WHEN v1 THEN r1 ... [ELSE e] END}; {@code otherwise} may be null. */
  static Typed simple(Typed subject, List<Typed> values, List<Typed> results, Typed otherwise, Site site) {
    List<Typed> compared = new ArrayList<>(values.size() + 1);
    compared.add(subject);
    compared.addAll(values);
    Coercion.Unified keys = Coercion.unify(compared, site, "compare in CASE");
    Comparator<Object> comparator = Comparisons.comparator(keys.type(), false, site);
    Evaluator key = keys.operands().get(0).evaluator();
    Evaluator[] whens = evaluators(keys.operands().subList(1, compared.size()), values.size());
    Coercion.Unified unified = unifyResults(results, otherwise, site);
    Evaluator[] thens = evaluators(unified.operands(), whens.length);
    Evaluator fallback = unified.operands().get(whens.length).evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object k = key.eval(row, context);
          for (int i = 0; k != null && i < whens.length; i++) {
            Object candidate = whens[i].eval(row, context);
            if (candidate != null && comparator.compare(k, candidate) == 0) {
              return thens[i].eval(row, context);
            }
          }
          return fallback.eval(row, context);
        };
    return Typed.derived(unified.type(), evaluator, all(keys.operands(), unified.operands()));
  }

  private static Typed ifThenElse(FunctionCall call) {
    Typed condition = call.arg(0);
    Logic.requireBoolean("IF", condition, call.site());
    Typed choice =
        searched(List.of(condition), List.of(call.arg(1)), call.arg(2), call.site());
    return choice;
  }

  private static Typed coalesce(FunctionCall call) {
    Coercion.Unified unified = Coercion.unify(call.args(), call.site(), "combine in " + call.name());
    Evaluator[] candidates = evaluators(unified.operands(), unified.operands().size());
    Evaluator evaluator =
        (row, context) -> {
          for (Evaluator candidate : candidates) {
            Object value = candidate.eval(row, context);
            if (value != null) {
              return value;
            }
          }
          return null;
        };
    return Typed.derived(unified.type(), evaluator, unified.operands());
  }

  private static Typed nullIf(FunctionCall call) {
    Coercion.Unified unified = Coercion.unify(call.args(), call.site(), "compare in NULLIF");
    Comparator<Object> comparator = Comparisons.comparator(unified.type(), false, call.site());
    Evaluator a = unified.operands().get(0).evaluator();
    Evaluator b = unified.operands().get(1).evaluator();
    Evaluator evaluator =
        (row, context) -> {
          Object value = a.eval(row, context);
          if (value == null) {
            return null;
          }
          Object other = b.eval(row, context);
          return other != null && comparator.compare(value, other) == 0 ? null : value;
        };
    return Typed.derived(unified.type(), evaluator, unified.operands());
  }

  private static Coercion.Unified unifyResults(List<Typed> results, Typed otherwise, Site site) {
    List<Typed> all = new ArrayList<>(results);
    all.add(otherwise == null ? Typed.nullLiteral() : otherwise);
    Coercion.Unified unified = Coercion.unify(all, site, "combine the results");
    DataType type = Types.orString(unified.type());
    List<Typed> typed = new ArrayList<>();
    unified.operands().forEach(t -> typed.add(Coercion.to(t, type)));
    return new Coercion.Unified(type, typed);
  }

  private static Evaluator[] evaluators(List<Typed> typed, int count) {
    Evaluator[] out = new Evaluator[count];
    for (int i = 0; i < count; i++) {
      out[i] = typed.get(i).evaluator();
    }
    return out;
  }

  private static List<Typed> all(List<Typed> first, List<Typed> second) {
    List<Typed> out = new ArrayList<>(first);
    out.addAll(second);
    return out;
  }
}
