package io.tributary.runtime.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.api.TributaryException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

/**
 * A pipeline's state directory: an exclusive lock (one process per pipeline), the last completed
 * checkpoint ({@code checkpoint.json}) and the dead-letter files. Files are replaced atomically and
 * fsynced, so a crash leaves either the old or the new checkpoint, never a torn one.
 *
 * <p>The sinks' offsets are the source of truth for resuming; the checkpoint file records what the
 * pipeline last confirmed to the source, for operators and tools.
 */
public final class StateDirectory implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private StateDirectory(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /** Creates the directory when missing and takes its lock; fails when another process holds it. */
  public static StateDirectory open(Path dir, String pipeline) {
    try {
      Files.createDirectories(dir);
      FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        ch.close();
        throw new TributaryException("pipeline '" + pipeline + "' is already running: another process holds the lock on "
            + dir.toAbsolutePath() + "/.lock; stop it first, or give this pipeline another name or state-dir");
      }
      return new StateDirectory(dir, ch, lock);
    } catch (IOException e) {
      throw new TributaryException("cannot use state directory " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  public Path path() {
    return dir;
  }

  /** Records a completed checkpoint: the resume position and free-form details. */
  public void writeCheckpoint(String position, Map<String, String> details) {
    ObjectNode node = JSON.createObjectNode();
    node.put("position", position);
    node.put("time", Instant.now().toString());
    details.forEach(node::put);
    try {
      writeAtomically(dir.resolve("checkpoint.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
    } catch (IOException e) {
      throw new TributaryException("cannot write checkpoint to " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /** The position of the last recorded checkpoint, or null. */
  public String readCheckpointPosition() {
    Path f = dir.resolve("checkpoint.json");
    if (!Files.exists(f)) {
      return null;
    }
    try {
      return JSON.readTree(f.toFile()).path("position").asText(null);
    } catch (IOException e) {
      throw new TributaryException("cannot read " + f.toAbsolutePath() + ": " + e.getMessage()
          + "; delete it to let the pipeline resume from the sinks' committed offsets", e);
    }
  }

  /** Writes a file by writing a sibling, fsyncing it and renaming it over the target. */
  public static void writeAtomically(Path target, byte[] content) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(content);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    try (FileChannel d = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException ignored) {
      // some file systems cannot fsync a directory; the rename is still atomic
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException ignored) {
      // the lock goes with the process anyway
    }
  }
}
