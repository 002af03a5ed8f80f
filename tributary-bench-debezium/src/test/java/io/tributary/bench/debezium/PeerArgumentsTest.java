package io.tributary.bench.debezium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerArgumentsTest {
  private static final List<String> MARIADB = List.of("--connector", "mariadb", "--mode", "capture", "--host",
      "127.0.0.1", "--port", "3306", "--user", "root", "--password", "secret", "--database", "shop", "--table",
      "shop.orders", "--expect", "510", "--work", "/tmp/peer");

  @Test
  void parsesTheContractAndAppliesDefaults() throws PeerFailure {
    PeerArguments arguments = PeerArguments.parse(MARIADB.toArray(String[]::new));

    assertThat(arguments.connector()).isEqualTo(PeerConnector.MARIADB);
    assertThat(arguments.mode()).isEqualTo(PeerMode.CAPTURE);
    assertThat(arguments.port()).isEqualTo(3306);
    assertThat(arguments.schema()).isEqualTo("shop");
    assertThat(arguments.table()).isEqualTo("orders");
    assertThat(arguments.expect()).isEqualTo(510);
    assertThat(arguments.work()).isEqualTo(Path.of("/tmp/peer"));
    assertThat(arguments.serverId()).isEqualTo(8801);
    assertThat(arguments.timeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(arguments.slot()).isEmpty();
    assertThat(arguments.toString()).doesNotContain("secret");
  }

  @Test
  void readsOptionalArguments() throws PeerFailure {
    PeerArguments arguments = PeerArguments.parse(with(MARIADB, "--server-id", "9001", "--timeout-seconds", "60"));

    assertThat(arguments.serverId()).isEqualTo(9001);
    assertThat(arguments.timeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void postgresNeedsSlotAndPublication() {
    List<String> postgres = new ArrayList<>(MARIADB);
    postgres.set(1, "postgres");

    assertThatThrownBy(() -> PeerArguments.parse(with(postgres, "--slot", "s")))
        .isInstanceOf(PeerFailure.class)
        .hasMessage("--connector postgres needs --slot NAME and --publication NAME");
  }

  @Test
  void namesWhatIsWrong() {
    assertThatThrownBy(() -> PeerArguments.parse(with(MARIADB, "--expect", "1")))
        .hasMessage("option --expect is given twice");
    assertThatThrownBy(() -> PeerArguments.parse(with(MARIADB, "--slots", "s")))
        .hasMessageStartingWith("unknown option '--slots'; known: ");
    assertThatThrownBy(() -> PeerArguments.parse(with(MARIADB, "--server-id")))
        .hasMessage("option --server-id needs a value");
    assertThatThrownBy(() -> PeerArguments.parse(replace(MARIADB, "--port", "70000")))
        .hasMessage("--port 70000 is out of range [1, 65535]");
    assertThatThrownBy(() -> PeerArguments.parse(replace(MARIADB, "--expect", "many")))
        .hasMessage("--expect 'many' is not a whole number");
    assertThatThrownBy(() -> PeerArguments.parse(replace(MARIADB, "--table", "orders")))
        .hasMessage("--table 'orders' must be SCHEMA.TABLE (for MariaDB: DATABASE.TABLE)");
    assertThatThrownBy(() -> PeerArguments.parse(replace(MARIADB, "--mode", "stream")))
        .hasMessage("unknown --mode 'stream'; use snapshot or capture");
    assertThatThrownBy(() -> PeerArguments.parse(MARIADB.subList(0, 4).toArray(String[]::new)))
        .hasMessageStartingWith("missing required option --");
  }

  private static String[] with(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static String[] replace(List<String> base, String flag, String value) {
    List<String> all = new ArrayList<>(base);
    all.set(all.indexOf(flag) + 1, value);
    return all.toArray(String[]::new);
  }
}
