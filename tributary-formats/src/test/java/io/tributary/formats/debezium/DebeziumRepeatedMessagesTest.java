package io.tributary.formats.debezium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.DecodedRow;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A decoder reuses the envelope schemas, key names and source texts consecutive messages repeat;
 * every change is still seen, and a faulty message is reported exactly as a fresh decoder reports it.
 */
class DebeziumRepeatedMessagesTest {
  private static final String ID = "{\"type\":\"int64\",\"optional\":false,\"field\":\"id\"}";
  private static final String V_INT = "{\"type\":\"int32\",\"optional\":true,\"field\":\"v\"}";
  private static final String V_LONG = "{\"type\":\"int64\",\"optional\":true,\"field\":\"v\"}";
  private static final String V_TEXT = "{\"type\":\"string\",\"optional\":true,\"field\":\"v\"}";
  private static final String SOURCE = "{\"version\":\"2.7\",\"connector\":\"mysql\",\"name\":\"n\",\"ts_ms\":5,"
      + "\"db\":\"d\",\"table\":\"t\",\"file\":\"bin.1\",\"pos\":4,\"nested\":{\"a\":[1,{\"b\":2}]}}";

  private final ChangeDecoder decoder = Format.DEBEZIUM_JSON.decoder(FormatOptions.defaults());

  private static String message(String fields, String after) {
    return "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"struct\",\"fields\":[" + fields
        + "],\"optional\":true,\"field\":\"after\"}],\"optional\":false},\"payload\":{\"before\":null,\"after\":"
        + after + ",\"source\":" + SOURCE + ",\"op\":\"c\",\"ts_ms\":6}}";
  }

  private static byte[] key(String names) {
    return ("{\"schema\":{\"type\":\"struct\",\"fields\":[" + ID + "],\"optional\":false},\"payload\":" + names + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private DecodedRow decode(byte[] key, String message) {
    return (DecodedRow) decoder.decode(key, message.getBytes(StandardCharsets.UTF_8)).get(0);
  }

  @Test
  void aChangedEnvelopeSchemaIsSeenAndAnEarlierOneRecognisedAgain() {
    String ints = message(ID + "," + V_INT, "{\"id\":1,\"v\":2}");
    String texts = message(ID + "," + V_TEXT, "{\"id\":1,\"v\":\"2\"}");

    DecodedRow first = decode(key("{\"id\":1}"), ints);
    DecodedRow again = decode(key("{\"id\":2}"), ints.replace("\"id\":1", "\"id\":2"));
    DecodedRow changed = decode(key("{\"id\":1}"), texts);
    DecodedRow sameLength = decode(key("{\"id\":1}"), message(ID + "," + V_LONG, "{\"id\":1,\"v\":2}"));
    DecodedRow back = decode(key("{\"id\":1}"), ints);

    assertThat(first.after("v")).isEqualTo(2);
    assertThat(again.schema()).isSameAs(first.schema());
    assertThat(again.after("id")).isEqualTo(2L);
    assertThat(changed.after("v")).isEqualTo("2");
    assertThat(changed.schema().version()).isEqualTo(2);
    assertThat(sameLength.after("v")).isEqualTo(2L);
    assertThat(sameLength.schema().version()).isEqualTo(3);
    assertThat(back.after("v")).isEqualTo(2);
    assertThat(back.schema().version()).isEqualTo(4);
    assertThat(back.metadata().position()).isEqualTo("file=bin.1,pos=4");
    assertThat(back.primaryKey()).containsExactly("id");
  }

  @Test
  void changedKeyNamesAreSeen() {
    String message = message(ID + "," + V_INT, "{\"id\":1,\"v\":2}");

    assertThat(decode(key("{\"id\":1}"), message).primaryKey()).containsExactly("id");
    assertThat(decode(key("{\"id\":1,\"v\":2}"), message).primaryKey()).containsExactly("id", "v");
    assertThat(decode(key("null"), message).primaryKey()).isEmpty();
    assertThat(decode("{\"v\":2}".getBytes(StandardCharsets.UTF_8), message).primaryKey()).containsExactly("v");
  }

  @Test
  void aFaultyMessageAfterKnownOnesIsReportedAsAFreshDecoderReportsIt() {
    String good = message(ID + "," + V_INT, "{\"id\":1,\"v\":2}");
    decode(key("{\"id\":1}"), good);

    for (String bad : new String[] {
        good.replace("\"v\":2}", "\"v\":\"x\"}"),
        good.replace("\"op\":\"c\"", "\"op\":\"q\""),
        good.replace("\"ts_ms\":6}", "\"ts_ms\":6,\"op\":\"c\"}"),
        good.replace("\"file\":\"bin.1\"", "\"file\":\"bin.1\",\"file\":\"bin.2\""),
        good.replace("{\"b\":2}", "{\"b\":2,\"b\":3}"),
        good.substring(0, good.length() - 3)}) {
      FormatException warm = catchThrowableOfType(() -> decode(key("{\"id\":1}"), bad), FormatException.class);
      FormatException fresh = catchThrowableOfType(() -> Format.DEBEZIUM_JSON.decoder(FormatOptions.defaults())
          .decode(key("{\"id\":1}"), bad.getBytes(StandardCharsets.UTF_8)), FormatException.class);

      assertThat(warm).as(bad).isNotNull();
      assertThat(warm.getMessage()).isEqualTo(fresh.getMessage());
      assertThat(warm.field()).isEqualTo(fresh.field());
      assertThat(warm.offset()).isEqualTo(fresh.offset());
    }
  }

  @Test
  void aFaultyKeyAfterKnownOnesIsReportedAsAFreshDecoderReportsIt() {
    String good = message(ID + "," + V_INT, "{\"id\":1,\"v\":2}");
    decode(key("{\"id\":1}"), good);

    for (byte[] bad : new byte[][] {key("{\"id\":1,\"id\":2}"), key("5"), key("{\"id\":1}x"), key("{\"id\":")}) {
      FormatException warm = catchThrowableOfType(() -> decode(bad, good), FormatException.class);
      FormatException fresh = catchThrowableOfType(() -> Format.DEBEZIUM_JSON.decoder(FormatOptions.defaults())
          .decode(bad, good.getBytes(StandardCharsets.UTF_8)), FormatException.class);

      assertThat(warm).as(new String(bad, StandardCharsets.UTF_8)).isNotNull();
      assertThat(warm.getMessage()).isEqualTo(fresh.getMessage());
      assertThat(warm.offset()).isEqualTo(fresh.offset());
    }
  }
}
