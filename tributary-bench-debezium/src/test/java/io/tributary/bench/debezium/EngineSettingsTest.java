package io.tributary.bench.debezium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EngineSettingsTest {

  @Test
  void mariaDbCaptureReadsTheBinlogFromItsStartWithoutASnapshot() throws PeerFailure {
    Properties properties = EngineSettings.of(arguments("mariadb", "capture", "shop.orders"));

    assertThat(properties)
        .containsEntry("connector.class", "io.debezium.connector.mariadb.MariaDbConnector")
        .containsEntry("snapshot.mode", "never")
        .containsEntry("database.ssl.mode", "disable")
        .containsEntry("database.server.id", "8801")
        .containsEntry("database.include.list", "shop")
        .containsEntry("table.include.list", "shop\\.orders")
        .containsEntry("schema.history.internal", "io.debezium.relational.history.MemorySchemaHistory")
        .containsEntry("offset.storage", "org.apache.kafka.connect.storage.MemoryOffsetBackingStore")
        .containsEntry("tombstones.on.delete", "false")
        .doesNotContainKey("slot.name");
  }

  @Test
  void postgresSnapshotCreatesAFilteredPublicationAndDropsItsSlot() throws PeerFailure {
    Properties properties = EngineSettings.of(arguments("postgres", "snapshot", "public.orders"));

    assertThat(properties)
        .containsEntry("connector.class", "io.debezium.connector.postgresql.PostgresConnector")
        .containsEntry("plugin.name", "pgoutput")
        .containsEntry("snapshot.mode", "initial")
        .containsEntry("publication.autocreate.mode", "filtered")
        .containsEntry("slot.drop.on.stop", "true")
        .containsEntry("slot.name", "slot_a")
        .containsEntry("publication.name", "pub_a")
        .containsEntry("database.dbname", "shop")
        .doesNotContainKey("database.server.id");
  }

  @Test
  void postgresCaptureStreamsFromTheExistingSlotAndKeepsIt() throws PeerFailure {
    Properties properties = EngineSettings.of(arguments("postgres", "capture", "public.orders"));

    assertThat(properties)
        .containsEntry("snapshot.mode", "no_data")
        .containsEntry("publication.autocreate.mode", "disabled")
        .containsEntry("slot.drop.on.stop", "false");
  }

  @Test
  void includeListMatchesOnlyTheTableEvenWithRegexCharacters() throws PeerFailure {
    PeerArguments arguments = arguments("mariadb", "snapshot", "a.b.c$d");
    Pattern include = Pattern.compile(EngineSettings.of(arguments).getProperty("table.include.list"));

    assertThat(include.matcher("a.b.c$d").matches()).isTrue();
    assertThat(include.matcher("axb.c$d").matches()).isFalse();
    assertThat(EngineSettings.destination(arguments)).isEqualTo("bench.a.b.c_d");
  }

  @Test
  void describeMasksThePassword() throws PeerFailure {
    String description = EngineSettings.describe(EngineSettings.of(arguments("mariadb", "snapshot", "s.t")));

    assertThat(description).contains("database.password=********\n").doesNotContain("secret");
  }

  private static PeerArguments arguments(String connector, String mode, String table) throws PeerFailure {
    return PeerArguments.parse("--connector", connector, "--mode", mode, "--host", "h", "--port", "1", "--user", "u",
        "--password", "secret", "--database", "shop", "--table", table, "--expect", "1", "--work", "w",
        "--slot", "slot_a", "--publication", "pub_a");
  }
}
