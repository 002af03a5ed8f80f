package io.tributary.connector.postgres.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ArrayTextTest {

  @Test
  void parsesTheFormsPostgresPrints() {
    assertThat(ArrayText.parse("{}", ArrayTextTest::asText)).isEmpty();
    assertThat(ArrayText.parse("{1,2,NULL}", Integer::valueOf)).containsExactly(1, 2, null);
    assertThat(ArrayText.parse("{\"a,b\",\"c\\\"d\",NULL,\"NULL\",\"\",\"x\\\\y\"}", ArrayTextTest::asText))
        .containsExactly("a,b", "c\"d", null, "NULL", "", "x\\y");
    assertThat(ArrayText.parse("[0:1]={7,8}", Integer::valueOf)).containsExactly(7, 8);
    assertThat(ArrayText.parse("{ a b , null }", ArrayTextTest::asText)).containsExactly("a b", null);
    assertThat(ArrayText.parse("{\\NULL}", ArrayTextTest::asText)).containsExactly("NULL");
  }

  @Test
  void refusesMultiDimensionalAndMalformedArrays() {
    assertThatThrownBy(() -> ArrayText.parse("{{1,2},{3,4}}", ArrayTextTest::asText)).hasMessageContaining("multi-dimensional");
    assertThatThrownBy(() -> ArrayText.parse("[1:2][1:1]={{1},{2}}", ArrayTextTest::asText)).hasMessageContaining("multi-dimensional");
    assertThatThrownBy(() -> ArrayText.parse("{1,2", ArrayTextTest::asText)).hasMessageContaining("not an array");
    assertThatThrownBy(() -> ArrayText.parse("{1,,2}", ArrayTextTest::asText)).hasMessageContaining("not an array");
    assertThatThrownBy(() -> ArrayText.parse("{1} x", ArrayTextTest::asText)).hasMessageContaining("not an array");
  }

  @Property
  void everyListRoundTripsThroughPostgresArrayText(@ForAll("elements") List<String> elements) {
    assertThat(ArrayText.parse(render(elements), ArrayTextTest::asText)).isEqualTo(elements);
  }

  private static Object asText(String element) {
    return element;
  }

  /** The text array_out prints: elements quoted when empty, NULL-like, or holding special characters. */
  static String render(List<String> elements) {
    List<String> out = new ArrayList<>();
    for (String e : elements) {
      if (e == null) {
        out.add("NULL");
      } else if (e.isEmpty() || e.equalsIgnoreCase("NULL") || e.chars().anyMatch(c -> "{},\"\\ \t".indexOf(c) >= 0)) {
        out.add('"' + e.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
      } else {
        out.add(e);
      }
    }
    return "{" + String.join(",", out) + "}";
  }

  @Provide
  Arbitrary<List<String>> elements() {
    return Arbitraries.oneOf(
            Arbitraries.strings().withChars("ab{},\"\\ \u00e9").ofMaxLength(5),
            Arbitraries.of("NULL", "null", ""))
        .injectNull(0.2).list().ofMaxSize(6).map(l -> new ArrayList<>(Arrays.asList(l.toArray(new String[0]))));
  }
}
