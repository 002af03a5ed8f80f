package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleServerReaperTest {

  private static final List<String> PREFIXES = List.of("tributary-mariadb-", "tributary-postgresql-");

  @TempDir
  Path temp;

  @Test
  void killsTheServerOfAFolderWhoseOwnerJvmIsGoneAndDeletesIt() throws Exception {
    Path orphan = Files.createDirectory(temp.resolve("tributary-postgresql-1"));
    Files.writeString(orphan.resolve("owner"), deadPid() + " 0\n");
    Path fakeServer = Files.copy(Path.of("/bin/sleep"), temp.resolve("postgres"), StandardCopyOption.COPY_ATTRIBUTES);
    Process server = new ProcessBuilder(fakeServer.toString(), "300").start();
    StaleServerReaper.recordServer(orphan, server.pid());

    StaleServerReaper.reapOrphans(temp, PREFIXES);

    assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(orphan).doesNotExist();
  }

  @Test
  void leavesFoldersOfLiveJvmsUnclaimedFoldersAndOtherProcessesAlone() throws Exception {
    Path mine = Files.createDirectory(temp.resolve("tributary-mariadb-2"));
    StaleServerReaper.claim(mine);
    Path unclaimed = Files.createDirectory(temp.resolve("tributary-mariadb-3"));
    Path recycledPid = Files.createDirectory(temp.resolve("tributary-mariadb-4"));
    Files.writeString(recycledPid.resolve("owner"), deadPid() + " 0\n");
    Process unrelated = new ProcessBuilder("sleep", "300").start();
    StaleServerReaper.recordServer(recycledPid, unrelated.pid());
    Path otherPrefix = Files.createDirectory(temp.resolve("tributary-other-5"));
    Files.writeString(otherPrefix.resolve("owner"), deadPid() + " 0\n");

    try {
      StaleServerReaper.reapOrphans(temp, PREFIXES);

      assertThat(mine).exists();
      assertThat(unclaimed).exists();
      assertThat(otherPrefix).exists();
      assertThat(recycledPid).doesNotExist();
      assertThat(unrelated.waitFor(Duration.ofMillis(200).toMillis(), TimeUnit.MILLISECONDS)).isFalse();
    } finally {
      unrelated.destroyForcibly();
    }
  }

  /** The pid of a process that has exited. */
  private static long deadPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }
}
