package io.tributary.transform;

import static io.tributary.transform.Rows.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StringFunctionsTest {

  @Test
  void caseAndTrim() {
    assertThat(eval("LOWER(status)")).isEqualTo("paid");
    assertThat(eval("Upper('straße')")).isEqualTo("STRASSE");
    assertThat(eval("TRIM('  a b  ')")).isEqualTo("a b");
    assertThat(eval("LTRIM('  a  ')")).isEqualTo("a  ");
    assertThat(eval("RTRIM('  a  ')")).isEqualTo("  a");
    assertThat(eval("TRIM(BOTH 'x' FROM 'xxaxx')")).isEqualTo("a");
    assertThat(eval("TRIM(LEADING 'x' FROM 'xxaxx')")).isEqualTo("axx");
    assertThat(eval("UPPER(note)")).isNull();
  }

  @Test
  void substringIsOneBasedAndCountsCodePoints() {
    assertThat(eval("SUBSTR('hello', 2)")).isEqualTo("ello");
    assertThat(eval("SUBSTRING('hello', 2, 3)")).isEqualTo("ell");
    assertThat(eval("SUBSTR('hello', -3)")).isEqualTo("llo");
    assertThat(eval("SUBSTR('hello', 9)")).isEqualTo("");
    assertThat(eval("SUBSTR('a😀b', 2, 1)")).isEqualTo("😀");
    assertThat(eval("CHAR_LENGTH('a😀b')")).isEqualTo(3);
    assertThat(eval("LENGTH(status)")).isEqualTo(4);
  }

  @Test
  void concatenation() {
    assertThat(eval("CONCAT(status, '#', id)")).isEqualTo("PAID#7");
    assertThat(eval("CONCAT(status, note)")).isNull();
    assertThat(eval("CONCAT_WS('-', status, note, qty)")).isEqualTo("PAID-3");
    assertThat(eval("CONCAT_WS(NULL, status)")).isNull();
  }

  @Test
  void replaceAndRegex() {
    assertThat(eval("REPLACE('a-b-c', '-', '+')")).isEqualTo("a+b+c");
    assertThat(eval("REGEXP_REPLACE('a1b22c', '[0-9]+', '#')")).isEqualTo("a#b#c");
    assertThat(eval("REGEXP_REPLACE('john smith', '(\\w+) (\\w+)', '$2 $1')")).isEqualTo("smith john");
    assertThat(eval("REGEXP_EXTRACT('order-123-x', 'order-([0-9]+)')")).isEqualTo("123");
    assertThat(eval("REGEXP_EXTRACT('order-123-x', '[0-9]+')")).isEqualTo("123");
    assertThat(eval("REGEXP_EXTRACT('k=v', '(\\w)=(\\w)', 2)")).isEqualTo("v");
    assertThat(eval("REGEXP_EXTRACT('abc', '[0-9]')")).isNull();
    assertThat(eval("REGEXP_REPLACE(status, status, 'x')")).isEqualTo("x");
  }

  @Test
  void padding() {
    assertThat(eval("LPAD('7', 3, '0')")).isEqualTo("007");
    assertThat(eval("RPAD('ab', 5, 'xy')")).isEqualTo("abxyx");
    assertThat(eval("LPAD('hello', 2, '*')")).isEqualTo("he");
    assertThat(eval("LPAD('a', 3, '')")).isNull();
  }

  @Test
  void aRowTimeFailureInsideAFunctionNamesTheValues() {
    assertThatThrownBy(() -> eval("REGEXP_EXTRACT('ab', '(a)', 3)"))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("has no group 3");
  }
}
