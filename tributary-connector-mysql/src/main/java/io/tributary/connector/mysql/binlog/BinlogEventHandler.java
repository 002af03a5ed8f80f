package io.tributary.connector.mysql.binlog;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.GtidEventData;
import com.github.shyiko.mysql.binlog.event.MariadbGtidEventData;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.RotateEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.TransactionPayloadEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer.EventDataWrapper;
import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.mysql.binlog.TableBindings.ShapeChange;
import io.tributary.connector.mysql.position.BinlogPosition;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * Where a binlog row becomes a {@link ChangeEvent}: follows transactions (GTID / BEGIN ... XID /
 * COMMIT), binds table maps, converts and emits the rows of captured tables one event per row, and
 * turns TRUNCATE / DROP statements and changed table maps into {@link SchemaChange}s. Called on the
 * thread running the source, by the binlog client.
 */
final class BinlogEventHandler {
  private final SourceContext context;
  private final TableBindings bindings;
  private final BinlogCursor cursor;
  private boolean unflushed;
  private long delivered;

  BinlogEventHandler(SourceContext context, TableBindings bindings, BinlogCursor cursor) {
    this.context = context;
    this.bindings = bindings;
    this.cursor = cursor;
  }

  BinlogCursor cursor() {
    return cursor;
  }

  /** Rows and schema changes emitted so far. */
  long delivered() {
    return delivered;
  }

  /** Handles one event; {@code at} is the header that positions it (the event's own, or its payload's). */
  void handle(Event event, EventHeaderV4 at) throws InterruptedException {
    EventData data = EventDataWrapper.internal(event.getData());
    EventHeaderV4 header = event.getHeader();
    switch (header.getEventType()) {
      case ROTATE -> cursor.rotate(((RotateEventData) data).getBinlogFilename());
      case MARIADB_GTID -> cursor.begin(at.getPosition(), mariaDbGtid((MariadbGtidEventData) data, header));
      case GTID -> cursor.begin(at.getPosition(), data instanceof GtidEventData g ? g.getMySqlGtid().toString() : null);
      case ANONYMOUS_GTID, GTID_TAGGED -> cursor.begin(at.getPosition(), null);
      case QUERY -> query((QueryEventData) data, at);
      case TABLE_MAP -> tableMap((TableMapEventData) data, at);
      case WRITE_ROWS, EXT_WRITE_ROWS -> inserts((WriteRowsEventData) data, header, at);
      case UPDATE_ROWS, EXT_UPDATE_ROWS -> updates((UpdateRowsEventData) data, header, at);
      case DELETE_ROWS, EXT_DELETE_ROWS -> deletes((DeleteRowsEventData) data, header, at);
      case XID -> commit(at.getNextPosition());
      case TRANSACTION_PAYLOAD -> payload((TransactionPayloadEventData) data, at);
      default -> { }
    }
  }

  private static String mariaDbGtid(MariadbGtidEventData gtid, EventHeaderV4 header) {
    return gtid.getDomainId() + "-" + header.getServerId() + "-" + gtid.getSequence();
  }

  private void payload(TransactionPayloadEventData payload, EventHeaderV4 at) throws InterruptedException {
    for (Event inner : payload.getUncompressedEvents()) {
      handle(inner, at);
    }
  }

  private void query(QueryEventData query, EventHeaderV4 at) throws InterruptedException {
    String sql = query.getSql().trim();
    String upper = sql.length() > 12 ? sql.substring(0, 12).toUpperCase(Locale.ROOT) : sql.toUpperCase(Locale.ROOT);
    if (upper.equals("BEGIN") || upper.startsWith("XA START")) {
      if (!cursor.inTransaction()) {
        cursor.begin(at.getPosition(), null);
      }
      return;
    }
    if (upper.equals("COMMIT") || upper.equals("ROLLBACK") || upper.startsWith("XA COMMIT")) {
      commit(at.getNextPosition());
      return;
    }
    if (upper.startsWith("XA END") || upper.startsWith("XA PREPARE") || upper.startsWith("SAVEPOINT")) {
      return;
    }
    DdlStatement ddl = DdlStatement.parse(sql, query.getDatabase());
    BinlogPosition after = cursor.commit(at.getNextPosition());
    if (ddl != null) {
      int emitted = DdlChanges.emit(ddl, sql, after, bindings, context);
      unflushed |= emitted > 0;
      delivered += emitted;
    }
    flushIfNeeded();
  }

  private void tableMap(TableMapEventData map, EventHeaderV4 at) throws InterruptedException {
    if (!cursor.inTransaction()) {
      cursor.begin(at.getPosition(), null);
    }
    ShapeChange change = bindings.bind(map);
    if (change != null) {
      context.emit(new SchemaChange(change.kind(), change.table(), change.before(), change.after(), cursor.changePosition(), null));
      unflushed = true;
      delivered++;
    }
  }

  private void inserts(WriteRowsEventData rows, EventHeaderV4 header, EventHeaderV4 at) throws InterruptedException {
    TableBinding binding = binding(rows.getTableId(), at);
    for (Serializable[] row : rows.getRows()) {
      if (cursor.nextRow() && binding.captured()) {
        emit(Operation.INSERT, binding, null, convert(binding, row), header);
      }
    }
  }

  private void updates(UpdateRowsEventData rows, EventHeaderV4 header, EventHeaderV4 at) throws InterruptedException {
    TableBinding binding = binding(rows.getTableId(), at);
    for (Map.Entry<Serializable[], Serializable[]> row : rows.getRows()) {
      if (cursor.nextRow() && binding.captured()) {
        emit(Operation.UPDATE, binding, convert(binding, row.getKey()), convert(binding, row.getValue()), header);
      }
    }
  }

  private void deletes(DeleteRowsEventData rows, EventHeaderV4 header, EventHeaderV4 at) throws InterruptedException {
    TableBinding binding = binding(rows.getTableId(), at);
    for (Serializable[] row : rows.getRows()) {
      if (cursor.nextRow() && binding.captured()) {
        emit(Operation.DELETE, binding, convert(binding, row), null, header);
      }
    }
  }

  private TableBinding binding(long tableId, EventHeaderV4 at) {
    TableBinding binding = bindings.get(tableId);
    if (binding == null) {
      throw new TributaryException(
          "binlog rows at " + cursor.file() + ":" + at.getPosition() + " refer to table id " + tableId
              + " without a preceding table map; the stream did not start at a transaction boundary");
    }
    if (!cursor.inTransaction()) {
      cursor.begin(at.getPosition(), null);
    }
    return binding;
  }

  private Object[] convert(TableBinding binding, Serializable[] cells) {
    if (cells.length != binding.binlogColumns()) {
      throw new TributaryException(
          "binlog row of " + binding.id() + " at " + cursor.rowPosition() + " has " + cells.length + " of "
              + binding.binlogColumns() + " columns: the writing session did not use binlog_row_image=FULL."
              + " Set binlog_row_image=FULL globally (my.cnf and SET GLOBAL) and do not override it per session.");
    }
    try {
      return binding.row(cells);
    } catch (RuntimeException e) {
      throw new TributaryException(
          "cannot convert the binlog row of " + binding.id() + " at " + cursor.rowPosition() + ", column "
              + binding.failingColumn(cells) + ": " + e.getMessage(), e);
    }
  }

  private void emit(Operation op, TableBinding binding, Object[] before, Object[] after, EventHeaderV4 header)
      throws InterruptedException {
    context.emit(
        new ChangeEvent(op, binding.schema(), before, after, cursor.rowPosition(), header.getTimestamp(), cursor.transactionId()));
    unflushed = true;
    delivered++;
  }

  private void commit(long nextPosition) throws InterruptedException {
    cursor.commit(nextPosition);
    flushIfNeeded();
  }

  private void flushIfNeeded() throws InterruptedException {
    if (unflushed) {
      unflushed = false;
      context.flush();
    }
  }

  /** Hands over what is buffered (before waiting for more input, or on the way out). */
  void flush() throws InterruptedException {
    flushIfNeeded();
  }
}
