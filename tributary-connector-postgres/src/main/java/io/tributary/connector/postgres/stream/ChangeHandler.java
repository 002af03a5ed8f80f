package io.tributary.connector.postgres.stream;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Begin;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Commit;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Delete;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Insert;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Relation;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Truncate;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Update;
import io.tributary.connector.postgres.pgoutput.TupleData;
import io.tributary.connector.postgres.position.Lsn;
import io.tributary.connector.postgres.position.WalPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a pgoutput message becomes a {@link ChangeEvent}: follows transactions, binds relations,
 * converts and emits the rows of captured tables one event per row (skipping those delivered
 * before a resume), and turns TRUNCATE and changed Relation messages into {@link SchemaChange}s.
 * Called on the thread running the source.
 */
final class ChangeHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ChangeHandler.class);

  private final SourceContext context;
  private final RelationBindings bindings;
  private final WalCursor cursor;
  private final AckTracker acks;
  private final RowImages images;
  private boolean unflushed;
  private long delivered;
  private Lsn processedEnd = Lsn.ZERO;

  ChangeHandler(SourceContext context, RelationBindings bindings, WalCursor cursor, AckTracker acks,
      UnchangedToastPolicy unchangedToast) {
    this.context = context;
    this.bindings = bindings;
    this.cursor = cursor;
    this.acks = acks;
    this.images = new RowImages(unchangedToast);
  }

  WalCursor cursor() {
    return cursor;
  }

  /** Events and schema changes emitted so far. */
  long delivered() {
    return delivered;
  }

  /** The end LSN of the last transaction processed (captured rows or not). */
  Lsn processedEnd() {
    return processedEnd;
  }

  void handle(PgOutputMessage message) throws InterruptedException {
    if (message instanceof Insert i) {
      row(i.relationId(), Operation.INSERT, null, false, i.newRow());
    } else if (message instanceof Update u) {
      row(u.relationId(), Operation.UPDATE, u.oldRow(), u.oldIsFullRow(), u.newRow());
    } else if (message instanceof Delete d) {
      row(d.relationId(), Operation.DELETE, d.oldRow(), d.oldIsFullRow(), null);
    } else if (message instanceof Begin b) {
      cursor.begin(b.finalLsn(), b.commitEpochMillis(), b.xid());
    } else if (message instanceof Commit c) {
      commit(c);
    } else if (message instanceof Relation r) {
      bindings.bind(r);
    } else if (message instanceof Truncate t) {
      truncate(t);
    }
  }

  private void row(int relationId, Operation op, TupleData oldRow, boolean oldIsFull, TupleData newRow)
      throws InterruptedException {
    boolean deliver = cursor.nextRow();
    RelationBinding binding = binding(relationId);
    if (!binding.captured()) {
      return;
    }
    cursor.captured();
    if (!deliver) {
      return;
    }
    emitPendingChange(binding);
    WalPosition position = cursor.rowPosition();
    Object[] before;
    Object[] after;
    try {
      boolean keyChanged = oldRow != null && !oldIsFull;
      after = newRow == null ? null
          : images.newImage(binding, newRow, oldIsFull ? oldRow : null, keyChanged, position);
      before = op == Operation.INSERT ? null
          : oldRow != null ? images.oldImage(binding, oldRow, position) : images.keyOnly(binding, after);
    } catch (IllegalArgumentException e) {
      throw new TributaryException("cannot convert the " + op + " of " + binding.table().id() + " at " + position + ": "
          + e.getMessage(), e);
    }
    context.emit(new ChangeEvent(op, binding.table().schema(), before, after, position, cursor.commitMillis(),
        cursor.transactionId()));
    unflushed = true;
    delivered++;
  }

  private void truncate(Truncate truncate) throws InterruptedException {
    boolean deliver = cursor.nextRow();
    for (int relationId : truncate.relationIds()) {
      RelationBinding binding = binding(relationId);
      if (!binding.captured()) {
        continue;
      }
      cursor.captured();
      if (deliver) {
        emitPendingChange(binding);
        LOG.info("table {} truncated at {}", binding.table().id(), cursor.rowPosition());
        context.emit(new SchemaChange(SchemaChange.Kind.TRUNCATE_TABLE, binding.table().id(),
            binding.table().schema(), binding.table().schema(), cursor.rowPosition(), null));
        unflushed = true;
        delivered++;
      }
    }
  }

  private void emitPendingChange(RelationBinding binding) throws InterruptedException {
    SchemaChange.Kind kind = binding.pendingChange();
    if (kind == null) {
      return;
    }
    var before = bindings.knownShape(binding.table().id());
    context.emit(new SchemaChange(kind, binding.table().id(), before == null ? null : before.schema(),
        binding.table().schema(), cursor.beforeRow(), null));
    bindings.changeEmitted(binding);
    unflushed = true;
    delivered++;
  }

  private RelationBinding binding(int relationId) {
    RelationBinding binding = bindings.get(relationId);
    if (binding == null) {
      throw new TributaryException("a change at " + cursor.rowPosition() + " refers to relation " + relationId
          + " without a Relation message before it on this connection; the stream is out of step (a bug)");
    }
    return binding;
  }

  private void commit(Commit commit) throws InterruptedException {
    long lastCaptured = cursor.commit();
    processedEnd = commit.endLsn();
    if (lastCaptured > 0) {
      acks.transactionEnded(commit.commitLsn(), lastCaptured, commit.endLsn());
      acks.delivered(new WalPosition(commit.commitLsn(), lastCaptured));
    }
    flush();
  }

  /** Hands over what is buffered (at a commit, before waiting for more input, on the way out). */
  void flush() throws InterruptedException {
    if (unflushed) {
      unflushed = false;
      context.flush();
    }
  }
}
