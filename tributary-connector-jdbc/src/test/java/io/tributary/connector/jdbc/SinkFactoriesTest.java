package io.tributary.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.sink.SinkFactory;
import io.tributary.connector.jdbc.mysql.MySqlSink;
import io.tributary.connector.jdbc.mysql.MySqlSinkFactory;
import io.tributary.connector.jdbc.mysql.MySqlSinkOptions;
import io.tributary.connector.jdbc.postgres.PostgresSink;
import io.tributary.connector.jdbc.postgres.PostgresSinkFactory;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SinkFactoriesTest {

  @Test
  void bothFactoriesAreFoundByTheServiceLoader() {
    List<SinkFactory> found = ServiceLoader.load(SinkFactory.class).stream()
        .map(ServiceLoader.Provider::get).toList();
    assertThat(found).extracting(SinkFactory::identifier).contains("postgres", "mysql");
    assertThat(new PostgresSinkFactory().aliases()).containsExactly("postgresql");
    assertThat(new MySqlSinkFactory().aliases()).containsExactly("mariadb");
  }

  @Test
  void optionsAreDeclaredWithDescriptionsAndThePasswordIsSecret() {
    assertThat(new PostgresSinkFactory().options()).extracting(Option::key)
        .containsExactly("url", "username", "password", "connect-timeout", "socket-timeout");
    assertThat(new MySqlSinkFactory().options()).extracting(Option::key)
        .containsExactly("url", "username", "password", "connect-timeout", "socket-timeout",
            "rows-per-statement");
    assertThat(JdbcSinkOptions.PASSWORD.secret()).isTrue();
    assertThat(JdbcSinkOptions.URL.required()).isTrue();
    assertThat(new MySqlSinkFactory().options()).allSatisfy(o -> assertThat(o.description()).isNotBlank());
  }

  @Test
  void createsSinksFromValidConfig() {
    assertThat(new PostgresSinkFactory().create("pg", Config.of("url", "jdbc:postgresql://h/db")))
        .isInstanceOf(PostgresSink.class);
    assertThat(new MySqlSinkFactory().create("my", Config.of("url", "jdbc:mysql://h:3306/")))
        .isInstanceOf(MySqlSink.class);
    JdbcEndpoint e = JdbcEndpoint.from(Config.of("url", "jdbc:postgresql://h/db?password=x",
        "connect-timeout", "5s", "username", "u"));
    assertThat(e.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(e.displayUrl()).isEqualTo("jdbc:postgresql://h/db");
    assertThat(e.toString()).doesNotContain("password=x");
  }

  @Test
  void wrongOrMissingUrlsNameTheKey() {
    assertThatThrownBy(() -> new PostgresSinkFactory().create("pg", Config.of("url", "jdbc:mysql://h/")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("jdbc:postgresql:")
        .extracting(ex -> ((ConfigException) ex).key()).isEqualTo("url");
    assertThatThrownBy(() -> new MySqlSinkFactory().create("my", Config.of("username", "u")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("url");
  }

  @Test
  void rowsPerStatementIsBounded() {
    assertThat(Config.of("rows-per-statement", "250").get(MySqlSinkOptions.ROWS_PER_STATEMENT))
        .isEqualTo(250);
    assertThat(Config.of().get(MySqlSinkOptions.ROWS_PER_STATEMENT)).isEqualTo(1000);
    assertThatThrownBy(() -> Config.of("rows-per-statement", "0").get(MySqlSinkOptions.ROWS_PER_STATEMENT))
        .isInstanceOf(ConfigException.class).hasMessageContaining("rows-per-statement");
  }
}
