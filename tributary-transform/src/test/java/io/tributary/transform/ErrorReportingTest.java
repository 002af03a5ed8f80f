package io.tributary.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parse errors with positions, compile errors naming rule, expression and column. */
class ErrorReportingTest {

  private static TransformException parseError(String projection, String filter) {
    try {
      TransformRule.parse("shop\\.orders", projection, filter);
    } catch (TransformException e) {
      return e;
    }
    throw new AssertionError("expected a parse error");
  }

  private static TransformException compileError(String projection, String filter) {
    TransformRule rule = TransformRule.parse("shop\\.orders", projection, filter);
    try {
      rule.compile(Rows.SCHEMA);
    } catch (TransformException e) {
      return e;
    }
    throw new AssertionError("expected a compile error");
  }

  @Test
  void syntaxErrorsNameRuleExpressionAndPosition() {
    assertThat(parseError(null, "amount > 0 AND").getMessage())
        .contains("shop\\.orders", "`amount > 0 AND`", "filter", "line 1, column 12");
    assertThat(parseError(null, "amount > 0 AND (status = 'x'").getMessage())
        .contains("end of the text");
    assertThat(parseError("id, status ||", null).getMessage())
        .contains("projection", "line 1, column 12");
    assertThat(parseError("id, 'unterminated", null).getMessage()).contains("column");
    assertThat(parseError(null, "amount = = 0").getMessage()).contains("line 1, column");
  }

  @Test
  void computedItemsNeedANameAndStarAppearsOnce() {
    assertThat(parseError("id, amount * 100", null).getMessage())
        .contains("`amount * 100`", "AS <name>");
    assertThat(parseError("*, *", null).getMessage()).contains("twice");
  }

  @Test
  void unknownFunctionsAndArgumentCountsFailAtParseTime() {
    assertThat(parseError("FROBNICATE(status) AS x", null).getMessage())
        .contains("unknown function FROBNICATE", "UPPER");
    assertThat(parseError("UPPER(LOWER(status, 1)) AS x", null).getMessage())
        .contains("function LOWER takes 1 argument but was given 2");
    assertThat(parseError(null, "SUBSTR(status) = 'x'").getMessage())
        .contains("SUBSTR takes 2 to 3 arguments");
    assertThat(TransformRule.parse("r", "upper(status) AS s", null).compile(Rows.SCHEMA)
        .project(Rows.row(), Rows.CONTEXT)).containsExactly("PAID");
  }

  @Test
  void unknownColumnsNameRuleExpressionColumnAndTheColumnsThereAre() {
    assertThat(compileError("amout * 100 AS cents", null).getMessage())
        .contains("transform rule 'shop\\.orders'", "`amout * 100 AS cents`",
            "unknown column `amout`", "shop.orders", "amount", "__op__");
    assertThat(compileError(null, "stauts = 'x'").getMessage())
        .contains("`stauts = 'x'`", "unknown column `stauts`");
    assertThat(compileError("o.id", null).getMessage()).contains("qualified column");
  }

  @Test
  void typeErrorsAreCompileErrors() {
    assertThat(compileError("amount + 'x' AS y", null).getMessage())
        .contains("`amount + 'x' AS y`", "operator + needs numbers", "STRING");
    assertThat(compileError("UPPER(qty) AS y", null).getMessage())
        .contains("UPPER argument 1 needs text", "INT32", "CAST");
    assertThat(compileError(null, "qty").getMessage()).contains("BOOLEAN", "INT32");
    assertThat(compileError(null, "created = 5").getMessage()).contains("cannot compare", "DATE");
    assertThat(compileError(null, "created = 'soon'").getMessage()).contains("'soon'", "DATE");
    assertThat(compileError(null, "qty AND flag").getMessage()).contains("AND needs a BOOLEAN");
    assertThat(compileError("REGEXP_EXTRACT(status, '(') AS y", null).getMessage())
        .contains("invalid regular expression '('");
  }

  @Test
  void unsupportedSyntaxIsNamed() {
    assertThatThrownBy(() -> TransformRule.parse("r", "(SELECT 1) AS x", null).compile(Rows.SCHEMA))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("unsupported");
  }
}
