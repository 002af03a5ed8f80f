package io.tributary.bench.debezium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeerResultTest {

  @Test
  void lineIsTheBenchContract() {
    assertThat(new PeerResult(2000, 1.5).line()).isEqualTo("DEBEZIUM_RESULT {\"records\":2000,\"seconds\":1.500000}");
    assertThat(new PeerResult(2000, 0.5).recordsPerSecond()).isEqualTo(4000);
  }

  @Test
  void rejectsNegativeFigures() {
    assertThatThrownBy(() -> new PeerResult(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PeerResult(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
