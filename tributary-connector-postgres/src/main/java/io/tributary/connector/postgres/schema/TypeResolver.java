package io.tributary.connector.postgres.schema;

import io.tributary.api.schema.DataType;
import io.tributary.connector.postgres.schema.PgTypeCatalog.PgTypeRow;
import io.tributary.connector.postgres.value.PgOid;
import io.tributary.connector.postgres.value.PgValueType;

/**
 * Resolves a column's type (OID and type modifier, as {@code pg_attribute} and pgoutput's Relation
 * messages give them) to a {@link PgValueType}: domains become their base type, enums ENUM with
 * their labels, arrays ARRAY of their element. The same function serves the snapshot and the
 * stream, so both describe a table identically.
 *
 * <p>Unconstrained {@code numeric} becomes {@code DECIMAL(0,-1)}: no declared precision, and a
 * scale that varies by value (each value keeps the scale PostgreSQL shows).
 */
public final class TypeResolver {
  private static final int VARHDRSZ = 4;

  private TypeResolver() {}

  /**
   * The resolved type.
   *
   * @throws UnsupportedColumnTypeException when the type cannot be converted
   */
  public static PgValueType resolve(PgTypeCatalog catalog, int oid, int typmod) {
    PgTypeRow row = catalog.type(oid);
    if (row == null) {
      throw new UnsupportedColumnTypeException("type oid " + oid, "the type is not in pg_type");
    }
    return switch (row.kind()) {
      case 'd' -> resolve(catalog, row.baseType(), row.baseTypmod());
      case 'e' -> PgValueType.scalar(oid, quote(row.schema()) + "." + quote(row.name()),
          DataType.enumOf(catalog.enumLabels(oid)));
      case 'b' -> row.category() == 'A' && row.element() != 0 && row.length() == -1
          && oid != 22 && oid != 30 // int2vector, oidvector
          ? PgValueType.arrayOf(oid, resolve(catalog, row.element(), typmod))
          : builtIn(oid, typmod, row.name());
      default -> throw new UnsupportedColumnTypeException(row.schema() + "." + row.name(),
          "composite, range and pseudo types are not supported");
    };
  }

  private static PgValueType builtIn(int oid, int typmod, String name) {
    return switch (oid) {
      case PgOid.INT2 -> PgValueType.scalar(oid, "smallint", DataType.int16());
      case PgOid.INT4 -> PgValueType.scalar(oid, "integer", DataType.int32());
      case PgOid.INT8 -> PgValueType.scalar(oid, "bigint", DataType.int64());
      case PgOid.NUMERIC -> numeric(typmod);
      case PgOid.FLOAT4 -> PgValueType.scalar(oid, "real", DataType.float32());
      case PgOid.FLOAT8 -> PgValueType.scalar(oid, "double precision", DataType.float64());
      case PgOid.BOOL -> PgValueType.scalar(oid, "boolean", DataType.bool());
      case PgOid.TEXT -> PgValueType.scalar(oid, "text", DataType.string(-1));
      case PgOid.VARCHAR -> typmod < VARHDRSZ
          ? PgValueType.scalar(oid, "character varying", DataType.string(-1))
          : PgValueType.scalar(oid, "character varying(" + (typmod - VARHDRSZ) + ")", DataType.string(typmod - VARHDRSZ));
      case PgOid.BPCHAR -> typmod < VARHDRSZ
          ? PgValueType.scalar(oid, "character", DataType.string(-1))
          : PgValueType.scalar(oid, "character(" + (typmod - VARHDRSZ) + ")", DataType.string(typmod - VARHDRSZ));
      case PgOid.CHAR -> PgValueType.scalar(oid, "\"char\"", DataType.string(1));
      case PgOid.NAME -> PgValueType.scalar(oid, "name", DataType.string(63));
      case PgOid.BYTEA -> PgValueType.scalar(oid, "bytea", DataType.bytes(-1));
      case PgOid.DATE -> PgValueType.scalar(oid, "date", DataType.date());
      case PgOid.TIME -> PgValueType.scalar(oid, "time(" + fraction(typmod) + ") without time zone",
          DataType.time(fraction(typmod)));
      case PgOid.TIMETZ -> PgValueType.scalar(oid, "time(" + fraction(typmod) + ") with time zone", DataType.string(-1));
      case PgOid.TIMESTAMP -> PgValueType.scalar(oid, "timestamp(" + fraction(typmod) + ") without time zone",
          DataType.timestamp(fraction(typmod)));
      case PgOid.TIMESTAMPTZ -> PgValueType.scalar(oid, "timestamp(" + fraction(typmod) + ") with time zone",
          DataType.timestampTz(fraction(typmod)));
      case PgOid.INTERVAL -> PgValueType.scalar(oid, "interval", DataType.string(-1));
      case PgOid.UUID -> PgValueType.scalar(oid, "uuid", DataType.uuid());
      case PgOid.JSON -> PgValueType.scalar(oid, "json", DataType.json());
      case PgOid.JSONB -> PgValueType.scalar(oid, "jsonb", DataType.json());
      default -> throw new UnsupportedColumnTypeException(name, "no conversion to a Tributary type");
    };
  }

  private static PgValueType numeric(int typmod) {
    if (typmod < VARHDRSZ) {
      return PgValueType.scalar(PgOid.NUMERIC, "numeric", DataType.decimal(0, -1));
    }
    int precision = ((typmod - VARHDRSZ) >> 16) & 0xFFFF;
    int scale = (short) ((typmod - VARHDRSZ) & 0xFFFF);
    return PgValueType.scalar(PgOid.NUMERIC, "numeric(" + precision + "," + scale + ")", DataType.decimal(precision, scale));
  }

  /** Fractional-second digits of a time type modifier; 6 when unconstrained. */
  private static int fraction(int typmod) {
    return typmod < 0 ? 6 : Math.min(typmod, 6);
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
