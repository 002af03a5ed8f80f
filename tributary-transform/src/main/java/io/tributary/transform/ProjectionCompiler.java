package io.tributary.transform;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;

/**
 * Compiles a parsed rule against one input shape: expands {@code *}, places explicit items
 * (an item named like a column of {@code *} takes that column's place), derives the output
 * schema and key, and compiles the filter.
 */
final class ProjectionCompiler {
  /**
   * One output column under construction.
   *
   * @param column the output column
   * @param evaluator computes it
   * @param source the input column it passes through unchanged, or -1
   * @param fromStar whether it is still {@code *}'s own column (not replaced)
   * @param value the item as an expression other expressions may use (null for {@code *})
   */
  private record Slot(Column column, Evaluator evaluator, int source, boolean fromStar, Typed value) {}

  private ProjectionCompiler() {}

  static CompiledTransform compile(
      String rule, List<RuleParser.Item> items, Expression filter, String filterText, TableSchema input) {
    ColumnResolver resolver = new ColumnResolver(input);
    List<Slot> slots = new ArrayList<>();
    List<Slot> explicit = new ArrayList<>();
    for (RuleParser.Item item : items) {
      if (item.star()) {
        for (int i = 0; i < input.columns().size(); i++) {
          slots.add(new Slot(input.columns().get(i), ColumnResolver.passThrough(i), i, true, null));
        }
      } else {
        Slot slot = explicitSlot(item, resolver, new Site(rule, item.text()));
        slots.add(slot);
        explicit.add(slot);
      }
    }
    List<Slot> placed = place(slots, explicit, rule);
    Evaluator test = filter == null ? null : filter(filter, rule, filterText, resolver, explicit);
    return new RowTransform(schema(input, placed), evaluators(placed), test);
  }

  private static Slot explicitSlot(RuleParser.Item item, ColumnResolver resolver, Site site) {
    Expression expression = RuleParser.unwrap(item.expression());
    if (expression instanceof net.sf.jsqlparser.schema.Column reference) {
      Identifier written = ExpressionCompiler.identifier(reference, site);
      int index = resolver.indexOf(written, site);
      if (index >= 0) {
        Column in = resolver.input().columns().get(index);
        String name = item.alias() == null ? in.name() : item.alias().name();
        Column out = new Column(name, in.type(), in.nullable(), in.sourceType());
        return new Slot(out, ColumnResolver.passThrough(index), index, false, resolver.resolve(written, site));
      }
    }
    Typed typed = new ExpressionCompiler(resolver, site).compile(expression);
    String name = item.alias() != null ? item.alias().name()
        : Identifier.parse(((net.sf.jsqlparser.schema.Column) expression).getColumnName()).name().toLowerCase(Locale.ROOT);
    Column out = new Column(name, Types.orString(typed.type()), typed.nullable());
    return new Slot(out, typed.evaluator(), -1, false, typed);
  }

  /** Moves each explicit item named like a column of {@code *} into that column's place. */
  private static List<Slot> place(List<Slot> slots, List<Slot> explicit, String rule) {
    List<Slot> out = new ArrayList<>(slots);
    for (Slot item : explicit) {
      String name = item.column().name();
      for (int i = 0; i < out.size(); i++) {
        Slot candidate = out.get(i);
        if (candidate.fromStar() && candidate.column().name().equalsIgnoreCase(name)) {
          out.remove(item);
          out.set(out.indexOf(candidate), item);
          break;
        }
      }
    }
    Map<String, String> seen = new HashMap<>();
    for (Slot slot : out) {
      String previous = seen.put(slot.column().name().toLowerCase(Locale.ROOT), slot.column().name());
      if (previous != null) {
        throw new TransformException("transform rule '" + rule + "': the projection defines column `"
            + slot.column().name() + "` twice (names are compared ignoring case); rename one with AS");
      }
    }
    return out;
  }

  private static Evaluator filter(
      Expression filter, String rule, String text, ColumnResolver resolver, List<Slot> explicit) {
    Map<String, Typed> aliases = new HashMap<>();
    for (Slot slot : explicit) {
      aliases.putIfAbsent(slot.column().name().toLowerCase(Locale.ROOT), slot.value());
    }
    Site site = new Site(rule, text);
    Typed typed = new ExpressionCompiler(resolver.withAliases(aliases), site).compile(filter);
    Logic.requireBoolean("the filter", typed, site);
    return typed.evaluator();
  }

  private static TableSchema schema(TableSchema input, List<Slot> slots) {
    List<Column> columns = new ArrayList<>(slots.size());
    slots.forEach(slot -> columns.add(slot.column()));
    List<String> key = new ArrayList<>();
    for (String keyColumn : input.primaryKey()) {
      int index = input.indexOf(keyColumn);
      for (Slot slot : slots) {
        if (slot.source() == index && slot.column().name().equals(keyColumn)) {
          key.add(keyColumn);
          break;
        }
      }
    }
    return new TableSchema(input.id(), columns, key, input.version());
  }

  private static Evaluator[] evaluators(List<Slot> slots) {
    Evaluator[] out = new Evaluator[slots.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = slots.get(i).evaluator();
    }
    return out;
  }
}
