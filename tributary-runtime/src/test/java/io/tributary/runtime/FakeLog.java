package io.tributary.runtime;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceContext;
import io.tributary.api.source.SourceFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A generated change log over two tables (inserts, updates, key-changing updates, deletes) served
 * by a source that replays it from any position and then returns, plus the table contents the log
 * leads to. Offsets below zero are an "initial copy" of a few rows.
 */
final class FakeLog implements SourceFactory {
  static final List<TableSchema> TABLES = List.of(schema("a"), schema("b"));
  final List<ChangeEvent> events = new ArrayList<>();
  final Map<TableId, TreeMap<Long, Object[]>> expected = new HashMap<>();
  volatile int emitted;
  /** When true, the source idles after the log's end until it is stopped, like a live source. */
  volatile boolean followUntilStopped;

  FakeLog(long seed, int size) {
    Random rnd = new Random(seed);
    long offset = -20;
    for (TableSchema t : TABLES) {
      expected.put(t.id(), new TreeMap<>());
      for (long id = 0; id < 10; id++) {
        add(Operation.SNAPSHOT_READ, t, null, new Object[] {id, "s" + id, offset}, offset++);
      }
    }
    for (long o = 0; o < size; o++) {
      TableSchema t = TABLES.get(rnd.nextInt(2));
      TreeMap<Long, Object[]> rows = expected.get(t.id());
      long id = rnd.nextInt(60);
      Object[] old = rows.get(id);
      int kind = rnd.nextInt(10);
      if (old == null) {
        add(Operation.INSERT, t, null, new Object[] {id, "i" + o, o}, o);
      } else if (kind < 2) {
        add(Operation.DELETE, t, old, null, o);
      } else if (kind < 3 && !rows.containsKey(id + 100)) {
        add(Operation.UPDATE, t, old, new Object[] {id + 100, "k" + o, o}, o);
      } else {
        add(Operation.UPDATE, t, old, new Object[] {id, "u" + o, o}, o);
      }
    }
  }

  private static TableSchema schema(String name) {
    return new TableSchema(new TableId("db", name), List.of(new Column("id", DataType.int64(), false),
        new Column("v", DataType.string(-1), true), new Column("offset", DataType.int64(), false)), List.of("id"), 1);
  }

  private void add(Operation op, TableSchema t, Object[] before, Object[] after, long offset) {
    events.add(new ChangeEvent(op, t, before, after, new TestPosition(offset), offset, null));
    TreeMap<Long, Object[]> rows = expected.get(t.id());
    if (before != null) {
      rows.remove((Long) before[0]);
    }
    if (after != null) {
      rows.put((Long) after[0], after);
    }
  }

  @Override
  public String identifier() {
    return "fake-log";
  }

  @Override
  public List<Option<?>> options() {
    return List.of();
  }

  @Override
  public SourcePosition decodePosition(String encoded) {
    return new TestPosition(Long.parseLong(encoded));
  }

  @Override
  public Source create(Config config, String pipelineName) {
    return new Source() {
      volatile boolean stopped;

      @Override public List<TableSchema> discover() {
        return TABLES;
      }

      @Override public void run(SourceContext context, SourcePosition resumeFrom) throws InterruptedException {
        long from = resumeFrom == null ? Long.MIN_VALUE : ((TestPosition) resumeFrom).offset();
        for (ChangeEvent e : events) {
          if (stopped) {
            break;
          }
          long o = ((TestPosition) e.position()).offset();
          if (o > from) {
            context.emit(e);
            emitted++;
            if (o % 7 == 0) {
              context.flush();
            }
          }
        }
        context.flush();
        while (followUntilStopped && !stopped) {
          Thread.sleep(10);
        }
      }

      @Override public void stop() {
        stopped = true;
      }

      @Override public void close() {}
    };
  }
}
