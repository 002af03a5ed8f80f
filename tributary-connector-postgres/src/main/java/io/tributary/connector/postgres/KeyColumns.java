package io.tributary.connector.postgres;

import io.tributary.api.schema.TableId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key columns the pipeline file names for tables without a primary key (option {@code
 * primary-keys}: {@code schema.table:col1,col2; schema.other:id}). Names are taken literally; a
 * table name is split at its last dot before the colon.
 */
public final class KeyColumns {
  private final Map<TableId, List<String>> byTable;

  private KeyColumns(Map<TableId, List<String>> byTable) {
    this.byTable = Collections.unmodifiableMap(byTable);
  }

  /** No key columns named. */
  public static KeyColumns none() {
    return new KeyColumns(Map.of());
  }

  /**
   * Parses the option text.
   *
   * @throws IllegalArgumentException naming the entry that is malformed
   */
  public static KeyColumns parse(String text) {
    Map<TableId, List<String>> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return new KeyColumns(out);
    }
    for (String entry : text.split(";", -1)) {
      String trimmed = entry.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      int colon = trimmed.lastIndexOf(':');
      String table = colon < 0 ? "" : trimmed.substring(0, colon).trim();
      int dot = table.lastIndexOf('.');
      if (colon < 0 || dot <= 0 || dot == table.length() - 1) {
        throw new IllegalArgumentException(
            "'" + trimmed + "' is not 'schema.table:col1,col2' (entries are separated by ';')");
      }
      List<String> columns = new ArrayList<>();
      for (String column : trimmed.substring(colon + 1).split(",", -1)) {
        if (!column.isBlank()) {
          columns.add(column.trim());
        }
      }
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("'" + trimmed + "' names no key column after the ':'");
      }
      out.put(new TableId(table.substring(0, dot), table.substring(dot + 1)), List.copyOf(columns));
    }
    return new KeyColumns(out);
  }

  /** The key columns named for {@code table}, if any. */
  public Optional<List<String>> of(TableId table) {
    return Optional.ofNullable(byTable.get(table));
  }

  public boolean isEmpty() {
    return byTable.isEmpty();
  }

  @Override
  public String toString() {
    return byTable.toString();
  }
}
