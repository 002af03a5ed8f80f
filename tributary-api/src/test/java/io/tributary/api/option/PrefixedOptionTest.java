package io.tributary.api.option;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrefixedOptionTest {
  @Test
  void aPrefixedOptionMatchesEveryKeyUnderItsPrefixAndNothingElse() {
    Option<String> properties = Option.prefixed("properties", "client settings");
    assertThat(properties.key()).isEqualTo("properties.*");
    assertThat(properties.isPrefixed()).isTrue();
    assertThat(properties.matches("properties.security.protocol")).isTrue();
    assertThat(properties.matches("properties.")).isFalse();
    assertThat(properties.matches("properties")).isFalse();
    assertThat(properties.matches("propertiesx.a")).isFalse();
    assertThat(Option.string("topic", "t").matches("topic")).isTrue();
  }

  @Test
  void underReturnsTheKeysBelowThePrefixWithoutIt() {
    Config config = Config.of("properties.acks", "all", "properties.sasl.mechanism", "PLAIN", "topic", "x");
    assertThat(config.under("properties")).isEqualTo(Map.of("acks", "all", "sasl.mechanism", "PLAIN"));
    assertThat(config.under("missing")).isEmpty();
  }
}
