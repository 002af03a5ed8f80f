package io.tributary.runtime;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkFactory;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * An in-memory target that outlives pipeline runs, with injected faults. Rows are keyed by their
 * first column (a long id); the last column holds the log offset of the event that wrote the row,
 * so the target can check that no lane is ever sent an upsert at or before what it committed (a
 * delete carries the old row, whose offset is older).
 */
final class FakeTarget implements SinkFactory {
  final Map<TableId, TreeMap<Long, Object[]>> tables = new HashMap<>();
  final Map<Integer, String> positions = new HashMap<>();
  final Random random;
  /** Receive every event in order (a change-log sink) instead of folded rows. */
  boolean changeLog;
  /** Change-log mode: events received, and the last offset applied per key. */
  long logEvents;
  final Map<String, Long> lastOffsetOfKey = new HashMap<>();
  double fatalRate;
  double retriableRate;
  int writes;
  String violation;

  FakeTarget(long seed) {
    random = new Random(seed);
  }

  @Override
  public String identifier() {
    return "fake";
  }

  @Override
  public boolean changeLog() {
    return changeLog;
  }

  @Override
  public List<Option<?>> options() {
    return List.of();
  }

  @Override
  public Sink create(String name, Config config) {
    return new Sink() {
      @Override public void open(SinkContext context) {}
      @Override public Map<Integer, String> committedPositions() {
        synchronized (FakeTarget.this) {
          return new HashMap<>(positions);
        }
      }
      @Override public void ensureTable(TableSchema schema) {
        synchronized (FakeTarget.this) {
          tables.computeIfAbsent(schema.id(), t -> new TreeMap<>());
        }
      }
      @Override public void applySchemaChange(SchemaChange change) {}
      @Override public SinkWriter openWriter(int lane) {
        return new Writer(lane);
      }
      @Override public void close() {}
    };
  }

  private final class Writer implements SinkWriter {
    private final int lane;

    Writer(int lane) {
      this.lane = lane;
    }

    @Override
    public void write(SinkBatch batch) {
      synchronized (FakeTarget.this) {
        writes++;
        double r = random.nextDouble();
        if (r < retriableRate / 2) {
          throw new RetriableException("injected: connection lost before commit", null);
        }
        if (r < fatalRate / 2) {
          throw new TributaryException("injected crash before commit");
        }
        String committed = positions.get(lane);
        if (changeLog ? !batch.tables().isEmpty() : !batch.events().isEmpty()) {
          violation = changeLog ? "a change-log sink was sent folded rows" : "a folding sink was sent events";
        }
        for (ChangeEvent e : batch.events()) {
          apply(committed, e);
        }
        for (TableChanges tc : batch.tables()) {
          TreeMap<Long, Object[]> t = tables.get(tc.schema().id());
          for (Object[] d : tc.deletes()) {
            t.remove((Long) d[0]);
          }
          for (Object[] u : tc.upserts()) {
            check(committed, u);
            t.put((Long) u[0], u);
          }
        }
        positions.put(lane, batch.position().encode());
        if (r < retriableRate) {
          throw new RetriableException("injected: connection lost after commit", null);
        }
        if (r < retriableRate + fatalRate) {
          throw new TributaryException("injected crash after commit");
        }
      }
    }

    /** Applies one event of a change log: per key, offsets must only grow. */
    private void apply(String committed, ChangeEvent e) {
      logEvents++;
      TreeMap<Long, Object[]> t = tables.get(e.schema().id());
      Object[] row = e.keyRow();
      String key = e.schema().id() + "/" + row[0];
      long offset = Long.parseLong(e.position().encode());
      Long previous = lastOffsetOfKey.put(key, offset);
      if (previous != null && offset < previous && violation == null) {
        violation = "key " + key + " got offset " + offset + " after " + previous;
      }
      if (e.op() == Operation.DELETE) {
        t.remove((Long) row[0]);
      } else {
        check(committed, row);
        t.put((Long) row[0], row);
      }
    }

    private void check(String committed, Object[] row) {
      long offset = (Long) row[row.length - 1];
      if (committed != null && offset >= 0 && offset <= Long.parseLong(committed) && violation == null) {
        violation = "lane " + lane + " was sent offset " + offset + " after committing " + committed;
      }
    }

    @Override
    public String committedPosition() {
      synchronized (FakeTarget.this) {
        return positions.get(lane);
      }
    }

    @Override
    public void close() {}
  }
}
