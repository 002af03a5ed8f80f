package io.tributary.examples.functions;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.math.BigDecimal;
import java.util.List;

/** Events of a {@code shop.orders} table (id, customer_id, amount, status) for tests. */
final class Orders {
  static final TableSchema SCHEMA =
      new TableSchema(
          new TableId("shop", "orders"),
          List.of(
              new Column("id", DataType.int64(), false),
              new Column("customer_id", DataType.int64(), false),
              new Column("amount", DataType.decimal(10, 2), true),
              new Column("status", DataType.string(20), true)),
          List.of("id"),
          1);

  static final TableSchema CUSTOMERS =
      new TableSchema(
          new TableId("shop", "customers"),
          List.of(
              new Column("id", DataType.int64(), false),
              new Column("name", DataType.string(-1), true)),
          List.of("id"),
          1);

  private static long offset = 1000;

  private Orders() {}

  static Object[] row(long id, String amount) {
    return new Object[] {id, 7L, amount == null ? null : new BigDecimal(amount), "new"};
  }

  static ChangeEvent insert(long id, String amount) {
    return event(Operation.INSERT, null, row(id, amount));
  }

  static ChangeEvent snapshotRead(long id, String amount) {
    return event(Operation.SNAPSHOT_READ, null, row(id, amount));
  }

  static ChangeEvent update(long id, String amountBefore, String amountAfter) {
    return event(Operation.UPDATE, row(id, amountBefore), row(id, amountAfter));
  }

  static ChangeEvent delete(long id, String amount) {
    return event(Operation.DELETE, row(id, amount), null);
  }

  static ChangeEvent event(Operation op, Object[] before, Object[] after) {
    return new ChangeEvent(op, SCHEMA, before, after, nextPosition(), 1_700_000_000_000L, "tx-1");
  }

  static synchronized SourcePosition nextPosition() {
    return new TestPosition("mysql-bin.000001", offset++);
  }

  /** A binlog-like position: file and offset. */
  record TestPosition(String file, long offset) implements SourcePosition {
    @Override
    public String encode() {
      return file + ":" + offset;
    }

    @Override
    public boolean isSnapshot() {
      return false;
    }

    @Override
    public int compareTo(SourcePosition other) {
      TestPosition o = (TestPosition) other;
      int c = file.compareTo(o.file);
      return c != 0 ? c : Long.compare(offset, o.offset);
    }
  }
}
