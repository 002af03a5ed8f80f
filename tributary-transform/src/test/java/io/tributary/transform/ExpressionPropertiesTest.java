package io.tributary.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;

/** Properties of the compiled evaluators against plain Java. */
class ExpressionPropertiesTest {
  private static final TableSchema PAIR = new TableSchema(Rows.ORDERS,
      List.of(new Column("a", DataType.decimal(12, 2), true), new Column("b", DataType.decimal(12, 2), true),
          new Column("i", DataType.int64(), true), new Column("j", DataType.int64(), true),
          new Column("s", DataType.string(-1), true)),
      List.of(), 1);
  private static final CompiledTransform ARITHMETIC = TransformRule.parse("p",
      "a + b AS sum, a - b AS difference, a * b AS product, a < b AS less, a = b AS same, "
          + "i < j AS iless, i BETWEEN j AND j + 10 AS near", null).compile(PAIR);

  @Property
  void decimalArithmeticMatchesBigDecimal(
      @ForAll @Scale(2) @BigRange(min = "-9999999999", max = "9999999999") BigDecimal a,
      @ForAll @Scale(2) @BigRange(min = "-9999999999", max = "9999999999") BigDecimal b) {
    Object[] out = ARITHMETIC.project(new Object[] {a, b, 0L, 0L, ""}, Rows.CONTEXT);
    assertThat(out[0]).isEqualTo(a.add(b));
    assertThat(out[1]).isEqualTo(a.subtract(b));
    assertThat(out[2]).isEqualTo(a.multiply(b));
    assertThat(out[3]).isEqualTo(a.compareTo(b) < 0);
    assertThat(out[4]).isEqualTo(a.compareTo(b) == 0);
  }

  @Property
  void integerComparisonsMatchJava(@ForAll long i, @ForAll int delta) {
    long j = i / 2 + delta;
    Object[] out = ARITHMETIC.project(new Object[] {null, null, i, j, ""}, Rows.CONTEXT);
    assertThat(out[0]).isNull();
    assertThat(out[5]).isEqualTo(i < j);
    if (j <= Long.MAX_VALUE - 10) {
      assertThat(out[6]).isEqualTo(i >= j && i <= j + 10);
    }
  }

  @Property
  void likeContainsMatchesStringContains(
      @ForAll @StringLength(max = 12) String text, @ForAll @StringLength(max = 3) String part) {
    String pattern = part.replace("!", "!!").replace("%", "!%").replace("_", "!_").replace("'", "''");
    CompiledTransform like = TransformRule.parse("p", "*",
        "s LIKE '%" + pattern + "%' ESCAPE '!'").compile(PAIR);
    assertThat(like.test(new Object[] {null, null, 0L, 0L, text}, Rows.CONTEXT))
        .isEqualTo(text.contains(part));
  }
}
