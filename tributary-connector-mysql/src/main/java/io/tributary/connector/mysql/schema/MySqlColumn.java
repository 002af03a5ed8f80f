package io.tributary.connector.mysql.schema;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * One captured column with the facts the readers need besides its logical type.
 *
 * @param column the logical column (its {@code sourceType} is the MySQL {@code COLUMN_TYPE} text)
 * @param baseType the MySQL type name without attributes, lower case ({@code bigint}, {@code
 *     varchar}, {@code longtext}, ...)
 * @param unsigned whether a numeric type is UNSIGNED
 * @param charset the Java charset text values are encoded in; null for binary and non-text columns
 */
public record MySqlColumn(Column column, String baseType, boolean unsigned, Charset charset) {

  public MySqlColumn {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(baseType, "baseType");
  }

  /**
   * The facts of a column as {@code information_schema.COLUMNS} describes it.
   *
   * @param columnType the {@code COLUMN_TYPE} text
   * @param charset the {@code CHARACTER_SET_NAME}, null for columns without one
   * @param json whether the column holds JSON (see {@link MySqlColumnTypes#map})
   * @throws IllegalArgumentException when the type or the character set cannot be captured
   */
  public static MySqlColumn describe(String name, String columnType, boolean nullable, String charset, boolean json) {
    DataType type = MySqlColumnTypes.map(columnType, json);
    return new MySqlColumn(
        new Column(name, type, nullable, columnType),
        MySqlColumnTypes.baseName(columnType),
        MySqlColumnTypes.isUnsigned(columnType),
        MySqlCharsets.forName(charset));
  }

  public String name() {
    return column.name();
  }

  public DataType type() {
    return column.type();
  }

  /** The declared length of a fixed-length {@code BINARY(n)} column, else -1. */
  public int fixedBinaryLength() {
    return baseType.equals("binary") ? column.type().precision() : -1;
  }
}
