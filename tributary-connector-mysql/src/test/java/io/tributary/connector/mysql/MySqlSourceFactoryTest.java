package io.tributary.connector.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.source.SourceFactory;
import io.tributary.connector.mysql.position.BinlogPosition;
import java.time.ZoneOffset;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class MySqlSourceFactoryTest {

  @Test
  void isFoundByServiceLoaderUnderBothNames() {
    SourceFactory factory = ServiceLoader.load(SourceFactory.class).stream()
        .map(ServiceLoader.Provider::get).filter(f -> f.identifier().equals("mysql")).findFirst().orElseThrow();
    assertThat(factory.aliases()).containsExactly("mariadb");
    assertThat(factory.options()).extracting(Option::key).contains(
        "hostname", "port", "username", "password", "tables", "tables-exclude", "server-id", "startup-mode",
        "server-time-zone", "snapshot-chunk-size", "snapshot-fetch-size", "connect-timeout", "heartbeat-interval");
    assertThat(factory.options()).filteredOn(Option::secret).extracting(Option::key).containsExactly("password");
  }

  @Test
  void decodesItsPositions() {
    BinlogPosition position = new BinlogPosition("bin.000007", 1234, 3, "0-1-9");
    assertThat(new MySqlSourceFactory().decodePosition(position.encode())).isEqualTo(position);
  }

  @Test
  void defaultsAndDerivedServerId() {
    MySqlSourceConfig config = MySqlSourceConfig.from(Config.of("username", "cdc", "tables", "shop\\..*"), "orders-sync");
    assertThat(config.endpoint().host()).isEqualTo("127.0.0.1");
    assertThat(config.endpoint().port()).isEqualTo(3306);
    assertThat(config.startupMode()).isEqualTo(StartupMode.INITIAL);
    assertThat(config.serverTimeZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(config.snapshotChunkSize()).isEqualTo(50_000);
    assertThat(config.serverId()).isBetween(5400L, 6399L).isEqualTo(MySqlSourceConfig.defaultServerId("orders-sync"));
    assertThat(MySqlSourceConfig.defaultServerId("other")).isNotEqualTo(config.serverId());
  }

  @Test
  void badOptionsNameTheirKey() {
    assertThatThrownBy(() -> MySqlSourceConfig.from(Config.of("tables", "x"), "p"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("username");
    assertThatThrownBy(() -> MySqlSourceConfig.from(Config.of("username", "u", "tables", "a.(b"), "p"))
        .isInstanceOf(ConfigException.class).extracting(e -> ((ConfigException) e).key()).isEqualTo("tables");
    assertThatThrownBy(() -> MySqlSourceConfig.from(Config.of("username", "u", "tables", "x", "startup-mode", "later"), "p"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("startup-mode");
    assertThatThrownBy(() -> MySqlSourceConfig.from(Config.of("username", "u", "tables", "x", "server-id", "0"), "p"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("server-id");
    assertThatThrownBy(() -> MySqlSourceConfig.from(Config.of("username", "u", "tables", "x", "server-time-zone", "Mars/Base"), "p"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("server-time-zone");
    assertThatThrownBy(() -> MySqlSourceConfig.from(Config.of("username", "u", "tables", "x", "snapshot-chunk-size", "0"), "p"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("snapshot-chunk-size");
  }

  @Test
  void startupModesParse() {
    assertThat(StartupMode.parse("latest-offset")).isEqualTo(StartupMode.LATEST_OFFSET);
    assertThat(StartupMode.parse("earliest-offset")).isEqualTo(StartupMode.EARLIEST_OFFSET);
    assertThat(StartupMode.SNAPSHOT.snapshots()).isTrue();
    assertThat(StartupMode.LATEST_OFFSET.snapshots()).isFalse();
  }
}
