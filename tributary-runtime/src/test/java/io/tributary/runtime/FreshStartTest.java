package io.tributary.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceContext;
import io.tributary.api.source.SourceFactory;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import io.tributary.runtime.PipelineDefinition.SourceDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh start (some lane of some sink never committed) makes the source take a new snapshot at
 * the current log position and stream from there. A lane of another sink that had committed a
 * log position before it must still take the new snapshot's rows: the changes between its
 * position and the new snapshot reach it only through them.
 */
class FreshStartTest {
  @TempDir Path state;
  static final TableSchema T = FakeLog.TABLES.get(0);

  @Test
  void aLaneAlreadyInTheLogTakesTheNewSnapshotRows() throws Exception {
    FakeTarget behind = new FakeTarget(1);
    behind.positions.put(0, "-3"); // still in the first snapshot
    behind.positions.put(1, "10"); // already in the log, at offset 10
    behind.tables.put(T.id(), new TreeMap<>());
    FakeTarget fresh = new FakeTarget(2); // never committed: the pipeline starts from scratch
    // the state at offset 50 (rows changed after offset 10 included), as a new snapshot would read it
    List<Object[]> now = List.of(new Object[] {1L, "at 50", 41L}, new Object[] {2L, "at 50", 42L},
        new Object[] {3L, "at 50", 43L}, new Object[] {4L, "at 50", 44L});
    SourceFactory source = new NewSnapshotSource(now);
    PipelineDefinition def = new PipelineDefinition("fresh", 2, state, Duration.ofMillis(20), 50, Duration.ofMillis(2), 2048, 0,
        new SourceDefinition(source, Config.of()),
        List.of(new SinkDefinition("behind", behind, Config.of(), Pattern.compile(".*"), false),
            new SinkDefinition("fresh", fresh, Config.of(), Pattern.compile(".*"), false)));
    assertThat(new Pipeline(def).run()).isZero();
    for (FakeTarget target : List.of(behind, fresh)) {
      assertThat(target.tables.get(T.id()).keySet()).containsExactly(1L, 2L, 3L, 4L);
      assertThat(target.tables.get(T.id()).values()).allSatisfy(row -> assertThat(row[1]).isEqualTo("at 50"));
    }
  }

  /** A source that, started from nothing, reads a new snapshot (positions -4..-1) and ends. */
  private record NewSnapshotSource(List<Object[]> rows) implements SourceFactory {
    @Override public String identifier() {
      return "new-snapshot";
    }

    @Override public List<Option<?>> options() {
      return List.of();
    }

    @Override public SourcePosition decodePosition(String encoded) {
      return new TestPosition(Long.parseLong(encoded));
    }

    @Override public Source create(Config config, String pipelineName) {
      return new Source() {
        @Override public List<TableSchema> discover() {
          return List.of(T);
        }

        @Override public void run(SourceContext context, SourcePosition resumeFrom) throws InterruptedException {
          assertThat(resumeFrom).as("a sink never committed, so the source starts afresh").isNull();
          long offset = -rows.size();
          for (Object[] row : rows) {
            context.emit(new ChangeEvent(Operation.SNAPSHOT_READ, T, null, row, new TestPosition(offset++), 0, null));
          }
          context.flush();
        }

        @Override public void stop() {}

        @Override public void close() {}
      };
    }
  }
}
