package io.tributary.transform;

import static io.tributary.transform.Rows.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** SQL three-valued logic and the predicates. */
class LogicTest {

  @ParameterizedTest(name = "{0} AND {1} = {2}, {0} OR {1} = {3}")
  @CsvSource({
    "TRUE, TRUE, TRUE, TRUE",
    "TRUE, FALSE, FALSE, TRUE",
    "TRUE, NULL, NULL, TRUE",
    "FALSE, TRUE, FALSE, TRUE",
    "FALSE, FALSE, FALSE, FALSE",
    "FALSE, NULL, FALSE, NULL",
    "NULL, TRUE, NULL, TRUE",
    "NULL, FALSE, FALSE, NULL",
    "NULL, NULL, NULL, NULL"
  })
  void andOrTruthTables(String a, String b, String and, String or) {
    assertThat(eval(operand(a) + " AND " + operand(b))).isEqualTo(bool(and));
    assertThat(eval(operand(a) + " OR " + operand(b))).isEqualTo(bool(or));
  }

  @ParameterizedTest
  @CsvSource({"TRUE, FALSE", "FALSE, TRUE", "NULL, NULL"})
  void notTruthTable(String a, String not) {
    assertThat(eval("NOT " + operand(a))).isEqualTo(bool(not));
  }

  /** Row-dependent operands, so nothing is folded away at compile time. */
  private static String operand(String value) {
    return switch (value) {
      case "TRUE" -> "(qty = 3)";
      case "FALSE" -> "(qty = 4)";
      default -> "(note = 'x')";
    };
  }

  private static Boolean bool(String value) {
    return "NULL".equals(value) ? null : Boolean.valueOf(value);
  }

  @Test
  void isNullIsNeverNull() {
    assertThat(eval("note IS NULL")).isEqualTo(true);
    assertThat(eval("note IS NOT NULL")).isEqualTo(false);
    assertThat(eval("status IS NULL")).isEqualTo(false);
    assertThat(eval("(note = 'x') IS TRUE")).isEqualTo(false);
    assertThat(eval("(note = 'x') IS NOT FALSE")).isEqualTo(true);
  }

  @Test
  void inAndNotInWithNulls() {
    assertThat(eval("status IN ('NEW', 'PAID')")).isEqualTo(true);
    assertThat(eval("status IN ('NEW', 'SHIPPED')")).isEqualTo(false);
    assertThat(eval("status IN ('NEW', NULL)")).isNull();
    assertThat(eval("status NOT IN ('NEW', 'SHIPPED')")).isEqualTo(true);
    assertThat(eval("status NOT IN ('NEW', NULL)")).isNull();
    assertThat(eval("status NOT IN ('PAID', NULL)")).isEqualTo(false);
    assertThat(eval("note IN ('a')")).isNull();
    assertThat(eval("qty IN (1, 2.0, 3.00)")).isEqualTo(true);
  }

  @Test
  void between() {
    assertThat(eval("qty BETWEEN 1 AND 3")).isEqualTo(true);
    assertThat(eval("qty BETWEEN 4 AND 9")).isEqualTo(false);
    assertThat(eval("qty NOT BETWEEN 4 AND 9")).isEqualTo(true);
    assertThat(eval("amount BETWEEN 12.5 AND NULL")).isNull();
    assertThat(eval("amount BETWEEN 13 AND NULL")).isEqualTo(false);
    assertThat(eval("created BETWEEN '2024-01-01' AND '2024-12-31'")).isEqualTo(true);
  }

  @Test
  void likeWithWildcardsAndEscape() {
    assertThat(eval("status LIKE 'P%'")).isEqualTo(true);
    assertThat(eval("status LIKE 'P_ID'")).isEqualTo(true);
    assertThat(eval("status LIKE 'P_D'")).isEqualTo(false);
    assertThat(eval("status NOT LIKE '%X%'")).isEqualTo(true);
    assertThat(eval("'50%' LIKE '50!%' ESCAPE '!'")).isEqualTo(true);
    assertThat(eval("'50x' LIKE '50!%' ESCAPE '!'")).isEqualTo(false);
    assertThat(eval("'a.b' LIKE 'a.b'")).isEqualTo(true);
    assertThat(eval("'axb' LIKE 'a.b'")).isEqualTo(false);
    assertThat(eval("note LIKE '%'")).isNull();
    assertThat(eval("status LIKE note")).isNull();
    assertThat(eval("status ILIKE 'pa%'")).isEqualTo(true);
  }

  @Test
  void caseIfCoalesceNullif() {
    assertThat(eval("CASE WHEN qty > 5 THEN 'big' WHEN qty > 1 THEN 'some' ELSE 'one' END"))
        .isEqualTo("some");
    assertThat(eval("CASE WHEN note = 'x' THEN 1 ELSE 2 END")).isEqualTo(2);
    assertThat(eval("CASE WHEN qty > 5 THEN 'big' END")).isNull();
    assertThat(eval("CASE status WHEN 'NEW' THEN 1 WHEN 'PAID' THEN 2 END")).isEqualTo(2);
    assertThat(eval("CASE note WHEN NULL THEN 1 ELSE 0 END")).isEqualTo(0);
    assertThat(eval("CASE WHEN flag THEN 1 ELSE 2.5 END")).isEqualTo(new java.math.BigDecimal("1.0"));
    assertThat(eval("IF(qty > 1, 'many', 'one')")).isEqualTo("many");
    assertThat(eval("IF(note = 'x', 'yes', 'no')")).isEqualTo("no");
    assertThat(eval("COALESCE(note, status, 'none')")).isEqualTo("PAID");
    assertThat(eval("COALESCE(note, NULL)")).isNull();
    assertThat(eval("IFNULL(note, 'empty')")).isEqualTo("empty");
    assertThat(eval("COALESCE(qty, amount)")).isEqualTo(new java.math.BigDecimal("3.00"));
    assertThat(eval("NULLIF(status, 'PAID')")).isNull();
    assertThat(eval("NULLIF(status, 'NEW')")).isEqualTo("PAID");
  }
}
