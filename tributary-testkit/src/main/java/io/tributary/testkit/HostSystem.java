package io.tributary.testkit;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the testkit needs from the machine: finding database binaries, installing them with apt-get when
 * they are missing and the JVM runs as root, and creating the OS account PostgreSQL must run under.
 * Installations are serialized across JVMs by a file lock so parallel test forks do not run apt twice.
 */
final class HostSystem {

  private static final Logger LOG = LoggerFactory.getLogger(HostSystem.class);
  private static final Path APT_LOCK = Path.of(System.getProperty("java.io.tmpdir"), "tributary-apt.lock");
  private static final Path APT_LOG = Path.of(System.getProperty("java.io.tmpdir"), "tributary-apt.log");
  private static boolean aptUpdated;

  private HostSystem() {}

  /** Whether this JVM runs with user id 0. */
  static boolean runsAsRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** A TCP port on {@code host} that was free a moment ago (the caller retries if another process takes it). */
  static int freePort(String host) {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new ThrowawayServerException("Cannot find a free TCP port on " + host + ": " + e.getMessage(), e);
    }
  }

  /** The first executable file called {@code name} in {@code preferredDirs}, then on the PATH. */
  static Optional<Path> findExecutable(String name, List<String> preferredDirs) {
    List<String> dirs = new ArrayList<>(preferredDirs);
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(File.pathSeparator)));
    }
    return dirs.stream()
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isRegularFile)
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Makes sure {@code executable} exists, installing the Debian {@code packages} when it is missing and this
   * JVM runs as root.
   *
   * @return the executable
   * @throws ThrowawayServerException when it is missing and cannot be installed; the message says what to install
   */
  static Path requireExecutable(String executable, List<String> dirs, String... packages) {
    Optional<Path> found = findExecutable(executable, dirs);
    if (found.isPresent()) {
      return found.get();
    }
    String install = "apt-get install -y " + String.join(" ", packages);
    if (!runsAsRoot()) {
      throw new ThrowawayServerException("'" + executable + "' was not found in " + dirs + " or on the PATH and "
          + "this JVM is not root, so it cannot be installed here; run `" + install + "` (as root) and retry");
    }
    withAptLock(() -> {
      if (findExecutable(executable, dirs).isEmpty()) {
        aptInstall(packages);
      }
    });
    return findExecutable(executable, dirs).orElseThrow(() -> new ThrowawayServerException("'" + executable
        + "' is still missing after `" + install + "`; see " + APT_LOG));
  }

  /** Creates the system account {@code user} when it does not exist yet (root only). */
  static void ensureSystemUser(String user, Path log) {
    if (ExternalCommand.succeeds(List.of("id", "-u", user), log)) {
      return;
    }
    withAptLock(() -> {
      if (!ExternalCommand.succeeds(List.of("id", "-u", user), log)) {
        LOG.info("Creating system user {}", user);
        ExternalCommand.run(List.of("useradd", "-r", "-M", "-s", "/bin/false", user), log, Duration.ofMinutes(1));
      }
    });
  }

  private static synchronized void aptInstall(String... packages) {
    Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
    Duration timeout = Duration.ofMinutes(20);
    if (!aptUpdated) {
      LOG.info("Running apt-get update (output in {})", APT_LOG);
      ExternalCommand.run(List.of("apt-get", "update"), APT_LOG, timeout, env);
      aptUpdated = true;
    }
    List<String> command = new ArrayList<>(List.of("apt-get", "install", "-y", "--no-install-recommends"));
    command.addAll(List.of(packages));
    LOG.info("Installing {} with apt-get (output in {})", List.of(packages), APT_LOG);
    ExternalCommand.run(command, APT_LOG, timeout, env);
  }

  /** One thread per JVM (the monitor) and one JVM per machine (the file lock) at a time. */
  private static synchronized void withAptLock(Runnable action) {
    try (FileChannel channel = FileChannel.open(APT_LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock ignored = channel.lock()) {
      action.run();
    } catch (IOException e) {
      throw new ThrowawayServerException("Cannot lock " + APT_LOCK + ": " + e.getMessage(), e);
    }
  }
}
