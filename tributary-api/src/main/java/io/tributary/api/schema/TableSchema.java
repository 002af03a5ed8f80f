package io.tributary.api.schema;

import java.util.List;
import java.util.Objects;

/**
 * The shape of a table at one moment: its columns in order and its primary key. Row values ({@code
 * Object[]}) are aligned with {@link #columns()}.
 *
 * @param id the table
 * @param columns the columns, in source order
 * @param primaryKey names of the primary-key columns, in key order; empty when the table has none
 * @param version increases by one each time the source sees the table change shape
 */
public record TableSchema(TableId id, List<Column> columns, List<String> primaryKey, int version) {
  public TableSchema {
    Objects.requireNonNull(id, "id");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    for (String k : primaryKey) {
      if (columns.stream().noneMatch(c -> c.name().equals(k))) {
        throw new IllegalArgumentException("primary key column " + k + " is not a column of " + id);
      }
    }
  }

  /** Index of the named column, or -1. */
  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    return -1;
  }

  /** Positions of the primary-key columns in {@link #columns()}, in key order. */
  public int[] primaryKeyIndexes() {
    int[] out = new int[primaryKey.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = indexOf(primaryKey.get(i));
    }
    return out;
  }

  public boolean hasPrimaryKey() {
    return !primaryKey.isEmpty();
  }

  /** The same table shape with another version number. */
  public TableSchema withVersion(int newVersion) {
    return new TableSchema(id, columns, primaryKey, newVersion);
  }

  /** This shape with one more column at the end (same key and version); for user functions. */
  public TableSchema withColumn(Column column) {
    if (indexOf(column.name()) >= 0) {
      throw new IllegalArgumentException(id + " already has a column " + column.name());
    }
    List<Column> wider = new java.util.ArrayList<>(columns);
    wider.add(column);
    return new TableSchema(id, wider, primaryKey, version);
  }

  /** True when columns (names, types, nullability) and key are the same, whatever the versions. */
  public boolean sameShape(TableSchema other) {
    return columns.equals(other.columns) && primaryKey.equals(other.primaryKey);
  }
}
