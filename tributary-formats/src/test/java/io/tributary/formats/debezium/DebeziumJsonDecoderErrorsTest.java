package io.tributary.formats.debezium;

import static io.tributary.formats.Messages.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Malformed Debezium messages are refused whole, naming the field and where possible the offset. */
class DebeziumJsonDecoderErrorsTest {
  private final ChangeDecoder decoder = Format.DEBEZIUM_JSON.decoder(FormatOptions.defaults());
  private static final String SOURCE = "\"source\":{\"db\":\"d\",\"table\":\"t\"}";

  private FormatException failure(String message) {
    return failure(null, message);
  }

  private FormatException failure(String key, String message) {
    try {
      decoder.decode(key == null ? null : key.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8));
    } catch (FormatException e) {
      return e;
    }
    throw new AssertionError("no FormatException for " + message);
  }

  @Test
  void malformedJsonNamesTheByteOffset() {
    FormatException e = failure("{\"op\":\"c\",\"after\":{\"id\":1,}}");

    assertThat(e.offset()).isEqualTo(26);
    assertThat(e.getMessage()).startsWith("debezium-json: at offset 26: malformed JSON");
  }

  @Test
  void aValueThatDoesNotFitItsEnvelopeTypeNamesThePath() {
    String message = resource("debezium/mysql-envelope-update.json").replace("\"day\":19782", "\"day\":\"soon\"");
    FormatException e = failure(message);

    assertThat(e.field()).isEqualTo("payload.before.day");
    assertThat(e.offset()).isEqualTo(message.getBytes(StandardCharsets.UTF_8).length
        - message.substring(message.indexOf("\"before\":{") + 9).getBytes(StandardCharsets.UTF_8).length);
    assertThat(e.getMessage()).contains("\"soon\"").contains("DATE").contains("column day of shop.orders");
  }

  @Test
  void fieldsOfTheWrongKindAndMissingPartsAreNamed() {
    assertThat(failure("{\"op\":5," + SOURCE + "}").field()).isEqualTo("op");
    assertThat(failure("{\"op\":\"x\"," + SOURCE + "}").getMessage()).contains("op 'x'");
    assertThat(failure("{\"op\":\"c\",\"after\":null," + SOURCE + "}").field()).isEqualTo("after");
    assertThat(failure("{\"op\":\"d\",\"after\":null," + SOURCE + "}").field()).isEqualTo("before");
    assertThat(failure("{\"op\":\"c\",\"after\":{\"id\":1}}").field()).isEqualTo("source");
    assertThat(failure("{\"schema\":{},\"payload\":{\"op\":\"c\",\"after\":{\"id\":1}," + SOURCE + "}}").field())
        .isEqualTo("schema");
    assertThat(failure("{\"payload\":{\"op\":\"c\",\"after\":[]," + SOURCE + "}}").field()).isEqualTo("payload.after");
  }

  @Test
  void anUnwrappedRowIsNotAChange() {
    assertThat(failure("{\"id\":1004,\"first_name\":\"Anne\"}").getMessage()).contains("no op")
        .contains("ExtractNewRecordState");
  }

  @Test
  void aKeyColumnThatIsNotAColumnIsRefused() {
    FormatException e = failure("{\"nope\":1}", "{\"op\":\"c\",\"after\":{\"id\":1}," + SOURCE + "}");

    assertThat(e.field()).isEqualTo("key");
    assertThat(e.getMessage()).contains("nope");
    assertThat(failure("{\"id\":", "{\"op\":\"c\",\"after\":{\"id\":1}," + SOURCE + "}").field()).isEqualTo("key");
  }

  @Test
  void unsupportedSemanticTypesNameTheColumn() {
    String message = "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"struct\",\"fields\":[{\"type\":\"struct\","
        + "\"fields\":[],\"optional\":true,\"name\":\"io.debezium.data.geometry.Point\",\"field\":\"where\"}],"
        + "\"field\":\"after\"}]},\"payload\":{\"op\":\"c\",\"after\":{\"where\":null}," + SOURCE + "}}";

    assertThat(failure(message).getMessage()).contains("column where of d.t").contains("spatial");
  }
}
