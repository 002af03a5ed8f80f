package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.cli.file.PipelineFileLoader;
import io.tributary.runtime.Connectors;
import io.tributary.runtime.PipelineDefinition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveConfigurationTest {

  @Test
  void showsGivenValuesAndDefaultsWithSecretsMasked() {
    String yaml = MainTest.GOOD.replace("  name: shop-sync", "  name: shop-sync\n  checkpoint-interval: 1500ms");
    PipelineDefinition d = new PipelineFileLoader(Connectors.discover(), Map.of("DB_PASSWORD", "hunter2")::get)
        .load("p.yaml", yaml).definition();
    String text = EffectiveConfiguration.describe(d);
    assertThat(text.lines()).containsExactly(
        "pipeline shop-sync: parallelism=4, state-dir=./state/shop-sync, checkpoint-interval=1500ms, batch-size=20000, batch-linger=10ms,"
            + " queue-size=16384, max-dead-letters=0",
        "source (test-source): hostname=127.0.0.1, port=3306, username=cdc, password=****, poll-interval=1s,"
            + " fail-discover=false, ssl.mode=disable, table-count=3",
        "sink warehouse (test-sink): tables=.*, on-reject=dead-letter, path=./out.db, batch-rows=100, token=****,"
            + " mode=upsert, fail-open=false",
        "sink archive (test-sink): tables=.*, on-reject=dead-letter, path=./archive.db, batch-rows=100, token=****,"
            + " mode=upsert, fail-open=false");
    assertThat(text).doesNotContain("hunter2", "s3cret-default");
  }

  @Test
  void durationsAreWrittenAsInPipelineFiles() {
    assertThat(OptionText.format(java.time.Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(OptionText.format(java.time.Duration.ofMinutes(5))).isEqualTo("5m");
    assertThat(OptionText.format(java.time.Duration.ofDays(1))).isEqualTo("1d");
    assertThat(OptionText.format(java.time.Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(OptionText.format(java.time.Duration.ZERO)).isEqualTo("0s");
  }
}
