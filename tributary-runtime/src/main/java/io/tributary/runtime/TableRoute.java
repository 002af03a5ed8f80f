package io.tributary.runtime;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code route:} entry: tables whose {@code namespace.name} matches {@code sourceTable} as a
 * whole are written as {@code sinkTable}, in which {@code $1}, {@code $2}... stand for the
 * pattern's groups. Many shards can so become one table. When shards may hold the same primary
 * key, {@code sourceTableColumn} names a column added to the routed table and to its primary key,
 * holding the source table's {@code namespace.name}; without it, rows of different shards with
 * the same key overwrite each other at the target.
 *
 * @param sourceTable the tables this route takes
 * @param sinkTable the target table's {@code namespace.name}, with group references
 * @param sourceTableColumn the added key column, or null
 */
public record TableRoute(Pattern sourceTable, String sinkTable, String sourceTableColumn) {
  public TableRoute {
    Objects.requireNonNull(sourceTable, "sourceTable");
    Objects.requireNonNull(sinkTable, "sinkTable");
  }
}
