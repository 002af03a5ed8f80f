package io.tributary.cli.file;

import io.tributary.api.option.Option;
import io.tributary.runtime.TableRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The {@code route:} list of a pipeline file: its options, checks and the runtime's routes. */
public final class Routes {
  private Routes() {}

  static final Option<String> SOURCE_TABLE = Option.string("source-table",
      "A regular expression matched against the whole namespace.table of each captured table, e.g."
          + " shop_\\d+\\.orders_\\d+.").asRequired();
  static final Option<String> SINK_TABLE = Option.string("sink-table",
      "The table the matched tables are written as (namespace.table); $1, $2... are the expression's groups.")
      .asRequired();
  static final Option<String> SOURCE_TABLE_COLUMN = Option.string("source-table-column",
      "Adds a column of this name holding the source namespace.table and makes it part of the primary key, for"
          + " shards whose keys may collide; without it rows of different shards with the same key overwrite each other.");
  static final Option<String> DESCRIPTION = Option.string("description", "Free text, for people reading the file.");

  /** The keys of a {@code route:} entry. */
  public static final List<Option<?>> OPTIONS = List.of(SOURCE_TABLE, SINK_TABLE, SOURCE_TABLE_COLUMN, DESCRIPTION);

  static void check(List<Block> routes, Problems problems) {
    for (int i = 0; i < routes.size(); i++) {
      Block block = routes.get(i);
      String label = "route[" + i + "]";
      OptionCheck.check(label, block, OPTIONS, true, problems);
      String regex = block.value(SOURCE_TABLE.key());
      if (regex != null && !regex.isBlank()) {
        try {
          Pattern compiled = Pattern.compile(regex);
          String sink = block.value(SINK_TABLE.key());
          if (sink != null && maxGroupReference(sink) > compiled.matcher("").groupCount()) {
            problems.addForValue(block.positionOf(SINK_TABLE.key()), label + ": 'sink-table' " + sink
                + " refers to a group that 'source-table' " + regex + " does not have");
          }
        } catch (PatternSyntaxException e) {
          problems.addForValue(block.positionOf(SOURCE_TABLE.key()), label + ": 'source-table' is not a regular expression: "
              + e.getDescription());
        }
      }
    }
  }

  static List<TableRoute> of(List<Block> routes) {
    List<TableRoute> out = new ArrayList<>();
    for (Block block : routes) {
      String column = block.value(SOURCE_TABLE_COLUMN.key());
      out.add(new TableRoute(Pattern.compile(block.value(SOURCE_TABLE.key())), block.value(SINK_TABLE.key()),
          column == null || column.isBlank() ? null : column));
    }
    return out;
  }

  private static int maxGroupReference(String replacement) {
    int max = 0;
    for (int i = 0; i + 1 < replacement.length(); i++) {
      if (replacement.charAt(i) == '$' && Character.isDigit(replacement.charAt(i + 1))) {
        max = Math.max(max, replacement.charAt(i + 1) - '0');
      }
    }
    return max;
  }
}
