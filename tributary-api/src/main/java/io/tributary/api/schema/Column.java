package io.tributary.api.schema;

import java.util.Objects;

/**
 * One column of a table.
 *
 * @param name the column name exactly as the source spells it (never quoted, may hold any
 *     character)
 * @param type the logical type
 * @param nullable whether NULL is allowed
 * @param sourceType the source's own type text (e.g. {@code bigint(20) unsigned}), for sinks of the
 *     same database family that want to keep it; may be null
 */
public record Column(String name, DataType type, boolean nullable, String sourceType) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public Column(String name, DataType type, boolean nullable) {
    this(name, type, nullable, null);
  }
}
