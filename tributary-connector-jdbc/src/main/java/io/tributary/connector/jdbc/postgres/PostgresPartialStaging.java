package io.tributary.connector.jdbc.postgres;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The temporary staging table of one target table shape for rows that carry only some columns
 * (the others {@link io.tributary.api.event.Unchanged}), and the SQL of one group of such rows:
 * COPY of the present columns with each row's ordinal, a query of the ordinals whose key has no
 * target row, and {@code UPDATE ... FROM} of the present non-key columns. Nothing is inserted: a
 * row without a target row would get defaults for its absent columns.
 */
final class PostgresPartialStaging {
  final String createTableSql;
  final String clearSql;
  private final PostgresDialect dialect;
  private final TableSchema schema;
  private final String staging;
  private final String target;
  private final String ordinal;
  /** Whether the staging table holds rows of the current transaction. */
  boolean loaded;

  /**
   * @param dialect for quoting
   * @param schema the table shape
   * @param number a number unique on the connection, naming the staging table
   */
  PostgresPartialStaging(PostgresDialect dialect, TableSchema schema, int number) {
    this.dialect = dialect;
    this.schema = schema;
    String name = "tributary_partial_" + number;
    this.staging = "pg_temp." + dialect.quote(name);
    this.target = dialect.table(schema.id());
    this.ordinal = dialect.quote(ordinalName(schema));
    List<String> names = schema.columns().stream().map(Column::name).toList();
    createTableSql = "CREATE TEMP TABLE " + dialect.quote(name) + " ON COMMIT DELETE ROWS AS SELECT 0::integer AS "
        + ordinal + ", " + dialect.quotedList(names) + " FROM " + target + " WITH NO DATA";
    clearSql = "DELETE FROM " + staging;
  }

  /** COPY of each row's ordinal and its columns at {@code present}. */
  String copySql(int[] present) {
    return "COPY " + staging + " (" + ordinal + ", " + dialect.quotedList(names(present)) + ") FROM STDIN";
  }

  /** The ordinals of staged rows whose key matches no target row. */
  String missingSql() {
    return "SELECT d." + ordinal + " FROM " + staging + " AS d WHERE NOT EXISTS (SELECT 1 FROM " + target
        + " AS t WHERE " + keyMatch() + ")";
  }

  /** The update of the present non-key columns from the staged rows, or null when there are none. */
  String updateSql(int[] present) {
    List<String> set = new ArrayList<>();
    for (String name : names(present)) {
      if (!schema.primaryKey().contains(name)) {
        String q = dialect.quote(name);
        set.add(q + " = d." + q);
      }
    }
    if (set.isEmpty()) {
      return null;
    }
    return "UPDATE " + target + " AS t SET " + String.join(", ", set) + " FROM " + staging + " AS d WHERE "
        + keyMatch();
  }

  private List<String> names(int[] present) {
    List<String> names = new ArrayList<>(present.length);
    for (int i : present) {
      names.add(schema.columns().get(i).name());
    }
    return names;
  }

  private String keyMatch() {
    List<String> match = new ArrayList<>();
    for (String k : schema.primaryKey()) {
      String q = dialect.quote(k);
      match.add("t." + q + " = d." + q);
    }
    return String.join(" AND ", match);
  }

  /** A name for the ordinal column that no column of the table has. */
  private static String ordinalName(TableSchema schema) {
    String name = "tributary_row";
    while (schema.indexOf(name) >= 0) {
      name = name + "_";
    }
    return name;
  }
}
