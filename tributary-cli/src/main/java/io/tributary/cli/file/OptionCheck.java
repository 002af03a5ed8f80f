package io.tributary.cli.file;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Option;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one block against the options declared for it: every key must be declared, every value
 * must parse as its option's type, every required option must be given.
 */
final class OptionCheck {
  private OptionCheck() {}

  /**
   * @param label how problems name the block, e.g. {@code sinks[1] (olap, duckdb)}
   * @param block the block
   * @param options every option of the block; the first declaration of a key wins
   * @param reportUnknownKeys false when the block's type is unknown, so its keys cannot be judged
   * @param problems where problems go
   */
  static void check(String label, Block block, List<Option<?>> options, boolean reportUnknownKeys, Problems problems) {
    Map<String, Option<?>> byKey = byKey(options);
    Set<String> suggested = new HashSet<>();
    for (Block.Entry entry : block.entries().values()) {
      Option<?> option = byKey.get(entry.key());
      if (option == null) {
        option = options.stream().filter(o -> o.isPrefixed() && o.matches(entry.key())).findFirst().orElse(null);
      }
      if (option == null) {
        if (reportUnknownKeys) {
          KeySuggestion.closest(entry.key(), byKey.keySet()).ifPresent(suggested::add);
          problems.add(entry.keyPosition(), label + ": unknown key '" + entry.key() + "'"
              + KeySuggestion.hint(entry.key(), byKey.keySet(), "keys"));
        }
      } else if (!entry.value().isBlank()) {
        try {
          option.parse(entry.value());
        } catch (ConfigException e) {
          problems.addForValue(entry.valuePosition(), label + ": " + e.getMessage());
        }
      }
    }
    for (Option<?> option : byKey.values()) {
      String value = block.value(option.key());
      boolean misspelt = value == null && suggested.contains(option.key()); // already said "did you mean"
      if (option.required() && option.defaultValue() == null && (value == null || value.isBlank()) && !misspelt) {
        problems.add(block.positionOf(option.key()),
            label + ": missing required key '" + option.key() + "'" + (value == null ? "" : " (it is empty)"));
      }
    }
  }

  static Map<String, Option<?>> byKey(List<Option<?>> options) {
    Map<String, Option<?>> byKey = new LinkedHashMap<>();
    options.forEach(o -> byKey.putIfAbsent(o.key(), o));
    return byKey;
  }
}
