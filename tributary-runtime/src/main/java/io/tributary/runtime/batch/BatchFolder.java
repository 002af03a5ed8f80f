package io.tributary.runtime.batch;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.TableChanges;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the events of one lane into one micro-batch: per table and primary key only the last
 * change survives — an upsert of the latest row image, or a delete. A row updated a thousand times
 * in a batch costs one write.
 *
 * <p>An insert followed by a delete of the same key folds to a delete, not to nothing: after a
 * restart the initial copy may already have written the row, and a delete of an absent key is
 * harmless where a skipped one would leave a stale row.
 *
 * <p>An UPDATE whose {@code after} row carries {@link Unchanged#VALUE} in a column takes that
 * column's value from the upsert this batch already holds for the key (the latest full value
 * known); without one the marker stays and the sink keeps the target's value. The source's row is
 * never modified: a copy is made when a value is filled in. An UPDATE follows an existing row, so a
 * delete held for the key cannot precede a marker from a correct source; the marker is kept then.
 *
 * <p>Events must not change a key (the dispatcher splits key-changing updates into a delete and an
 * insert). All events of one table in one batch must have the same shape; {@link #accepts} tells
 * the caller when to flush first. Not thread-safe: one lane thread owns it.
 */
public final class BatchFolder implements LaneBuffer {
  private final Map<TableId, TableFold> tables = new LinkedHashMap<>();
  private int size;

  /** False when the event's table is already in this batch with another shape. */
  @Override
  public boolean accepts(ChangeEvent event) {
    TableFold fold = tables.get(event.schema().id());
    return fold == null || fold.schema == event.schema() || fold.schema.sameShape(event.schema());
  }

  /** Adds one event. */
  @Override
  public void add(ChangeEvent event) {
    TableSchema schema = event.schema();
    TableFold fold = tables.computeIfAbsent(schema.id(), id -> new TableFold(schema));
    if (!schema.hasPrimaryKey()) {
      throw new TributaryException("table " + schema.id() + " has no primary key; it cannot be folded or upserted");
    }
    boolean delete = event.op() == Operation.DELETE;
    Object[] row = delete ? event.before() : event.after();
    RowKey key = RowKey.of(row, fold.keyIndexes);
    Slot previous = fold.rows.put(key, new Slot(row, delete));
    if (previous == null) {
      size++;
    } else if (event.op() == Operation.UPDATE && !previous.delete && Unchanged.anyIn(row)) {
      fold.rows.put(key, new Slot(fillUnchanged(row, previous.row), false));
    }
  }

  /** A copy of {@code row} whose markers are replaced by the values of {@code latest}. */
  private static Object[] fillUnchanged(Object[] row, Object[] latest) {
    Object[] filled = row.clone();
    for (int i = 0; i < filled.length; i++) {
      if (filled[i] == Unchanged.VALUE) {
        filled[i] = latest[i];
      }
    }
    return filled;
  }

  /** Distinct keys held. */
  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public SinkBatch drain(int lane, SourcePosition position) {
    return new SinkBatch(lane, drain(), position);
  }

  /** The folded changes, per table; then empties this folder. */
  public List<TableChanges> drain() {
    List<TableChanges> out = new ArrayList<>(tables.size());
    for (TableFold fold : tables.values()) {
      List<Object[]> upserts = new ArrayList<>(fold.rows.size());
      List<Object[]> deletes = new ArrayList<>();
      for (Slot s : fold.rows.values()) {
        (s.delete ? deletes : upserts).add(s.row);
      }
      out.add(new TableChanges(fold.schema, upserts, deletes));
    }
    tables.clear();
    size = 0;
    return out;
  }

  private record Slot(Object[] row, boolean delete) {}

  private static final class TableFold {
    final TableSchema schema;
    final int[] keyIndexes;
    final HashMap<RowKey, Slot> rows = new HashMap<>();

    TableFold(TableSchema schema) {
      this.schema = schema;
      this.keyIndexes = schema.primaryKeyIndexes();
    }
  }
}
