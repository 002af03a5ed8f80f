package io.tributary.connector.jdbc.postgres;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The temporary staging tables of one target table shape on one connection, and the SQL that
 * fills and merges them. The staging tables copy the target's column types ({@code CREATE TEMP
 * TABLE ... AS SELECT ... WITH NO DATA}), so COPY parses each value exactly as the target column
 * would, and empty themselves at every commit ({@code ON COMMIT DELETE ROWS}).
 */
final class PostgresStaging {
  final String createUpsertTableSql;
  final String createDeleteTableSql;
  final String copyUpsertsSql;
  final String copyDeletesSql;
  final String mergeSql;
  final String deleteSql;
  final String clearUpsertsSql;
  final String clearDeletesSql;
  final CopyRowEncoder upsertEncoder;
  final CopyRowEncoder deleteEncoder;
  /** The third staging table, for rows with columns left unchanged. */
  final PostgresPartialStaging partial;
  /** Whether the staging table holds rows of the current transaction. */
  boolean upsertsLoaded;
  boolean deletesLoaded;

  /**
   * @param dialect for quoting
   * @param schema the table shape
   * @param number a number unique on the connection, naming the staging tables
   */
  PostgresStaging(PostgresDialect dialect, TableSchema schema, int number) {
    String upsertName = "tributary_upsert_" + number;
    String deleteName = "tributary_delete_" + number;
    String upserts = "pg_temp." + dialect.quote(upsertName);
    String deletes = "pg_temp." + dialect.quote(deleteName);
    String target = dialect.table(schema.id());
    List<String> names = schema.columns().stream().map(Column::name).toList();
    String columns = dialect.quotedList(names);
    String keys = dialect.quotedList(schema.primaryKey());

    createUpsertTableSql = "CREATE TEMP TABLE " + dialect.quote(upsertName)
        + " ON COMMIT DELETE ROWS AS SELECT " + columns + " FROM " + target + " WITH NO DATA";
    createDeleteTableSql = "CREATE TEMP TABLE " + dialect.quote(deleteName)
        + " ON COMMIT DELETE ROWS AS SELECT " + keys + " FROM " + target + " WITH NO DATA";
    copyUpsertsSql = "COPY " + upserts + " (" + columns + ") FROM STDIN";
    copyDeletesSql = "COPY " + deletes + " (" + keys + ") FROM STDIN";
    mergeSql = "INSERT INTO " + target + " (" + columns + ") SELECT " + columns + " FROM "
        + upserts + " ON CONFLICT (" + keys + ") " + onConflict(dialect, schema);
    deleteSql = "DELETE FROM " + target + " AS t USING " + deletes + " AS d WHERE "
        + keyMatch(dialect, schema.primaryKey());
    clearUpsertsSql = "DELETE FROM " + upserts;
    clearDeletesSql = "DELETE FROM " + deletes;
    int[] all = new int[names.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    upsertEncoder = new CopyRowEncoder(schema, all);
    deleteEncoder = new CopyRowEncoder(schema, schema.primaryKeyIndexes());
    partial = new PostgresPartialStaging(dialect, schema, number);
  }

  private static String onConflict(PostgresDialect dialect, TableSchema schema) {
    List<String> set = new ArrayList<>();
    for (Column c : schema.columns()) {
      if (!schema.primaryKey().contains(c.name())) {
        String q = dialect.quote(c.name());
        set.add(q + " = EXCLUDED." + q);
      }
    }
    return set.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", set);
  }

  private static String keyMatch(PostgresDialect dialect, List<String> keys) {
    StringJoiner j = new StringJoiner(" AND ");
    for (String k : keys) {
      String q = dialect.quote(k);
      j.add("t." + q + " = d." + q);
    }
    return j.toString();
  }
}
