package io.tributary.api.schema;

import java.util.Objects;

/**
 * A table's name: its namespace (the MySQL database, or the PostgreSQL schema) and its name.
 * Pattern matching in pipeline files is done on {@link #toString()}, {@code namespace.name}.
 */
public record TableId(String namespace, String name) implements Comparable<TableId> {
  public TableId {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return namespace + "." + name;
  }

  @Override
  public int compareTo(TableId o) {
    int c = namespace.compareTo(o.namespace);
    return c != 0 ? c : name.compareTo(o.name);
  }
}
