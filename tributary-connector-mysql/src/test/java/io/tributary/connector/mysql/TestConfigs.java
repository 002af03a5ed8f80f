package io.tributary.connector.mysql;

import io.tributary.api.option.Config;
import io.tributary.testkit.MariaDbServer;
import java.util.regex.Pattern;

/** Source configurations pointing at a throwaway server. */
final class TestConfigs {
  private TestConfigs() {}

  /** Captures every table of {@code database}; {@code more} adds or overrides key/value pairs. */
  static Config forDatabase(MariaDbServer server, String database, String... more) {
    Config config = Config.of(
        "hostname", server.host(), "port", Integer.toString(server.port()), "username", server.user(),
        "password", server.password(), "tables", Pattern.quote(database) + "\\..*", "heartbeat-interval", "1s",
        "connect-timeout", "5s");
    for (int i = 0; i + 1 < more.length; i += 2) {
      config = config.with(more[i], more[i + 1]);
    }
    return config;
  }
}
