package io.tributary.connector.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.DataType;
import io.tributary.connector.postgres.schema.PgTypeCatalog.PgTypeRow;
import io.tributary.connector.postgres.value.PgOid;
import io.tributary.connector.postgres.value.PgValueType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeResolverTest {
  private static final int MOOD = 70_000;
  private static final int MOOD_ARRAY = 70_001;
  private static final int MONEY_DOMAIN = 70_002;
  private static final int NUMERIC_ARRAY = 1231;
  private static final PgTypeCatalog CATALOG = new PgTypeCatalog(Map.of(
      PgOid.NUMERIC, row(PgOid.NUMERIC, "numeric", 'b', 'N', 0, -1, 0, -1),
      NUMERIC_ARRAY, row(NUMERIC_ARRAY, "_numeric", 'b', 'A', 0, -1, PgOid.NUMERIC, -1),
      PgOid.VARCHAR, row(PgOid.VARCHAR, "varchar", 'b', 'S', 0, -1, 0, -1),
      PgOid.TIMESTAMPTZ, row(PgOid.TIMESTAMPTZ, "timestamptz", 'b', 'D', 0, -1, 0, 8),
      MOOD, new PgTypeRow(MOOD, "shop", "mood", 'e', 'E', 0, -1, 0, 4),
      MOOD_ARRAY, new PgTypeRow(MOOD_ARRAY, "shop", "_mood", 'b', 'A', 0, -1, MOOD, -1),
      MONEY_DOMAIN, new PgTypeRow(MONEY_DOMAIN, "shop", "cents", 'd', 'N', PgOid.NUMERIC, 4 + (12 << 16 | 2), 0, -1),
      790, row(790, "money", 'b', 'N', 0, -1, 0, 8),
      3904, row(3904, "int4range", 'r', 'R', 0, -1, 0, -1)), Map.of(MOOD, List.of("sad", "ok", "happy")));

  private static PgTypeRow row(int oid, String name, char kind, char category, int base, int baseTypmod, int element, int length) {
    return new PgTypeRow(oid, "pg_catalog", name, kind, category, base, baseTypmod, element, length);
  }

  @Test
  void numericPrecisionAndScaleComeFromTheTypeModifier() {
    PgValueType constrained = TypeResolver.resolve(CATALOG, PgOid.NUMERIC, 4 + (10 << 16 | 3));
    assertThat(constrained.type()).isEqualTo(DataType.decimal(10, 3));
    assertThat(constrained.sourceType()).isEqualTo("numeric(10,3)");
    assertThat(TypeResolver.resolve(CATALOG, PgOid.NUMERIC, -1).type()).isEqualTo(DataType.decimal(0, -1));
  }

  @Test
  void lengthsAndFractionDigits() {
    assertThat(TypeResolver.resolve(CATALOG, PgOid.VARCHAR, 24).type()).isEqualTo(DataType.string(20));
    assertThat(TypeResolver.resolve(CATALOG, PgOid.VARCHAR, -1).type()).isEqualTo(DataType.string(-1));
    assertThat(TypeResolver.resolve(CATALOG, PgOid.TIMESTAMPTZ, 3).type()).isEqualTo(DataType.timestampTz(3));
    assertThat(TypeResolver.resolve(CATALOG, PgOid.TIMESTAMPTZ, -1).type()).isEqualTo(DataType.timestampTz(6));
  }

  @Test
  void domainsEnumsAndArraysResolveToWhatCarriesTheirValues() {
    PgValueType domain = TypeResolver.resolve(CATALOG, MONEY_DOMAIN, -1);
    assertThat(domain.oid()).isEqualTo(PgOid.NUMERIC);
    assertThat(domain.type()).isEqualTo(DataType.decimal(12, 2));
    PgValueType mood = TypeResolver.resolve(CATALOG, MOOD, -1);
    assertThat(mood.type()).isEqualTo(DataType.enumOf(List.of("sad", "ok", "happy")));
    assertThat(mood.sourceType()).isEqualTo("\"shop\".\"mood\"");
    PgValueType moods = TypeResolver.resolve(CATALOG, MOOD_ARRAY, -1);
    assertThat(moods.type()).isEqualTo(DataType.arrayOf(mood.type()));
    assertThat(moods.sourceType()).isEqualTo("\"shop\".\"mood\"[]");
    assertThat(TypeResolver.resolve(CATALOG, NUMERIC_ARRAY, 4 + (5 << 16 | 1)).type())
        .isEqualTo(DataType.arrayOf(DataType.decimal(5, 1)));
  }

  @Test
  void unsupportedTypesAreNamed() {
    assertThatThrownBy(() -> TypeResolver.resolve(CATALOG, 790, -1)).isInstanceOf(UnsupportedColumnTypeException.class)
        .hasMessageContaining("money");
    assertThatThrownBy(() -> TypeResolver.resolve(CATALOG, 3904, -1)).hasMessageContaining("range");
    assertThatThrownBy(() -> TypeResolver.resolve(CATALOG, 123_456, -1)).hasMessageContaining("not in pg_type");
  }
}
