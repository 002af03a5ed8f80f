package io.tributary.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL programs of one installation ({@code initdb}, {@code postgres}, {@code pg_ctl} from the same
 * folder) and how to run them: PostgreSQL refuses to run as root, so a root JVM runs them through
 * {@code runuser -u postgres --}.
 */
record PostgresBinaries(Path initdb, Path postgres, Path pgCtl) {

  /** Finds {@code initdb} (installing postgresql-15 when missing and root) and its sibling programs. */
  static PostgresBinaries locate(List<String> preferredDirs) {
    Path initdb = HostSystem.requireExecutable("initdb", preferredDirs, "postgresql-15");
    Path binDir;
    try {
      binDir = initdb.toRealPath().getParent();
    } catch (IOException e) {
      throw new ThrowawayServerException("Cannot resolve " + initdb + ": " + e.getMessage(), e);
    }
    Path postgres = binDir.resolve("postgres");
    Path pgCtl = binDir.resolve("pg_ctl");
    if (!Files.isExecutable(postgres) || !Files.isExecutable(pgCtl)) {
      throw new ThrowawayServerException("Found " + initdb + " but not postgres and pg_ctl next to it in " + binDir
          + "; reinstall PostgreSQL 15 (apt-get install -y postgresql-15)");
    }
    return new PostgresBinaries(binDir.resolve("initdb"), postgres, pgCtl);
  }

  /** The command line running {@code program} as {@code osUser} when this JVM is root, directly otherwise. */
  List<String> asServerUser(String osUser, Path program, String... arguments) {
    List<String> command = new ArrayList<>();
    if (HostSystem.runsAsRoot()) {
      command.addAll(List.of("runuser", "-u", osUser, "--"));
    }
    command.add(program.toString());
    command.addAll(List.of(arguments));
    return command;
  }

  /** Creates the (empty) data directory with mode 0700, owned by {@code osUser} when this JVM is root. */
  void prepareDataDirectory(Path dataDirectory, String osUser) throws IOException {
    Files.createDirectories(dataDirectory);
    Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
    if (HostSystem.runsAsRoot()) {
      UserPrincipalLookupService lookup = dataDirectory.getFileSystem().getUserPrincipalLookupService();
      PosixFileAttributeView view = Files.getFileAttributeView(dataDirectory, PosixFileAttributeView.class);
      view.setOwner(lookup.lookupPrincipalByName(osUser));
      try {
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(osUser);
        view.setGroup(group);
      } catch (UserPrincipalNotFoundException e) {
        // No group of that name: the user's ownership is all PostgreSQL checks.
      }
    }
  }
}
