package io.tributary.transform;

import static io.tributary.transform.Rows.eval;
import static io.tributary.transform.Rows.typeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.DataType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CoreExpressionTest {

  @Test
  void integerLiteralsAreInt32OrInt64BySizeAndBiggerOnesDecimal() {
    assertThat(eval("42")).isEqualTo(42);
    assertThat(typeOf("42")).isEqualTo(DataType.int32());
    assertThat(eval("3000000000")).isEqualTo(3_000_000_000L);
    assertThat(typeOf("3000000000")).isEqualTo(DataType.int64());
    assertThat(eval("99999999999999999999")).isEqualTo(new BigDecimal("99999999999999999999"));
  }

  @Test
  void decimalLiteralsAreExactAndExponentsAreDouble() {
    assertThat(eval("0.10")).isEqualTo(new BigDecimal("0.10"));
    assertThat(typeOf("0.10")).isEqualTo(DataType.decimal(2, 2));
    assertThat(eval("1e3")).isEqualTo(1000.0);
  }

  @Test
  void otherLiterals() {
    assertThat(eval("'it''s'")).isEqualTo("it's");
    assertThat(eval("TRUE")).isEqualTo(true);
    assertThat(eval("FALSE")).isEqualTo(false);
    assertThat(eval("NULL")).isNull();
    assertThat(typeOf("NULL")).isEqualTo(DataType.string(-1));
  }

  @Test
  void decimalArithmeticIsExact() {
    assertThat(eval("0.1 + 0.2")).isEqualTo(new BigDecimal("0.3"));
    assertThat(eval("amount * 100")).isEqualTo(new BigDecimal("1250.00"));
    assertThat(typeOf("amount * 100")).isEqualTo(DataType.decimal(20, 2));
    assertThat(eval("amount - 0.005")).isEqualTo(new BigDecimal("12.495"));
    assertThat(eval("amount % 5")).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void decimalDivisionKeepsTheSqlScale() {
    // scale max(6, s1 + p2 + 1): DECIMAL(10,2) / DECIMAL(2,1) -> max(6, 2 + 2 + 1) = 6
    assertThat(eval("amount / 3.0")).isEqualTo(new BigDecimal("4.166667"));
    assertThat(typeOf("amount / 3.0")).isEqualTo(DataType.decimal(15, 6));
    // an INT32 operand counts as DECIMAL(10,0): max(6, 2 + 10 + 1) = 13
    assertThat(eval("amount / 3")).isEqualTo(new BigDecimal("4.1666666666667"));
    assertThat(eval("1.00 / 8.0")).isEqualTo(new BigDecimal("0.125000"));
  }

  @Test
  void numericPromotion() {
    assertThat(eval("qty + 1")).isEqualTo(4);
    assertThat(eval("qty + id")).isEqualTo(10L);
    assertThat(typeOf("qty + id")).isEqualTo(DataType.int64());
    assertThat(eval("tiny + tiny")).isEqualTo(10);
    assertThat(typeOf("tiny * 2")).isEqualTo(DataType.int32());
    assertThat(eval("qty + amount")).isEqualTo(new BigDecimal("15.50"));
    assertThat(eval("price * qty")).isEqualTo(7.5);
    assertThat(eval("price + amount")).isEqualTo(15.0);
    assertThat(typeOf("price + amount")).isEqualTo(DataType.float64());
  }

  @Test
  void integerDivisionTruncatesAndDivisionByZeroIsNull() {
    assertThat(eval("7 / 2")).isEqualTo(3);
    assertThat(eval("-7 / 2")).isEqualTo(-3);
    assertThat(eval("7 % 3")).isEqualTo(1);
    assertThat(eval("qty / 0")).isNull();
    assertThat(eval("qty % 0")).isNull();
    assertThat(eval("amount / 0")).isNull();
    assertThat(eval("price / 0")).isNull();
  }

  @Test
  void integerOverflowIsAnErrorThatSaysHowToWiden() {
    assertThatThrownBy(() -> eval("qty * 2147483647"))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("test-rule")
        .hasMessageContaining("overflows INT32")
        .hasMessageContaining("BIGINT");
    assertThat(eval("CAST(qty AS BIGINT) * 2147483647")).isEqualTo(3L * Integer.MAX_VALUE);
  }

  @Test
  void unaryMinusAndNullOperands() {
    assertThat(eval("-qty")).isEqualTo(-3);
    assertThat(eval("-amount")).isEqualTo(new BigDecimal("-12.50"));
    assertThat(eval("-price")).isEqualTo(-2.5);
    assertThat(eval("qty + NULL")).isNull();
    assertThat(eval("note || 'x'")).isNull();
  }

  @Test
  void concatenationReadsAnyTypeAsText() {
    assertThat(eval("status || '-' || id")).isEqualTo("PAID-7");
    assertThat(eval("'a' || amount || flag")).isEqualTo("a12.50TRUE");
  }

  @Test
  void comparisonsAcrossCompatibleTypes() {
    assertThat(eval("qty = 3")).isEqualTo(true);
    assertThat(eval("amount = 12.5")).isEqualTo(true);
    assertThat(eval("amount > qty")).isEqualTo(true);
    assertThat(eval("price <> 2.5")).isEqualTo(false);
    assertThat(eval("price != 2")).isEqualTo(true);
    assertThat(eval("status >= 'PAID'")).isEqualTo(true);
    assertThat(eval("status < 'A'")).isEqualTo(false);
    assertThat(eval("created = '2024-02-28'")).isEqualTo(true);
    assertThat(eval("updated > '2024-02-28 13:45:00'")).isEqualTo(true);
    assertThat(eval("committed < '2024-02-28T14:00:00Z'")).isEqualTo(true);
    assertThat(eval("created < updated")).isEqualTo(true);
    assertThat(eval("flag = TRUE")).isEqualTo(true);
    assertThat(eval("id = '7'")).isEqualTo(true);
    assertThat(eval("note = 'x'")).isNull();
  }

  @Test
  void columnNamesMatchCaseInsensitivelyUnlessQuoted() {
    assertThat(eval("STATUS")).isEqualTo("PAID");
    assertThat(eval("\"Mixed Case\"")).isEqualTo("mixed");
    assertThat(eval("`Mixed Case`")).isEqualTo("mixed");
    assertThatThrownBy(() -> eval("\"STATUS\""))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("unknown column `STATUS`");
  }
}
