package io.tributary.cli.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggestionTest {
  private static final List<String> KEYS = List.of("hostname", "port", "username", "password", "server-id", "tables");

  @Test
  void suggestsTheClosestKeyForATypo() {
    assertThat(KeySuggestion.closest("hostnme", KEYS)).contains("hostname");
    assertThat(KeySuggestion.closest("usrname", KEYS)).contains("username");
    assertThat(KeySuggestion.closest("server_id", KEYS)).contains("server-id");
    assertThat(KeySuggestion.closest("Port", KEYS)).contains("port");
  }

  @Test
  void suggestsNothingWhenNoKeyIsClose() {
    assertThat(KeySuggestion.closest("compression", KEYS)).isEmpty();
    assertThat(KeySuggestion.hint("compression", KEYS, "keys"))
        .isEqualTo("; valid keys: hostname, port, username, password, server-id, tables");
  }

  @Test
  void distanceCountsEdits() {
    assertThat(KeySuggestion.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(KeySuggestion.distance("", "abc")).isEqualTo(3);
    assertThat(KeySuggestion.distance("same", "same")).isZero();
  }
}
