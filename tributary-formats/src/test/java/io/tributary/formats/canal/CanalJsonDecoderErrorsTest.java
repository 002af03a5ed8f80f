package io.tributary.formats.canal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import org.junit.jupiter.api.Test;

/** Malformed Canal messages are refused whole, naming the field and where possible the offset. */
class CanalJsonDecoderErrorsTest {
  private final ChangeDecoder decoder = Format.CANAL_JSON.decoder(FormatOptions.defaults());
  private static final String HEAD = "{\"database\":\"d\",\"table\":\"t\",\"mysqlType\":{\"id\":\"int\",\"v\":\"decimal(4,1)\"},";

  private FormatException failure(String message) {
    try {
      decoder.decode(message);
    } catch (FormatException e) {
      return e;
    }
    throw new AssertionError("no FormatException for " + message);
  }

  @Test
  void malformedJsonNamesTheByteOffset() {
    FormatException e = failure("{\"data\":[{\"id\":\"1\"},]}");

    assertThat(e.offset()).isEqualTo(20);
    assertThat(e.getMessage()).startsWith("canal-json: at offset 20: malformed JSON");
  }

  @Test
  void aTruncatedMessageIsMalformed() {
    assertThat(failure(HEAD + "\"type\":\"INSERT\",\"data\":[{\"id\":\"1\"").getMessage()).contains("malformed JSON");
  }

  @Test
  void aValueThatDoesNotFitItsTypeNamesTheFieldPathAndRowOffset() {
    String message = HEAD + "\"type\":\"INSERT\",\"data\":[{\"id\":\"1\",\"v\":\"1.0\"},{\"id\":\"x\",\"v\":\"2.0\"}]}";
    FormatException e = failure(message);

    assertThat(e.field()).isEqualTo("data[1].id");
    assertThat(e.offset()).isEqualTo(message.indexOf("{\"id\":\"x\""));
    assertThat(e.getMessage()).contains("\"x\"").contains("INT32").contains("column id of d.t");
  }

  @Test
  void aDecimalWithMoreDigitsThanItsScaleIsRefusedNotRounded() {
    FormatException e = failure(HEAD + "\"type\":\"INSERT\",\"data\":[{\"id\":\"1\",\"v\":\"1.25\"}]}");

    assertThat(e.field()).isEqualTo("data[0].v");
    assertThat(e.getMessage()).contains("more fraction digits than DECIMAL(4,1)");
  }

  @Test
  void aDecimalBeyondItsPrecisionIsRefusedWithoutExpandingIt() {
    assertThat(failure(HEAD + "\"type\":\"INSERT\",\"data\":[{\"id\":\"1\",\"v\":\"1e999999999\"}]}")
        .getMessage()).contains("does not fit DECIMAL(4,1)");
    assertThat(failure(HEAD + "\"type\":\"INSERT\",\"data\":[{\"id\":\"1\",\"v\":\"1234.5\"}]}")
        .getMessage()).contains("does not fit DECIMAL(4,1)");
  }

  @Test
  void aFieldOfTheWrongJsonKindNamesItsOffset() {
    String message = "{\"database\":\"d\",\"table\":\"t\",\"type\":\"INSERT\",\"es\":\"soon\"}";
    FormatException e = failure(message);

    assertThat(e.field()).isEqualTo("es");
    assertThat(e.offset()).isEqualTo(message.indexOf("\"soon\""));
  }

  @Test
  void structuralFaultsAreNamed() {
    assertThat(failure("{\"database\":\"d\",\"table\":\"t\"}").field()).isEqualTo("type");
    assertThat(failure("{\"database\":\"d\",\"table\":\"t\",\"type\":\"UPSERT\",\"isDdl\":false}").getMessage())
        .contains("UPSERT");
    assertThat(failure(HEAD + "\"type\":\"UPDATE\",\"data\":[{\"id\":\"1\",\"v\":\"1.0\"}],\"old\":null}").field())
        .isEqualTo("old");
    assertThat(failure(HEAD + "\"type\":\"INSERT\",\"data\":[]}").field()).isEqualTo("data");
    assertThat(failure(HEAD + "\"type\":\"INSERT\",\"data\":[{\"id\":\"1\"}]}").getMessage()).contains("lacks column v");
    assertThat(failure(HEAD + "\"type\":\"INSERT\",\"data\":[{\"id\":\"1\",\"v\":null,\"w\":\"3\"}]}").field())
        .isEqualTo("data[0].w");
    assertThat(failure(HEAD + "\"type\":\"INSERT\",\"pkNames\":[\"nope\"],\"data\":[{\"id\":\"1\",\"v\":null}]}").field())
        .isEqualTo("pkNames");
    assertThat(failure("[1,2]").getMessage()).contains("expected a JSON object");
    assertThat(failure("{\"type\":\"INSERT\"} {}").getMessage()).contains("after the message");
  }

  @Test
  void aDuplicateColumnInARowIsRefused() {
    assertThat(failure(HEAD + "\"type\":\"INSERT\",\"data\":[{\"id\":\"1\",\"id\":\"2\",\"v\":null}]}").getMessage())
        .contains("Duplicate field 'id'");
  }

  @Test
  void anUnknownMysqlTypeNamesTableColumnAndType() {
    assertThatThrownBy(() -> decoder.decode("{\"database\":\"d\",\"table\":\"t\",\"type\":\"INSERT\","
        + "\"mysqlType\":{\"id\":\"int\",\"shape\":\"geometry\"},\"data\":[{\"id\":\"1\",\"shape\":null}]}"))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("mysqlType.shape")
        .hasMessageContaining("column shape of d.t has type 'geometry'");
  }

  @Test
  void bytesMustBeIso88591Text() {
    assertThat(failure("{\"database\":\"d\",\"table\":\"t\",\"type\":\"INSERT\",\"mysqlType\":{\"b\":\"blob\"},"
        + "\"data\":[{\"b\":\"\u20ac\"}]}").getMessage()).contains("U+20AC").contains("not a byte");
  }

  @Test
  void anEmptyMessageIsATombstoneWithNoChanges() {
    assertThat(decoder.decode(new byte[0])).isEmpty();
  }
}
