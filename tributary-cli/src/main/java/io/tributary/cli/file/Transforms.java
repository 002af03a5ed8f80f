package io.tributary.cli.file;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Option;
import io.tributary.runtime.Mask;
import io.tributary.runtime.TransformDefinition;
import io.tributary.transform.TransformException;
import io.tributary.transform.TransformRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code transform:} list of a pipeline file: its options, the checks that need no database
 * (syntax of the expressions, of the table pattern and of the masks) and the runtime's definitions.
 * Unknown columns and type errors need the tables' shapes: {@code tributary validate} reports them.
 */
public final class Transforms {
  private Transforms() {}

  static final Option<String> SOURCE_TABLE = Option.string("source-table",
      "A regular expression matched against the whole namespace.table of each captured table (before routing).")
      .asRequired();
  static final Option<String> PROJECTION = Option.string("projection",
      "The columns to write, as a SQL select list: *, UPPER(status) AS status, amount * 100 AS cents, __op__ AS op."
          + " Default *.");
  static final Option<String> FILTER = Option.string("filter",
      "A SQL condition rows must meet, e.g. amount > 0 AND status <> 'TEST'. An update whose new row fails it deletes"
          + " the row at the target; one whose new row starts to meet it inserts it.");
  static final Option<String> PRIMARY_KEYS = Option.string("primary-keys",
      "The transformed table's key columns, comma-separated; default: the source key columns the projection keeps.");
  static final Option<String> SOFT_DELETE = Option.string("soft-delete",
      "A BOOLEAN column added to the table: a delete becomes an upsert with it true instead of removing the row.");
  static final Option<String> MASK = Option.prefixed("mask",
      "Hide a text column: mask.email: hash (SHA-256 hex), redact, keep-first(n) or keep-last(n).");
  static final Option<String> DESCRIPTION = Option.string("description", "Free text, for people reading the file.");

  /** The keys of a {@code transform:} entry. */
  public static final List<Option<?>> OPTIONS = List.of(SOURCE_TABLE, PROJECTION, FILTER, PRIMARY_KEYS, SOFT_DELETE, MASK,
      DESCRIPTION);

  static void check(List<Block> transforms, Problems problems) {
    for (int i = 0; i < transforms.size(); i++) {
      Block block = transforms.get(i);
      String label = "transform[" + i + "]";
      OptionCheck.check(label, block, OPTIONS, true, problems);
      String regex = block.value(SOURCE_TABLE.key());
      if (regex != null && !regex.isBlank()) {
        try {
          Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
          problems.addForValue(block.positionOf(SOURCE_TABLE.key()), label + ": 'source-table' is not a regular expression: "
              + e.getDescription());
        }
      }
      try {
        rule(label, block);
      } catch (TransformException e) {
        String key = block.value(FILTER.key()) != null && e.getMessage().contains("filter") ? FILTER.key() : PROJECTION.key();
        problems.addForValue(block.positionOf(key), e.getMessage());
      }
      try {
        masks(block);
      } catch (ConfigException e) {
        problems.addForValue(block.positionOf(e.key()), label + ": " + e.getMessage());
      }
    }
  }

  static List<TransformDefinition> of(List<Block> transforms) {
    List<TransformDefinition> out = new ArrayList<>();
    for (int i = 0; i < transforms.size(); i++) {
      Block block = transforms.get(i);
      String keys = block.value(PRIMARY_KEYS.key());
      String softDelete = block.value(SOFT_DELETE.key());
      out.add(new TransformDefinition(Pattern.compile(block.value(SOURCE_TABLE.key())), rule("transform[" + i + "]", block),
          keys == null || keys.isBlank() ? List.of() : Arrays.stream(keys.split(",")).map(String::trim).toList(),
          softDelete == null || softDelete.isBlank() ? null : softDelete.trim(), masks(block)));
    }
    return out;
  }

  private static TransformRule rule(String label, Block block) {
    return TransformRule.parse(label, blankToNull(block.value(PROJECTION.key())), blankToNull(block.value(FILTER.key())));
  }

  private static Map<String, Mask> masks(Block block) {
    Map<String, Mask> masks = new LinkedHashMap<>();
    block.entries().forEach((key, entry) -> {
      if (key.startsWith("mask.")) {
        masks.put(key.substring("mask.".length()), Mask.parse(key, entry.value()));
      }
    });
    return masks;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
