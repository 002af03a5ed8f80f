package io.tributary.testkit;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and deletes the servers' temporary folders. Folders are created world-traversable (0755) because
 * PostgreSQL runs as another OS user and must reach its data directory through them.
 */
final class TemporaryFolders {

  private static final Logger LOG = LoggerFactory.getLogger(TemporaryFolders.class);

  private TemporaryFolders() {}

  static Path create(String prefix) {
    try {
      Path folder = Files.createTempDirectory(prefix);
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
      return folder;
    } catch (IOException e) {
      throw new ThrowawayServerException("Cannot create a temporary folder in " + System.getProperty("java.io.tmpdir")
          + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the folder and everything below it; failures are logged, not thrown. */
  static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException error) throws IOException {
          Files.deleteIfExists(directory);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      LOG.warn("Cannot delete {}: {}", folder, e.toString());
    }
  }
}
