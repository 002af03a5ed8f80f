package io.tributary.connector.mysql.schema;

/** A column type Tributary has no logical type for (e.g. GEOMETRY, MariaDB's INET6 or UUID). */
public final class UnsupportedColumnTypeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String columnType;

  public UnsupportedColumnTypeException(String columnType) {
    super("unsupported column type '" + columnType + "'");
    this.columnType = columnType;
  }

  /** The COLUMN_TYPE text that could not be mapped. */
  public String columnType() {
    return columnType;
  }
}
