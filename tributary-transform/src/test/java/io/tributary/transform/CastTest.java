package io.tributary.transform;

import static io.tributary.transform.Rows.eval;
import static io.tributary.transform.Rows.typeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CastTest {

  @Test
  void numericTargets() {
    assertThat(eval("CAST('42' AS INT)")).isEqualTo(42);
    assertThat(eval("CAST(' 42 ' AS INTEGER)")).isEqualTo(42);
    assertThat(eval("CAST(qty AS BIGINT)")).isEqualTo(3L);
    assertThat(eval("CAST(qty AS SMALLINT)")).isEqualTo((short) 3);
    assertThat(eval("CAST(qty AS TINYINT)")).isEqualTo((byte) 3);
    assertThat(eval("CAST(amount AS INT)")).isEqualTo(12);
    assertThat(eval("CAST(-2.7 AS INT)")).isEqualTo(-2);
    assertThat(eval("CAST(amount AS DECIMAL(5,1))")).isEqualTo(new BigDecimal("12.5"));
    assertThat(eval("CAST('1.005' AS DECIMAL(4,2))")).isEqualTo(new BigDecimal("1.01"));
    assertThat(typeOf("CAST(qty AS DECIMAL(12,3))")).isEqualTo(DataType.decimal(12, 3));
    assertThat(eval("CAST(qty AS DOUBLE)")).isEqualTo(3.0);
    assertThat(eval("CAST('2.5' AS FLOAT)")).isEqualTo(2.5f);
    assertThat(eval("CAST(flag AS INT)")).isEqualTo(1);
  }

  @Test
  void textAndBooleanTargets() {
    assertThat(eval("CAST(amount AS STRING)")).isEqualTo("12.50");
    assertThat(eval("CAST(status AS VARCHAR(2))")).isEqualTo("PA");
    assertThat(typeOf("CAST(id AS VARCHAR(20))")).isEqualTo(DataType.string(20));
    assertThat(eval("CAST(id AS CHAR)")).isEqualTo("7");
    assertThat(eval("CAST(updated AS STRING)")).isEqualTo("2024-02-28 13:45:07.123456");
    assertThat(eval("CAST('yes' AS BOOLEAN)")).isEqualTo(true);
    assertThat(eval("CAST(0 AS BOOLEAN)")).isEqualTo(false);
  }

  @Test
  void temporalTargets() {
    assertThat(eval("CAST('2024-03-01' AS DATE)")).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(eval("CAST(updated AS DATE)")).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(eval("CAST('2024-03-01 10:11:12.5' AS TIMESTAMP)"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 11, 12, 500_000_000));
    assertThat(eval("CAST(updated AS TIMESTAMP(3))"))
        .isEqualTo(LocalDateTime.of(2024, 2, 28, 13, 45, 7, 123_000_000));
    assertThat(eval("CAST(created AS TIMESTAMP)")).isEqualTo(LocalDateTime.of(2024, 2, 28, 0, 0));
    assertThat(eval("CAST('2024-03-01T10:00:00+02:00' AS TIMESTAMP_LTZ)"))
        .isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
    assertThat(eval("CAST(updated AS TIMESTAMP_LTZ)")).isEqualTo(Instant.parse("2024-02-28T13:45:07.123456Z"));
    assertThat(eval("DATE '2024-01-02'")).isEqualTo(LocalDate.of(2024, 1, 2));
  }

  @Test
  void castFailureNamesTheValueAndTryCastGivesNull() {
    assertThatThrownBy(() -> eval("CAST(status AS INT)"))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("test-rule")
        .hasMessageContaining("'PAID'")
        .hasMessageContaining("TRY_CAST");
    assertThat(eval("TRY_CAST(status AS INT)")).isNull();
    assertThat(eval("TRY_CAST('12' AS INT)")).isEqualTo(12);
    assertThat(eval("TRY_CAST(amount AS DECIMAL(2,0))")).isEqualTo(new BigDecimal("13"));
    assertThat(eval("TRY_CAST(amount AS DECIMAL(3,2))")).isNull();
    assertThat(eval("TRY_CAST(3000000000 AS INT)")).isNull();
    assertThat(eval("TRY_CAST('2024-13-01' AS DATE)")).isNull();
    assertThat(eval("CAST(NULL AS INT)")).isNull();
  }

  @Test
  void impossibleCastsAreCompileErrors() {
    assertThatThrownBy(() -> Rows.compile("CAST(created AS INT)"))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("cannot CAST DATE to INT");
    assertThatThrownBy(() -> Rows.compile("CAST(qty AS GEOMETRY)"))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("GEOMETRY");
  }
}
