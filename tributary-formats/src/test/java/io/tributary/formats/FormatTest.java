package io.tributary.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void formatsAreFoundByIdentifier() {
    assertThat(Format.of("canal-json")).isEqualTo(Format.CANAL_JSON);
    assertThat(Format.of("debezium-json")).isEqualTo(Format.DEBEZIUM_JSON);
    assertThat(Format.CANAL_JSON.decoder(FormatOptions.defaults()).format()).isEqualTo(Format.CANAL_JSON);
    assertThat(Format.DEBEZIUM_JSON.encoder(FormatOptions.defaults()).format()).isEqualTo(Format.DEBEZIUM_JSON);
  }

  @Test
  void anUnknownFormatListsTheAvailableOnes() {
    assertThatThrownBy(() -> Format.of("avro")).isInstanceOf(ConfigException.class)
        .hasMessage("format 'avro' is unknown; available: canal-json, debezium-json");
    assertThatThrownBy(() -> DecimalHandling.of("float")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("string, precise, double");
    assertThat(DecimalHandling.of("PRECISE")).isEqualTo(DecimalHandling.PRECISE);
  }
}
