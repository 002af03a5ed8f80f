package io.tributary.transform;

import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType.Kind;
import io.tributary.api.schema.SpecialValue;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves column names of an expression against one input table shape, at compile time, into
 * evaluators that read a fixed array index.
 *
 * <p>An evaluator that needs a column's value refuses {@link Unchanged#VALUE} (the source did not
 * send it) and the {@link SpecialValue}s no expression can compute with; {@link #passThrough}
 * copies whatever the row holds.
 */
final class ColumnResolver {
  private final TableSchema input;
  private final Map<String, Typed> aliases;

  ColumnResolver(TableSchema input) {
    this(input, Map.of());
  }

  private ColumnResolver(TableSchema input, Map<String, Typed> aliases) {
    this.input = input;
    this.aliases = aliases;
  }

  /**
   * A resolver that also knows the projection's items by their lower-case output names, for the
   * filter: a name that is neither an input column nor a metadata column refers to them (case is
   * ignored, even for quoted names).
   */
  ColumnResolver withAliases(Map<String, Typed> byLowerCaseName) {
    return new ColumnResolver(input, Map.copyOf(byLowerCaseName));
  }

  TableSchema input() {
    return input;
  }

  /** The index of the input column {@code name} refers to, or -1 for none. */
  int indexOf(Identifier name, Site site) {
    int exact = input.indexOf(name.name());
    if (exact >= 0 || name.quoted()) {
      return exact;
    }
    List<String> matches = new ArrayList<>();
    int found = -1;
    for (int i = 0; i < input.columns().size(); i++) {
      if (name.matches(input.columns().get(i).name())) {
        matches.add(input.columns().get(i).name());
        found = i;
      }
    }
    if (matches.size() > 1) {
      throw site.error(
          "column name `" + name.name() + "` matches " + matches + " of table " + input.id()
              + " when case is ignored; write the name in double quotes to pick one");
    }
    return found;
  }

  /** A column or metadata reference whose value an expression needs. */
  Typed resolve(Identifier name, Site site) {
    int index = indexOf(name, site);
    if (index < 0) {
      Typed metadata = MetadataColumns.lookup(name);
      Typed alias = aliases.get(name.name().toLowerCase(Locale.ROOT));
      if (metadata != null) {
        return metadata;
      }
      if (alias != null) {
        return alias;
      }
      throw unknown(name, site);
    }
    Column column = input.columns().get(index);
    return new Typed(column.type(), valueOf(index, column, site), false, column.nullable());
  }

  /** Reads the row's value as it is, markers included. */
  static Evaluator passThrough(int index) {
    return (row, context) -> row[index];
  }

  private static Evaluator valueOf(int index, Column column, Site site) {
    Kind kind = column.type().kind();
    boolean special =
        kind == Kind.DECIMAL || kind == Kind.DATE || kind == Kind.TIME
            || kind == Kind.TIMESTAMP || kind == Kind.TIMESTAMP_TZ;
    String name = column.name();
    if (!special) {
      return (row, context) -> {
        Object value = row[index];
        if (value == Unchanged.VALUE) {
          throw notSent(name, context, site);
        }
        return value;
      };
    }
    return (row, context) -> {
      Object value = row[index];
      if (value == Unchanged.VALUE) {
        throw notSent(name, context, site);
      }
      if (value instanceof SpecialValue constant) {
        throw site.error(
            "column `" + name + "` holds the special value " + constant
                + ", which expressions cannot compute with; filter such rows out with a rule "
                + "that only passes the column through, or change the value at the source");
      }
      return value;
    };
  }

  private static TransformException notSent(String column, RowContext context, Site site) {
    String table = context == null ? "" : " of table " + context.table();
    return site.error(
        "column `" + column + "`" + table + " was not sent by the source for this change (e.g. "
            + "PostgreSQL leaves unchanged TOASTed columns out of an UPDATE unless the table has "
            + "REPLICA IDENTITY FULL); set REPLICA IDENTITY FULL on the table, or only pass the "
            + "column through unchanged in this rule");
  }

  private TransformException unknown(Identifier name, Site site) {
    List<String> names = new ArrayList<>();
    input.columns().forEach(c -> names.add(c.name()));
    return site.error(
        "unknown column `" + name.name() + "` in table " + input.id() + "; its columns are "
            + names + " and the metadata columns " + MetadataColumns.NAMES
            + (name.quoted() ? " (quoted names match case exactly)" : ""));
  }
}
