package io.tributary.connector.postgres.schema;

import io.tributary.api.schema.Column;
import io.tributary.connector.postgres.value.PgValueType;
import java.util.Objects;

/**
 * One column of a captured table, with the catalog facts that identify its shape.
 *
 * @param name the column name
 * @param typeOid the declared type's OID (a domain's own OID, not its base)
 * @param typmod the declared type modifier, -1 when none
 * @param valueType how its values convert
 * @param nullable whether NULL is allowed
 */
public record PgColumn(String name, int typeOid, int typmod, PgValueType valueType, boolean nullable) {
  public PgColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(valueType, "valueType");
  }

  /** The column as the API describes it. */
  public Column column() {
    return new Column(name, valueType.type(), nullable, valueType.sourceType());
  }

  /** Whether this column has the same name and declared type as another (nullability aside). */
  public boolean sameDeclaration(String otherName, int otherOid, int otherTypmod) {
    return name.equals(otherName) && typeOid == otherOid && typmod == otherTypmod;
  }
}
