package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a sink: the file and its folders, settings, the shared instance, the offsets table. */
class DuckDbSinkOpenIT {
  private static final TableSchema KV = new TableSchema(new TableId("s", "kv"), List.of(
      new Column("k", DataType.int32(), false), new Column("v", DataType.string(-1), true)), List.of("k"), 1);

  @TempDir Path dir;

  @Test
  void createsTheFileItsFoldersAndTheOffsetsTableAndAppliesSettings() {
    Path file = dir.resolve("a/b/lake.duckdb");
    Config config = Config.of("path", file.toString(), "threads", "1", "memory-limit", "512MB", "checkpoint-threshold", "64MiB");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(config, "p", 1, new RecordingRejections(true))) {
      assertThat(Files.exists(file)).isTrue();
      assertThat(sink.committedPositions()).isEmpty();
      assertThat(DuckDbTestDatabase.query(file, "SELECT current_setting('threads'), current_setting('checkpoint_threshold')"))
          .containsExactly(List.of("1", "64.0 MiB"));
      assertThat(DuckDbTestDatabase.query(file, "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'tributary' AND table_name = 'offsets' ORDER BY column_index"))
          .extracting(r -> r.get(0)).containsExactly("pipeline", "sink", "lane", "position", "updated_at");
    }
  }

  @Test
  void aSettingDuckDbRefusesIsAConfigErrorNamingTheOption() {
    Config config = Config.of("path", dir.resolve("bad.duckdb").toString(), "memory-limit", "lots");
    assertThatThrownBy(() -> DuckDbTestDatabase.openSink(config, "p", 1, new RecordingRejections(true)))
        .isInstanceOf(ConfigException.class).hasMessageContaining("memory-limit")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("memory-limit"));
    // The failed open released the file: it opens again.
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(dir.resolve("bad.duckdb"), "p", 1, new RecordingRejections(true))) {
      assertThat(sink.committedPositions()).isEmpty();
    }
  }

  @Test
  void twoSinksOnOneFileShareTheDatabaseInstance() {
    Path file = dir.resolve("shared.duckdb");
    DuckDbSink first = DuckDbTestDatabase.openSink(file, "p1", 1, new RecordingRejections(true));
    try (DuckDbSink second = DuckDbTestDatabase.openSink(file, "p2", 1, new RecordingRejections(true))) {
      first.ensureTable(KV);
      try (SinkWriter writer = first.openWriter(0)) {
        writer.write(new SinkBatch(0, List.of(new TableChanges(KV, List.<Object[]>of(new Object[] {1, "a"}), List.of())), new TestPosition(1)));
      }
      first.close();
      try (SinkWriter writer = second.openWriter(0)) {
        writer.write(new SinkBatch(0, List.of(new TableChanges(KV, List.<Object[]>of(new Object[] {2, "b"}), List.of())), new TestPosition(5)));
      }
      assertThat(DuckDbTestDatabase.count(file, "s.kv")).isEqualTo(2);
      assertThat(second.committedPositions()).containsExactly(java.util.Map.entry(0, "test:5"));
    }
  }

  @Test
  void anInMemoryDatabaseWorksForTests() {
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(Config.of("path", ":memory:"), "p", 2, new RecordingRejections(true))) {
      sink.ensureTable(KV);
      try (SinkWriter writer = sink.openWriter(1)) {
        writer.write(new SinkBatch(1, List.of(new TableChanges(KV, List.<Object[]>of(new Object[] {1, "a"}), List.of())), new TestPosition(3)));
        assertThat(writer.committedPosition()).isEqualTo("test:3");
      }
      assertThatThrownBy(() -> sink.openWriter(2)).hasMessageContaining("lane 2 is outside 0..1");
    }
  }

  @Test
  void writersLeftOpenAreClosedWithTheSink() {
    Path file = dir.resolve("leftover.duckdb");
    DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
    sink.ensureTable(KV);
    SinkWriter writer = sink.openWriter(0);
    writer.write(new SinkBatch(0, List.of(), new TestPosition(9)));
    sink.close();
    try (DuckDbSink reopened = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true))) {
      assertThat(reopened.committedPositions()).containsExactly(java.util.Map.entry(0, "test:9"));
    }
  }
}
