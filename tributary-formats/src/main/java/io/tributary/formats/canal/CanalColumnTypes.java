package io.tributary.formats.canal;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.FormatException;
import io.tributary.formats.value.Columns;
import io.tributary.formats.value.MySqlTypeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A table shape from a Canal message's {@code mysqlType} and {@code pkNames}. */
final class CanalColumnTypes {

  private CanalColumnTypes() {}

  /**
   * Each type text mapped to its logical type; key columns NOT NULL, the others nullable (Canal
   * does not say); {@code sourceType} the text as given.
   *
   * @throws FormatException naming the column when a type has no logical counterpart, or naming
   *     {@code pkNames} when a key column is not among the columns
   */
  static Columns columns(TableId table, Map<String, String> mysqlType, List<String> primaryKey,
      int version) {
    checkKey(table, mysqlType.keySet(), primaryKey);
    List<Column> columns = new ArrayList<>(mysqlType.size());
    for (Map.Entry<String, String> entry : mysqlType.entrySet()) {
      DataType type;
      try {
        type = MySqlTypeText.parse(entry.getValue());
      } catch (RuntimeException e) {
        String field = "mysqlType." + entry.getKey();
        throw new FormatException(FormatException.describe(CanalMessageReader.FORMAT, field, -1, "column "
            + entry.getKey() + " of " + table + " has type '" + entry.getValue() + "', which Tributary cannot convert: "
            + e.getMessage()), field, -1, e);
      }
      columns.add(new Column(entry.getKey(), type, !primaryKey.contains(entry.getKey()), entry.getValue()));
    }
    return Columns.of(new TableSchema(table, columns, primaryKey, version));
  }

  /** Untyped columns; every key column must be among {@code names}. */
  static Columns untyped(TableId table, List<String> names, List<String> primaryKey) {
    checkKey(table, names, primaryKey);
    return Columns.untyped(names, primaryKey);
  }

  private static void checkKey(TableId table, java.util.Collection<String> names, List<String> primaryKey) {
    for (String column : primaryKey) {
      if (!names.contains(column)) {
        throw new FormatException(FormatException.describe(CanalMessageReader.FORMAT, "pkNames", -1, "key column "
            + column + " of " + table + " is not among the columns " + names), "pkNames", -1, null);
      }
    }
  }
}
