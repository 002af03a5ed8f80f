package io.tributary.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.Unchanged;
import io.tributary.api.option.Config;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import io.tributary.runtime.PipelineDefinition.SourceDefinition;
import io.tributary.runtime.function.FunctionCode;
import io.tributary.runtime.function.FunctionDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
  @TempDir Path state;

  private PipelineDefinition definition(FakeLog log, int lanes, FakeTarget... targets) {
    List<SinkDefinition> sinks = new java.util.ArrayList<>();
    for (int i = 0; i < targets.length; i++) {
      sinks.add(new SinkDefinition("t" + i, targets[i], Config.of(), Pattern.compile(".*"), false));
    }
    return new PipelineDefinition("test", lanes, state, Duration.ofMillis(20), 50, Duration.ofMillis(2), 2048, 0,
        new SourceDefinition(log, Config.of()), sinks);
  }

  private static void assertEqual(FakeLog log, FakeTarget target) {
    assertThat(target.violation).isNull();
    for (Map.Entry<TableId, TreeMap<Long, Object[]>> e : log.expected.entrySet()) {
      TreeMap<Long, Object[]> got = target.tables.get(e.getKey());
      assertThat(got.keySet()).as("keys of %s", e.getKey()).isEqualTo(e.getValue().keySet());
      for (Long id : e.getValue().keySet()) {
        assertThat(got.get(id)).as("row %s of %s", id, e.getKey()).isEqualTo(e.getValue().get(id));
      }
    }
  }

  @Test
  void aFinishedRunLeavesEveryTargetEqualToTheLog() throws Exception {
    FakeLog log = new FakeLog(1, 5_000);
    FakeTarget a = new FakeTarget(1);
    FakeTarget b = new FakeTarget(2);
    Pipeline p = new Pipeline(definition(log, 4, a, b));
    assertThat(p.run()).isZero();
    assertEqual(log, a);
    assertEqual(log, b);
    assertThat(a.positions).hasSize(4).containsValue("4999");
    assertThat(p.metrics().capturedEvents()).isEqualTo(log.events.size());
    assertThat(state.resolve("checkpoint.json")).content().contains("\"position\" : \"4999\"");
  }

  @Test
  void stoppingAnIdlePipelineAfterItsLastCheckpointExitsCleanly() throws Exception {
    FakeLog log = new FakeLog(4, 500);
    log.followUntilStopped = true;
    FakeTarget a = new FakeTarget(4);
    Pipeline p = new Pipeline(definition(log, 2, a));
    Thread stopper = new Thread(() -> {
      try {
        while (p.metrics().checkpoints() == 0 || p.metrics().lastCheckpoint().compareTo(new TestPosition(499)) < 0) {
          Thread.sleep(10);
        }
        Thread.sleep(100); // idle for several checkpoint intervals after the last one completed
      } catch (InterruptedException e) {
        return;
      }
      p.stop();
    });
    stopper.start();
    assertThat(p.run()).isZero();
    assertEqual(log, a);
  }

  @Test
  void crashesAndLostConnectionsNeitherLoseNorRepeatChanges() throws Exception {
    int totalCrashes = 0;
    for (long seed = 0; seed < 5; seed++) {
      FakeLog log = new FakeLog(seed, 3_000);
      FakeTarget a = new FakeTarget(seed);
      FakeTarget b = new FakeTarget(seed + 100);
      a.fatalRate = 0.03;
      a.retriableRate = 0.05;
      b.fatalRate = 0.02;
      int crashes = 0;
      while (true) {
        try {
          new Pipeline(definition(log, 3, a, b)).run();
          break;
        } catch (TributaryException e) {
          assertThat(e.getMessage()).contains("injected crash");
          crashes++;
          assertThat(crashes).as("seed %d never finished", seed).isLessThan(500);
        }
      }
      totalCrashes += crashes;
      assertEqual(log, a);
      assertEqual(log, b);
    }
    assertThat(totalCrashes).as("injected crashes over all seeds").isGreaterThanOrEqualTo(5);
  }

  @Test
  void functionsOnRoutedTablesKeepEveryTargetEqualThroughCrashes() throws Exception {
    Path jar = io.tributary.runtime.function.FixtureJar.build(Files.createTempDirectory(state, "jar"));
    FakeLog log = new FakeLog(21, 3_000);
    FakeTarget folding = new FakeTarget(21);
    folding.fatalRate = 0.03;
    FakeTarget changes = new FakeTarget(22);
    changes.changeLog = true;
    PipelineDefinition plain = definition(log, 4, folding, changes);
    FunctionDefinition f = new FunctionDefinition("f", Pattern.compile("mirror\\..*"), new FunctionCode.Java(jar,
        "io.tributary.runtime.function.fixture.ScriptedFunction", Config.of("keep-shape", "true", "fail", "3,17,42")),
        3, 3, Duration.ofSeconds(5), 2, Duration.ofMillis(1), Duration.ofSeconds(1));
    PipelineDefinition def = new PipelineDefinition(plain.name(), plain.parallelism(), plain.stateDir(),
        plain.checkpointInterval(), plain.batchSize(), plain.batchLinger(), plain.queueSize(), plain.maxDeadLetters(),
        plain.source(), plain.sinks(), List.of(), List.of(new TableRoute(Pattern.compile("db\\.(.*)"), "mirror.$1", null)),
        List.of(f));
    int crashes = 0;
    long handled = 0;
    while (true) {
      Pipeline p = new Pipeline(def);
      try {
        p.run();
        break;
      } catch (TributaryException e) {
        assertThat(e.getMessage()).contains("injected crash");
        assertThat(++crashes).isLessThan(500);
      } finally {
        handled += p.metrics().function("f").eventsIn();
      }
    }
    assertThat(crashes).isPositive();
    assertThat(handled).as("every change went through the function, some more than once").isGreaterThanOrEqualTo(log.events.size());
    for (FakeTarget target : List.of(folding, changes)) {
      assertThat(target.violation).isNull();
      for (Map.Entry<TableId, TreeMap<Long, Object[]>> e : log.expected.entrySet()) {
        TreeMap<Long, Object[]> got = target.tables.get(new TableId("mirror", e.getKey().name()));
        assertThat(got.keySet()).isEqualTo(e.getValue().keySet());
        e.getValue().forEach((id, row) -> assertThat(got.get(id)).isEqualTo(row));
      }
    }
  }

  @Test
  void aChangeLogSinkGetsEveryEventOnceInKeyOrderBesideAFoldingSink() throws Exception {
    FakeLog log = new FakeLog(11, 3_000);
    FakeTarget changes = new FakeTarget(11);
    changes.changeLog = true;
    FakeTarget state = new FakeTarget(12);
    assertThat(new Pipeline(definition(log, 3, changes, state)).run()).isZero();
    assertEqual(log, changes);
    assertEqual(log, state);
    long keyChanges = log.events.stream()
        .filter(e -> e.op() == Operation.UPDATE && !e.before()[0].equals(e.after()[0])).count();
    assertThat(keyChanges).isPositive();
    // a key-changing update arrives as a delete of the old key and an insert of the new one
    assertThat(changes.logEvents).isEqualTo(log.events.size() + keyChanges);
  }

  @Test
  void aChangeLogSinkThatCrashesResumesAfterWhatItCommitted() throws Exception {
    FakeLog log = new FakeLog(13, 3_000);
    FakeTarget changes = new FakeTarget(13);
    changes.changeLog = true;
    changes.fatalRate = 0.05;
    changes.retriableRate = 0.05;
    int crashes = 0;
    while (true) {
      try {
        new Pipeline(definition(log, 2, changes)).run();
        break;
      } catch (TributaryException e) {
        assertThat(e.getMessage()).contains("injected crash");
        assertThat(++crashes).isLessThan(500);
      }
    }
    assertThat(crashes).isPositive();
    assertEqual(log, changes);
  }

  @Test
  void changingTheNumberOfLanesStillConverges() throws Exception {
    FakeLog log = new FakeLog(7, 3_000);
    FakeTarget a = new FakeTarget(7);
    a.fatalRate = 0.05;
    int lanes = 4;
    for (int attempt = 0; attempt < 500; attempt++) {
      try {
        new Pipeline(definition(log, lanes, a)).run();
        break;
      } catch (TributaryException e) {
        lanes = lanes == 4 ? 2 : 4;
      }
    }
    a.violation = null; // after a re-hash, re-sending from the sink's oldest position is expected
    assertEqual(log, a);
  }

  @Test
  void aSecondProcessOnTheSameStateDirectoryIsRefused() throws Exception {
    try (var held = io.tributary.runtime.state.StateDirectory.open(state, "test")) {
      FakeLog log = new FakeLog(3, 10);
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Pipeline(definition(log, 1, new FakeTarget(3))).run()))
          .hasMessageContaining("already running");
    }
  }

  @Test
  void aKeyChangeWithAnUnchangedColumnStopsThePipelineNamingTableAndPosition() {
    FakeLog log = new FakeLog(5, 50);
    TableSchema a = FakeLog.TABLES.get(0);
    Object[] old = log.expected.get(a.id()).firstEntry().getValue();
    log.events.add(new ChangeEvent(Operation.UPDATE, a, old, new Object[] {1000L, Unchanged.VALUE, 50L},
        new TestPosition(50), 50, null));
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new Pipeline(definition(log, 2, new FakeTarget(5))).run());
    assertThat(thrown).isInstanceOf(TributaryException.class)
        .hasMessageContaining("db.a").hasMessageContaining("position 50").hasMessageContaining("changes the primary key");
  }
}
