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
