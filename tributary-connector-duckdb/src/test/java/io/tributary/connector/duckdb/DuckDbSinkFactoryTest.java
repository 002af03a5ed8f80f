package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.sink.SinkFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class DuckDbSinkFactoryTest {
  @Test
  void isFoundByServiceLoaderAsDuckdb() {
    assertThat(ServiceLoader.load(SinkFactory.class)).anySatisfy(f -> {
      assertThat(f).isInstanceOf(DuckDbSinkFactory.class);
      assertThat(f.identifier()).isEqualTo("duckdb");
    });
  }

  @Test
  void declaresEveryOptionWithADescriptionAndOnlyPathIsRequired() {
    assertThat(new DuckDbSinkFactory().options()).extracting(Option::key)
        .containsExactly("path", "threads", "memory-limit", "temp-directory", "checkpoint-threshold", "conflict-retries")
        .doesNotContain("name", "type", "tables", "on-reject");
    assertThat(new DuckDbSinkFactory().options()).allSatisfy(o -> assertThat(o.description()).isNotBlank())
        .filteredOn(Option::required).extracting(Option::key).containsExactly("path");
  }

  @Test
  void readsTheOptionsAndTheirDefaults() {
    DuckDbSinkConfig config = DuckDbSinkConfig.from(Config.of("path", " /data/lake.duckdb ", "threads", "3", "memory-limit", "2GB"));
    assertThat(config).isEqualTo(new DuckDbSinkConfig("/data/lake.duckdb", 3, "2GB", null, "256MB", 5));
    assertThat(config.inMemory()).isFalse();
    assertThat(DuckDbSinkConfig.from(Config.of("path", ":memory:")).inMemory()).isTrue();
  }

  @Test
  void badOptionsNameTheirKey() {
    assertThatThrownBy(() -> new DuckDbSinkFactory().create("s", Config.of())).isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("path"));
    assertThatThrownBy(() -> new DuckDbSinkFactory().create("s", Config.of("path", "x", "threads", "0")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new DuckDbSinkFactory().create("s", Config.of("path", "x", "conflict-retries", "many")))
        .isInstanceOf(ConfigException.class).satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("conflict-retries"));
  }
}
