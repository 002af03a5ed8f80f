package io.tributary.connector.postgres.value;

import io.tributary.api.schema.DataType;
import java.util.Objects;

/**
 * A column type resolved for conversion: the built-in type that carries the values (domains are
 * replaced by their base type), the logical type the values become, and for arrays the element.
 *
 * @param oid the OID of the type whose text/binary form the values have: a built-in type, an enum
 *     type, or an array type
 * @param sourceType the type as SQL, e.g. {@code numeric(10,2)} or {@code "shop"."mood"[]}
 * @param type the logical type
 * @param element the element type of an array, else null
 */
public record PgValueType(int oid, String sourceType, DataType type, PgValueType element) {
  public PgValueType {
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(type, "type");
    if ((type.kind() == DataType.Kind.ARRAY) != (element != null)) {
      throw new IllegalArgumentException("only ARRAY types have an element type: " + sourceType);
    }
  }

  /** A scalar type. */
  public static PgValueType scalar(int oid, String sourceType, DataType type) {
    return new PgValueType(oid, sourceType, type, null);
  }

  /** An array of {@code element}. */
  public static PgValueType arrayOf(int arrayOid, PgValueType element) {
    return new PgValueType(arrayOid, element.sourceType() + "[]", DataType.arrayOf(element.type()), element);
  }
}
