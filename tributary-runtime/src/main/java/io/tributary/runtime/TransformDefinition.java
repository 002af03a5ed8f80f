package io.tributary.runtime;

import io.tributary.transform.TransformRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code transform:} entry: for source tables matching {@code sourceTable} (the whole
 * {@code namespace.name}, before routing), filter and project each change with {@code rule}.
 *
 * @param sourceTable the tables this entry applies to; the first matching entry wins
 * @param rule the parsed projection and filter
 * @param primaryKeys the key of the transformed table, or empty to keep what the projection keeps
 * @param softDelete a BOOLEAN column added to the transformed table: a delete becomes an upsert of
 *     the row with this column true (and every other change sets it false); null for real deletes
 * @param masks per output column, how its text values are hidden
 */
public record TransformDefinition(
    Pattern sourceTable, TransformRule rule, List<String> primaryKeys, String softDelete, Map<String, Mask> masks) {
  public TransformDefinition {
    Objects.requireNonNull(sourceTable, "sourceTable");
    Objects.requireNonNull(rule, "rule");
    primaryKeys = List.copyOf(primaryKeys);
    masks = Map.copyOf(masks);
  }
}
