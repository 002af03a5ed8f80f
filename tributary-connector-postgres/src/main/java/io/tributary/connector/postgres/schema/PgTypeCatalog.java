package io.tributary.connector.postgres.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's types as far as the source needs them ({@code pg_type} and {@code pg_enum}), read
 * in two statements and looked up by OID. Reloaded when a column has a type that was created after
 * the last load.
 */
public final class PgTypeCatalog {

  /**
   * One row of {@code pg_type}.
   *
   * @param oid the type's OID
   * @param schema its schema
   * @param name its name
   * @param kind {@code typtype}: b base, d domain, e enum, c composite, r range, m multirange, p pseudo
   * @param category {@code typcategory}, A for arrays
   * @param baseType the base type of a domain, else 0
   * @param baseTypmod the type modifier a domain applies to its base type, else -1
   * @param element the element type of an array, else 0
   * @param length {@code typlen}
   */
  public record PgTypeRow(
      int oid, String schema, String name, char kind, char category, int baseType, int baseTypmod, int element,
      int length) {}

  private static final String TYPES =
      "SELECT t.oid, n.nspname, t.typname, t.typtype, t.typcategory, t.typbasetype, t.typtypmod, t.typelem, t.typlen"
          + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace";
  private static final String ENUMS = "SELECT enumtypid, enumlabel FROM pg_enum ORDER BY enumtypid, enumsortorder";

  private final Map<Integer, PgTypeRow> types;
  private final Map<Integer, List<String>> enumLabels;

  public PgTypeCatalog(Map<Integer, PgTypeRow> types, Map<Integer, List<String>> enumLabels) {
    this.types = Map.copyOf(types);
    this.enumLabels = Map.copyOf(enumLabels);
  }

  /** Reads every type and enum label of the connection's database. */
  public static PgTypeCatalog load(Connection connection) throws SQLException {
    Map<Integer, PgTypeRow> types = new HashMap<>();
    Map<Integer, List<String>> labels = new HashMap<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(TYPES)) {
        while (rows.next()) {
          PgTypeRow row = new PgTypeRow(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4).charAt(0),
              rows.getString(5).charAt(0), rows.getInt(6), rows.getInt(7), rows.getInt(8), rows.getInt(9));
          types.put(row.oid(), row);
        }
      }
      try (ResultSet rows = statement.executeQuery(ENUMS)) {
        while (rows.next()) {
          labels.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(rows.getString(2));
        }
      }
    }
    return new PgTypeCatalog(types, labels);
  }

  /** The type of this OID, or null when unknown (created after the load). */
  public PgTypeRow type(int oid) {
    return types.get(oid);
  }

  /** The labels of an enum type, in sort order. */
  public List<String> enumLabels(int oid) {
    return enumLabels.getOrDefault(oid, List.of());
  }
}
