package io.tributary.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans up after test JVMs that died without running their shutdown hook (killed by a timeout, SIGKILL):
 * every server folder records its owner JVM (pid and start time) and its server process; on the first server
 * start in a JVM, folders whose owner is gone have their server killed and are deleted.
 */
final class StaleServerReaper {

  private static final Logger LOG = LoggerFactory.getLogger(StaleServerReaper.class);
  private static final String OWNER_FILE = "owner";
  private static final String SERVER_PID_FILE = "server.pid";
  private static boolean reaped;

  private StaleServerReaper() {}

  /** Marks {@code folder} as belonging to this JVM. */
  static void claim(Path folder) {
    ProcessHandle self = ProcessHandle.current();
    long started = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    write(folder.resolve(OWNER_FILE), self.pid() + " " + started);
  }

  /** Records the pid of the process just launched for the server in {@code folder}. */
  static void recordServer(Path folder, long pid) {
    write(folder.resolve(SERVER_PID_FILE), Long.toString(pid));
  }

  /** Once per JVM: kills servers whose owner JVM is gone and deletes their folders. */
  static synchronized void reapOnce(List<String> folderPrefixes) {
    if (!reaped) {
      reaped = true;
      reapOrphans(Path.of(System.getProperty("java.io.tmpdir")), folderPrefixes);
    }
  }

  /** Kills the servers of folders in {@code parent} named with one of the prefixes whose owner JVM is gone. */
  static void reapOrphans(Path parent, List<String> folderPrefixes) {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, "tributary-*")) {
      for (Path folder : folders) {
        if (folderPrefixes.stream().anyMatch(p -> folder.getFileName().toString().startsWith(p))
            && isOrphan(folder)) {
          reap(folder);
        }
      }
    } catch (IOException e) {
      LOG.debug("Cannot scan {} for stale servers: {}", parent, e.toString());
    }
  }

  private static boolean isOrphan(Path folder) {
    Optional<String> owner = read(folder.resolve(OWNER_FILE));
    if (owner.isEmpty()) {
      return false;
    }
    String[] parts = owner.get().split(" ");
    try {
      long pid = Long.parseLong(parts[0]);
      long started = Long.parseLong(parts[1]);
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .flatMap(handle -> handle.info().startInstant())
          .map(instant -> instant.toEpochMilli() != started)
          .orElse(true);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return false;
    }
  }

  private static void reap(Path folder) {
    read(folder.resolve(SERVER_PID_FILE))
        .filter(pid -> pid.matches("\\d+"))
        .map(Long::parseLong)
        .flatMap(ProcessHandle::of)
        .filter(StaleServerReaper::isServerProgram)
        .ifPresent(server -> {
          server.descendants().forEach(ProcessHandle::destroyForcibly);
          server.destroyForcibly();
        });
    LOG.info("Removed {}, left behind by a test JVM that exited without stopping its server", folder);
    TemporaryFolders.delete(folder);
  }

  /** Guards against a recycled pid: only database servers (or runuser wrapping one) are killed. */
  private static boolean isServerProgram(ProcessHandle process) {
    String command = process.info().command().orElse("");
    return command.endsWith("mariadbd") || command.endsWith("postgres") || command.endsWith("runuser");
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ThrowawayServerException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
