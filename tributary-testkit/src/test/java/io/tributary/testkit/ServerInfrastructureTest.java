package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerInfrastructureTest {

  @TempDir
  Path temp;

  @Test
  void uniqueDatabaseNamesAreSafeIdentifiers() {
    String first = DatabaseNames.unique("Shop-Orders Ü");
    String second = DatabaseNames.unique("Shop-Orders Ü");

    assertThat(first).matches("shop_orders___\\d+_[0-9a-f]{6}").isNotEqualTo(second);
    assertThat(DatabaseNames.unique("")).startsWith("db_");
    assertThat(DatabaseNames.unique(null)).startsWith("db_");
    assertThat(DatabaseNames.unique("x".repeat(100))).hasSizeLessThan(63);
  }

  @Test
  void failedCommandsQuoteTheirExitStatusAndOutput() {
    Path log = temp.resolve("command.log");

    assertThatThrownBy(() -> ExternalCommand.run(List.of("sh", "-c", "echo first; echo boom >&2; exit 3"), log,
        Duration.ofSeconds(30)))
        .isInstanceOf(ThrowawayServerException.class)
        .hasMessageContaining("exited with status 3")
        .hasMessageContaining("first\nboom");
    assertThat(ExternalCommand.succeeds(List.of("true"), log)).isTrue();
    assertThat(ExternalCommand.succeeds(List.of("false"), log)).isFalse();
  }

  @Test
  void commandsThatHangAreKilledAtTheTimeout() {
    assertThatThrownBy(() -> ExternalCommand.run(List.of("sleep", "30"), temp.resolve("sleep.log"),
        Duration.ofMillis(300)))
        .hasMessageContaining("did not finish within");
  }

  @Test
  void logTailReadsOnlyWhatWasWrittenSinceTheOffset() throws Exception {
    Path log = temp.resolve("server.log");
    Files.writeString(log, "old line\n");
    long offset = LogTail.size(log);
    Files.writeString(log, "old line\nnew 1\nnew 2\nnew 3\n");

    assertThat(LogTail.since(log, offset, 2)).isEqualTo("new 2\nnew 3");
    assertThat(LogTail.since(log, LogTail.size(log), 10)).isEqualTo("(log is empty)");
    assertThat(LogTail.since(temp.resolve("missing.log"), 0, 10)).startsWith("(cannot read");
  }

  @Test
  void executablesAreFoundInPreferredFoldersFirst() {
    assertThat(HostSystem.findExecutable("sh", List.of("/bin"))).contains(Path.of("/bin/sh"));
    assertThat(HostSystem.findExecutable("no-such-program-anywhere", List.of("/bin"))).isEmpty();
    assertThat(HostSystem.freePort("127.0.0.1")).isBetween(1, 65535);
  }
}
