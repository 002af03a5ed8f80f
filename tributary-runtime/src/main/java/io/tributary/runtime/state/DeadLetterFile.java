package io.tributary.runtime.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;

/**
 * One dead-letter file, {@code dead-letters/<name>.jsonl} under the state directory: JSON lines,
 * each fsynced before {@link #append} returns. Thread-safe.
 */
final class DeadLetterFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  DeadLetterFile(Path stateDir, String name) {
    this.file = stateDir.resolve("dead-letters").resolve(name + ".jsonl");
  }

  Path path() {
    return file;
  }

  static ObjectNode newLine() {
    return JSON.createObjectNode();
  }

  /** Puts {@code row} under {@code field} as column → value text (bytes as hex); nothing for a null row. */
  static void putRow(ObjectNode line, String field, TableSchema table, Object[] row) {
    if (row == null) {
      return;
    }
    ObjectNode values = line.putObject(field);
    List<Column> cols = table.columns();
    for (int i = 0; i < cols.size() && i < row.length; i++) {
      values.put(cols.get(i).name(), text(row[i]));
    }
  }

  synchronized void append(ObjectNode line) {
    try {
      Files.createDirectories(file.getParent());
      byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        ch.write(ByteBuffer.wrap(bytes));
        ch.force(false);
      }
    } catch (IOException e) {
      throw new TributaryException("cannot write dead letter to " + file.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  static String text(Object v) {
    if (v == null) {
      return null;
    }
    return v instanceof byte[] b ? HexFormat.of().formatHex(b) : v.toString();
  }
}
