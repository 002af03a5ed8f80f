package io.tributary.connector.postgres.schema;

import io.tributary.api.TributaryException;

/** A column's type has no conversion; the message names the type and, once known, table and column. */
public final class UnsupportedColumnTypeException extends TributaryException {
  private static final long serialVersionUID = 1L;

  private final String typeName;

  public UnsupportedColumnTypeException(String typeName, String reason) {
    super("type " + typeName + ": " + reason);
    this.typeName = typeName;
  }

  /** The type's name. */
  public String typeName() {
    return typeName;
  }
}
