package io.tributary.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.schema.TableId;
import io.tributary.api.source.SourceFactory;
import io.tributary.connector.postgres.position.Lsn;
import io.tributary.connector.postgres.position.WalPosition;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class PostgresSourceFactoryTest {
  private final PostgresSourceFactory factory = new PostgresSourceFactory();

  @Test
  void isFoundByServiceLoaderUnderItsNameAndAlias() {
    List<SourceFactory> found = ServiceLoader.load(SourceFactory.class).stream().map(ServiceLoader.Provider::get)
        .filter(f -> f.identifier().equals("postgres")).toList();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).aliases()).containsExactly("postgresql");
  }

  @Test
  void declaresEveryOptionOnceWithDefaults() {
    assertThat(factory.options()).extracting(Option::key).containsExactly("hostname", "port", "database", "username",
        "password", "tables", "tables-exclude", "slot-name", "publication-name", "startup-mode", "snapshot-parallelism",
        "snapshot-chunk-size", "primary-keys", "binary-tuples", "heartbeat-interval", "connect-timeout");
    assertThat(PostgresSourceOptions.PASSWORD.secret()).isTrue();
    assertThat(PostgresSourceOptions.DATABASE.required()).isTrue();
    assertThat(PostgresSourceOptions.TABLES.required()).isTrue();
  }

  @Test
  void defaultsFillTheConfiguration() {
    PostgresSourceConfig config = PostgresSourceConfig.from(Config.of("database", "shop", "tables", "public\\..*"), "My Pipe-1");
    assertThat(config.endpoint().host()).isEqualTo("127.0.0.1");
    assertThat(config.endpoint().port()).isEqualTo(5432);
    assertThat(config.endpoint().user()).isEqualTo("postgres");
    assertThat(config.slotName()).isEqualTo("tributary_my_pipe_1");
    assertThat(config.publicationName()).isEqualTo("tributary_my_pipe_1");
    assertThat(config.startupMode()).isEqualTo(StartupMode.INITIAL);
    assertThat(config.snapshotParallelism()).isEqualTo(4);
    assertThat(config.snapshotChunkSize()).isEqualTo(50_000);
    assertThat(config.heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.binaryTuples()).isFalse();
    assertThat(config.tables().test(new TableId("public", "orders"))).isTrue();
    assertThat(config.tables().test(new TableId("pg_catalog", "pg_class"))).isFalse();
  }

  @Test
  void slotNameIsSanitizedAndShortened() {
    assertThat(PostgresSourceConfig.defaultSlotName("Ünïcode pipeline!".repeat(5)))
        .matches("[a-z0-9_]{1,63}").hasSize(63).startsWith("tributary__n_code_pipeline_");
  }

  @Test
  void badOptionsNameTheirKey() {
    assertKey(Config.of("tables", "x"), "database");
    assertKey(Config.of("database", "d"), "tables");
    assertKey(Config.of("database", "d", "tables", "a(", "x", "y"), "tables");
    assertKey(Config.of("database", "d", "tables", "a", "tables-exclude", "["), "tables-exclude");
    assertKey(Config.of("database", "d", "tables", "a", "port", "0"), "port");
    assertKey(Config.of("database", "d", "tables", "a", "slot-name", "Bad-Name"), "slot-name");
    assertKey(Config.of("database", "d", "tables", "a", "startup-mode", "earliest-offset"), "startup-mode");
    assertKey(Config.of("database", "d", "tables", "a", "snapshot-parallelism", "0"), "snapshot-parallelism");
    assertKey(Config.of("database", "d", "tables", "a", "primary-keys", "orders:id"), "primary-keys");
    assertKey(Config.of("database", "d", "tables", "a", "heartbeat-interval", "0s"), "heartbeat-interval");
  }

  @Test
  void decodesItsPositions() {
    assertThat(factory.decodePosition("pg-wal:lsn=0/10&row=3")).isEqualTo(new WalPosition(new Lsn(16), 3));
  }

  @Test
  void refusesAnUnnamedPipeline() {
    assertThatThrownBy(() -> factory.create(Config.of("database", "d", "tables", "a"), " "))
        .isInstanceOf(ConfigException.class).hasMessageContaining("name");
  }

  private void assertKey(Config config, String key) {
    assertThatThrownBy(() -> factory.create(config, "p")).isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo(key));
  }
}
