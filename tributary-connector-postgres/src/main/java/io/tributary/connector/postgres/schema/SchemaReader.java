package io.tributary.connector.postgres.schema;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableId;
import io.tributary.connector.postgres.KeyColumns;
import io.tributary.connector.postgres.value.PgValueType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the captured tables from the catalog: columns and their types, primary key, replica
 * identity, and whether the user may read them. Every table that cannot be captured (a column type
 * without conversion, no usable key) is reported in one message.
 */
public final class SchemaReader {
  private static final String TABLES =
      "SELECT c.oid, n.nspname, c.relname, c.relreplident, GREATEST(c.reltuples, 0)::bigint,"
          + " has_table_privilege(c.oid, 'SELECT') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
          + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";
  private static final String COLUMNS =
      "SELECT a.attrelid, a.attname, a.atttypid, a.atttypmod, a.attnotnull FROM pg_attribute a"
          + " WHERE a.attrelid = ANY(?::oid[]) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum";
  private static final String KEYS =
      "SELECT i.indrelid, i.indisprimary, a.attname FROM pg_index i"
          + " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)"
          + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
          + " WHERE (i.indisprimary OR i.indisreplident) AND i.indrelid = ANY(?::oid[])"
          + " ORDER BY i.indrelid, i.indisprimary DESC, k.ord";

  /**
   * What the catalog says about the captured tables.
   *
   * @param tables the tables, by id, in id order
   * @param unreadable tables the user may not SELECT, as {@code schema.table}
   */
  public record Catalog(SortedMap<TableId, PgTable> tables, List<String> unreadable) {}

  private record TableRow(long oid, TableId id, char replicaIdentity, long estimatedRows) {}

  private record ColumnRow(String name, int typeOid, int typmod, boolean notNull) {}

  private final KeyColumns keyColumns;

  public SchemaReader(KeyColumns keyColumns) {
    this.keyColumns = keyColumns;
  }

  /**
   * Reads the tables {@code filter} accepts.
   *
   * @throws TributaryException listing every matched table that cannot be captured, and why
   */
  public Catalog read(Connection connection, Predicate<TableId> filter, PgTypeCatalog types) throws SQLException {
    List<TableRow> rows = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(TABLES); ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        TableId id = new TableId(result.getString(2), result.getString(3));
        if (filter.test(id)) {
          rows.add(new TableRow(result.getLong(1), id, result.getString(4).charAt(0), result.getLong(5)));
          if (!result.getBoolean(6)) {
            unreadable.add(id.toString());
          }
        }
      }
    }
    String oids = rows.stream().map(r -> Long.toString(r.oid())).collect(Collectors.joining(",", "{", "}"));
    Map<Long, List<ColumnRow>> columns = columns(connection, oids);
    Map<Long, List<String>> primary = new HashMap<>();
    Map<Long, List<String>> identity = new HashMap<>();
    keys(connection, oids, primary, identity);
    SortedMap<TableId, PgTable> tables = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (TableRow row : rows) {
      PgTable table = build(row, columns.getOrDefault(row.oid(), List.of()), primary.getOrDefault(row.oid(), List.of()),
          identity.getOrDefault(row.oid(), List.of()), types, problems);
      if (table != null) {
        tables.put(row.id(), table);
      }
    }
    if (!problems.isEmpty()) {
      throw new TributaryException("these tables cannot be captured:\n  - " + String.join("\n  - ", problems)
          + "\nFix them, or leave them out with 'tables-exclude', and start the pipeline again.");
    }
    return new Catalog(tables, unreadable);
  }

  private PgTable build(TableRow row, List<ColumnRow> columnRows, List<String> primaryKey, List<String> identityIndex,
      PgTypeCatalog types, List<String> problems) {
    List<PgColumn> columns = new ArrayList<>();
    for (ColumnRow c : columnRows) {
      try {
        PgValueType type = TypeResolver.resolve(types, c.typeOid(), c.typmod());
        columns.add(new PgColumn(c.name(), c.typeOid(), c.typmod(), type, !c.notNull()));
      } catch (UnsupportedColumnTypeException e) {
        problems.add("column " + row.id() + "." + c.name() + " has " + e.getMessage()
            + " (supported: integers, numeric, real, double precision, text types, bytea, boolean, date/time types,"
            + " interval, uuid, json, jsonb, enums, domains over these and one-dimensional arrays of them)");
      }
    }
    List<String> names = columnRows.stream().map(ColumnRow::name).toList();
    KeyResolver.Resolution key =
        KeyResolver.resolve(row.id(), row.replicaIdentity(), names, primaryKey, identityIndex, keyColumns);
    if (key.problem() != null) {
      problems.add(key.problem());
      return null;
    }
    return columns.size() == columnRows.size()
        ? PgTable.of(row.id(), row.replicaIdentity(), columns, key.key(), row.estimatedRows(), 1)
        : null;
  }

  private static Map<Long, List<ColumnRow>> columns(Connection connection, String oids) throws SQLException {
    Map<Long, List<ColumnRow>> out = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
      statement.setString(1, oids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          out.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
              .add(new ColumnRow(rows.getString(2), rows.getInt(3), rows.getInt(4), rows.getBoolean(5)));
        }
      }
    }
    return out;
  }

  private static void keys(Connection connection, String oids, Map<Long, List<String>> primary,
      Map<Long, List<String>> identity) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(KEYS)) {
      statement.setString(1, oids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Map<Long, List<String>> target = rows.getBoolean(2) ? primary : identity;
          target.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(3));
        }
      }
    }
  }
}
