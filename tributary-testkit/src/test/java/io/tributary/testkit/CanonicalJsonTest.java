package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void mariaDbTextAndPostgresJsonbFormsAreEqual() {
    String mariaDb = "{\"b\":1.0,\"a\":[1, 2,{\"y\":null,\"x\":true}]}";
    String jsonb = "{\"a\": [1, 2, {\"x\": true, \"y\": null}], \"b\": 1.0}";

    assertThat(CanonicalJson.of(mariaDb)).isEqualTo(CanonicalJson.of(jsonb))
        .isEqualTo("{\"a\":[1,2,{\"x\":true,\"y\":null}],\"b\":1}");
  }

  @Test
  void stringsAreUnescapedAndReEscapedMinimally() {
    assertThat(CanonicalJson.of("[\"\\u00fc\\/\\\"\\n\", \"ü\"]")).isEqualTo("[\"ü/\\\"\\u000a\",\"ü\"]");
  }

  @Test
  void lastDuplicateKeyWinsAsInJsonb() {
    assertThat(CanonicalJson.of("{\"a\":1,\"a\":2}")).isEqualTo("{\"a\":2}");
  }

  @Test
  void numbersAndEmptyContainers() {
    assertThat(CanonicalJson.of(" [ 1e2 , -0.50 , {} , [] ] ")).isEqualTo("[100,-0.5,{},[]]");
  }

  @Test
  void invalidJsonIsReturnedUnchanged() {
    assertThat(CanonicalJson.of("{\"a\":")).isEqualTo("{\"a\":");
    assertThat(CanonicalJson.of("[1] trailing")).isEqualTo("[1] trailing");
    assertThat(CanonicalJson.of("")).isEqualTo("");
    assertThat(CanonicalJson.of(TableDump.NULL)).isEqualTo(TableDump.NULL);
  }

  @Property
  void spacingAndKeyOrderDoNotMatterAndTheResultIsAFixedPoint(@ForAll String key, @ForAll int number,
      @ForAll boolean flag) {
    String escaped = key.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", "");
    String quotedKey = "\"" + escaped + "\"";
    String compact = "{\"~k\":" + number + "," + quotedKey + ":[" + flag + ",null]}";
    String spaced = "{ " + quotedKey + " : [ " + flag + " , null ] ,\n\t\"~k\" : " + number + " }";
    String canonical = CanonicalJson.of(compact);

    assertThat(CanonicalJson.of(spaced)).isEqualTo(canonical);
    assertThat(CanonicalJson.of(canonical)).isEqualTo(canonical);
  }
}
