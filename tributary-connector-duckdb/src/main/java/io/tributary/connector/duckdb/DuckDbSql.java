package io.tributary.connector.duckdb;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The SQL text the sink sends to DuckDB, built from table shapes. Pure functions: every
 * identifier is quoted, every literal escaped, so hostile names (quotes, spaces, reserved words,
 * unicode) are safe.
 *
 * <p>An instance is built with the catalog DuckDB gives the database ({@code current_database()},
 * {@code shop} for {@code shop.duckdb}) and names every target table and schema, and the offsets
 * tables, fully: {@code "catalog"."schema"."table"}. A two-part name {@code "shop"."orders"} is
 * ambiguous in {@code shop.duckdb} (catalog {@code shop}, schema {@code shop}), and so is a schema
 * named like a built-in catalog ({@code temp}, {@code system}). Staging tables live in the
 * connection's own {@code "temp"."main"}; their statements are static.
 */
final class DuckDbSql {
  /** Alias of the target table in DELETE statements. */
  private static final String TARGET = "t";
  /** Alias of the staging table in DELETE statements. */
  private static final String STAGED = "s";

  private final String catalog;
  private final String quotedCatalog;

  /** @param catalog the database's catalog name, as {@code current_database()} returns it */
  DuckDbSql(String catalog) {
    this.catalog = catalog;
    this.quotedCatalog = quote(catalog);
  }

  /** The catalog the target tables live in, unquoted. */
  String catalog() {
    return catalog;
  }

  /** {@code "a""b"}: a quoted identifier. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** {@code 'it''s'}: a quoted string literal. */
  static String literal(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }

  /** {@code "catalog"."namespace"."name"}. */
  String table(TableId id) {
    return schema(id.namespace()) + "." + quote(id.name());
  }

  /** {@code "catalog"."schema"}. */
  String schema(String schema) {
    return quotedCatalog + "." + quote(schema);
  }

  /** The staging column holding source column number {@code index}. */
  static String stagingColumn(int index) {
    return "c" + index;
  }

  /** A staging table of this connection: {@code "temp"."main"."name"}. */
  static String stagingTable(String name) {
    return "\"temp\".\"main\"." + quote(name);
  }

  String createSchema(String schema) {
    return "CREATE SCHEMA IF NOT EXISTS " + schema(schema);
  }

  /** CREATE TABLE with mapped types, NOT NULL where the source has it, and the primary key. */
  String createTable(TableSchema schema, DuckDbTypeMapping types) {
    StringJoiner parts = new StringJoiner(", ", "CREATE TABLE IF NOT EXISTS " + table(schema.id()) + " (", ")");
    for (Column c : schema.columns()) {
      parts.add(quote(c.name()) + " " + types.targetType(c.type()) + (c.nullable() ? "" : " NOT NULL"));
    }
    if (schema.hasPrimaryKey()) {
      parts.add("PRIMARY KEY (" + quotedList(schema.primaryKey()) + ")");
    }
    return parts.toString();
  }

  /** Adds a column; always nullable, since the rows already there have no value for it. */
  String addColumn(TableId table, Column column, DuckDbTypeMapping types) {
    return "ALTER TABLE " + table(table) + " ADD COLUMN " + quote(column.name()) + " " + types.targetType(column.type());
  }

  String dropNotNull(TableId table, String column) {
    return "ALTER TABLE " + table(table) + " ALTER COLUMN " + quote(column) + " DROP NOT NULL";
  }

  String changeType(TableId table, Column column, DuckDbTypeMapping types) {
    return "ALTER TABLE " + table(table) + " ALTER COLUMN " + quote(column.name()) + " SET DATA TYPE " + types.targetType(column.type());
  }

  String deleteAll(TableId table) {
    return "DELETE FROM " + table(table);
  }

  /** A keyless staging table with columns {@code c0, c1, ...} of the given types. */
  static String createStaging(String name, List<String> columnTypes) {
    StringJoiner parts = new StringJoiner(", ", "CREATE TEMP TABLE IF NOT EXISTS " + stagingTable(name) + " (", ")");
    for (int i = 0; i < columnTypes.size(); i++) {
      parts.add(stagingColumn(i) + " " + columnTypes.get(i));
    }
    return parts.toString();
  }

  static String emptyStaging(String name) {
    return "DELETE FROM " + stagingTable(name);
  }

  /**
   * Moves the staged rows into the target: {@code INSERT ... SELECT ... ON CONFLICT (key) DO UPDATE
   * SET} every non-key column ({@code DO NOTHING} when every column is key; a plain INSERT when the
   * table has no key). Staging columns whose type differs from the target are cast.
   */
  String merge(TableSchema schema, String staging, DuckDbTypeMapping types) {
    List<String> names = new ArrayList<>();
    StringJoiner select = new StringJoiner(", ");
    for (int i = 0; i < schema.columns().size(); i++) {
      Column c = schema.columns().get(i);
      names.add(c.name());
      select.add(stagedValue(stagingColumn(i), c, types));
    }
    String insert = "INSERT INTO " + table(schema.id()) + " (" + quotedList(names) + ") SELECT " + select + " FROM " + stagingTable(staging);
    if (!schema.hasPrimaryKey()) {
      return insert;
    }
    StringJoiner updates = new StringJoiner(", ");
    for (Column c : schema.columns()) {
      if (!schema.primaryKey().contains(c.name())) {
        updates.add(quote(c.name()) + " = EXCLUDED." + quote(c.name()));
      }
    }
    String conflict = " ON CONFLICT (" + quotedList(schema.primaryKey()) + ") DO ";
    return insert + conflict + (updates.length() == 0 ? "NOTHING" : "UPDATE SET " + updates);
  }

  /**
   * Deletes the target rows whose key matches a staged key ({@code DELETE ... USING}); a table
   * without a key matches on every column, NULL-safe.
   */
  String delete(TableSchema schema, String staging, DuckDbTypeMapping types) {
    StringJoiner match = new StringJoiner(" AND ");
    int[] columns = deleteColumns(schema);
    String operator = schema.hasPrimaryKey() ? " = " : " IS NOT DISTINCT FROM ";
    for (int i = 0; i < columns.length; i++) {
      Column c = schema.columns().get(columns[i]);
      match.add(TARGET + "." + quote(c.name()) + operator + stagedValue(STAGED + "." + stagingColumn(i), c, types));
    }
    return "DELETE FROM " + table(schema.id()) + " AS " + TARGET + " USING " + stagingTable(staging) + " AS " + STAGED + " WHERE " + match;
  }

  /**
   * The ordinals (staging column {@code ordinal}) of staged rows whose key matches no target row;
   * the staging table holds every column of {@code schema} in {@code c0, c1, ...}.
   */
  String missingKeys(TableSchema schema, String staging, DuckDbTypeMapping types, String ordinal) {
    return "SELECT " + STAGED + "." + ordinal + " FROM " + stagingTable(staging) + " AS " + STAGED
        + " WHERE NOT EXISTS (SELECT 1 FROM " + table(schema.id()) + " AS " + TARGET + " WHERE " + keyMatch(schema, types) + ")";
  }

  /**
   * Sets the present non-key columns of the target rows whose key matches a staged row ({@code
   * UPDATE ... FROM}); null when only key columns are present.
   */
  String updatePresent(TableSchema schema, String staging, DuckDbTypeMapping types, int[] present) {
    StringJoiner set = new StringJoiner(", ");
    for (int i : present) {
      Column c = schema.columns().get(i);
      if (!schema.primaryKey().contains(c.name())) {
        set.add(quote(c.name()) + " = " + stagedValue(STAGED + "." + stagingColumn(i), c, types));
      }
    }
    if (set.length() == 0) {
      return null;
    }
    return "UPDATE " + table(schema.id()) + " AS " + TARGET + " SET " + set + " FROM " + stagingTable(staging) + " AS "
        + STAGED + " WHERE " + keyMatch(schema, types);
  }

  private static String keyMatch(TableSchema schema, DuckDbTypeMapping types) {
    StringJoiner match = new StringJoiner(" AND ");
    for (int i : schema.primaryKeyIndexes()) {
      Column c = schema.columns().get(i);
      match.add(TARGET + "." + quote(c.name()) + " = " + stagedValue(STAGED + "." + stagingColumn(i), c, types));
    }
    return match.toString();
  }

  /** The columns a delete is staged with: the key, or every column of a keyless table. */
  static int[] deleteColumns(TableSchema schema) {
    if (schema.hasPrimaryKey()) {
      return schema.primaryKeyIndexes();
    }
    int[] all = new int[schema.columns().size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  private static String stagedValue(String stagedColumn, Column column, DuckDbTypeMapping types) {
    String target = types.targetType(column.type());
    return types.stagingType(column.type()).equals(target) ? stagedColumn : "CAST(" + stagedColumn + " AS " + target + ")";
  }

  private static String quotedList(List<String> identifiers) {
    StringJoiner out = new StringJoiner(", ");
    identifiers.forEach(i -> out.add(quote(i)));
    return out.toString();
  }
}
