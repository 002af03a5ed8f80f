package io.tributary.connector.postgres.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerPrerequisitesTest {
  private static final ServerSettings GOOD = new ServerSettings(150004, "logical", 10, 2, 10, "cdc", true, false);

  @Test
  void aWellSetUpServerHasNoProblems() {
    assertThat(ServerPrerequisites.problems(GOOD, false, List.of())).isEmpty();
  }

  @Test
  void everyMissingSettingIsNamedWithItsFix() {
    ServerSettings bad = new ServerSettings(150004, "replica", 4, 4, 0, "cdc", false, false);
    List<String> problems = ServerPrerequisites.problems(bad, false, List.of("public.orders"));
    assertThat(problems).hasSize(5);
    assertThat(problems.get(0)).contains("wal_level is 'replica'", "ALTER SYSTEM SET wal_level = logical", "restart");
    assertThat(problems.get(1)).contains("max_replication_slots is 4", "max_replication_slots = 5",
        "pg_drop_replication_slot");
    assertThat(problems.get(2)).contains("max_wal_senders is 0");
    assertThat(problems.get(3)).contains("lacks the REPLICATION attribute", "ALTER ROLE \"cdc\" REPLICATION;");
    assertThat(problems.get(4)).contains("may not SELECT from public.orders", "GRANT SELECT");
  }

  @Test
  void anExistingSlotNeedsNoFreeSlotAndSuperusersNeedNoReplicationAttribute() {
    ServerSettings full = new ServerSettings(150004, "logical", 4, 4, 10, "postgres", false, true);
    assertThat(ServerPrerequisites.problems(full, true, List.of())).isEmpty();
  }

  @Test
  void checkThrowsOneMessageWithEveryProblem() {
    ServerSettings bad = new ServerSettings(150004, "minimal", 10, 0, 10, "cdc", false, false);
    assertThatThrownBy(() -> ServerPrerequisites.check(bad, false, List.of(), "db:5432/shop"))
        .isInstanceOf(TributaryException.class)
        .hasMessageContaining("PostgreSQL 15.4 on db:5432/shop cannot be captured yet")
        .hasMessageContaining("wal_level").hasMessageContaining("REPLICATION");
  }
}
