package io.tributary.api.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Position texts are URL-escaped; the shortcuts for values that need no escaping give exactly what
 * {@link URLEncoder} and {@link URLDecoder} give, so positions written before read the same.
 */
class PositionFieldsTest {
  @Property(tries = 2000)
  void escapingIsUrlEncoding(@ForAll @StringLength(max = 20) @CharRange(from = ' ', to = '~')
      @Chars({'é', '中', '%', '+', '&', '='}) String value) {
    String escaped = PositionFields.escape(value);

    assertThat(escaped).isEqualTo(URLEncoder.encode(value, StandardCharsets.UTF_8));
    PositionFields fields = PositionFields.parse("test:f=" + escaped, "f=" + escaped, "test");
    assertThat(fields.requiredText("f")).isEqualTo(value);
  }

  @Property(tries = 1000)
  void readingIsUrlDecoding(@ForAll @StringLength(max = 20) @Chars({'a', 'Z', '0', '.', '-', '_', '*', '+', '%', '2',
      'F', 'é'}) String text) {
    String expected;
    try {
      expected = URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      expected = "error";
    }
    String read;
    try {
      read = PositionFields.parse("test:f=" + text, "f=" + text, "test").requiredText("f");
    } catch (IllegalArgumentException e) {
      read = "error";
    }
    assertThat(read).isEqualTo(expected);
  }

  @Property(tries = 200)
  void plainValuesAreTheirOwnText(@ForAll @StringLength(max = 20) @Chars({'a', 'z', 'A', 'Z', '0', '9', '.', '-', '_',
      '*'}) String value) {
    assertThat(PositionFields.escape(value)).isSameAs(value);
  }
}
