package io.tributary.transform;

import io.tributary.api.event.Operation;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A sample table shape, rows and a one-expression evaluator for the tests. */
final class Rows {
  static final TableId ORDERS = new TableId("shop", "orders");
  static final TableSchema SCHEMA =
      new TableSchema(
          ORDERS,
          List.of(
              new Column("id", DataType.int64(), false, "bigint(20)"),
              new Column("status", DataType.string(20), true),
              new Column("amount", DataType.decimal(10, 2), true),
              new Column("qty", DataType.int32(), true),
              new Column("price", DataType.float64(), true),
              new Column("note", DataType.string(-1), true),
              new Column("created", DataType.date(), true),
              new Column("updated", DataType.timestamp(6), true),
              new Column("committed", DataType.timestampTz(6), true),
              new Column("flag", DataType.bool(), true),
              new Column("doc", DataType.json(), true),
              new Column("Mixed Case", DataType.string(-1), true),
              new Column("tiny", DataType.int8(), true)),
          List.of("id"),
          3);
  static final RowContext CONTEXT =
      new RowContext(Operation.UPDATE, ORDERS, 1_700_000_000_123L, new TextPosition("mysql-bin.000042:1234"));

  /** A position that is its text. */
  record TextPosition(String text) implements io.tributary.api.event.SourcePosition {
    @Override
    public String encode() {
      return text;
    }

    @Override
    public boolean isSnapshot() {
      return false;
    }

    @Override
    public int compareTo(io.tributary.api.event.SourcePosition o) {
      return text.compareTo(o.encode());
    }
  }

  private Rows() {}

  /** A full row with ordinary values. */
  static Object[] row() {
    return new Object[] {
      7L, "PAID", new BigDecimal("12.50"), 3, 2.5, null,
      LocalDate.of(2024, 2, 28), LocalDateTime.of(2024, 2, 28, 13, 45, 7, 123_456_000),
      Instant.parse("2024-02-28T13:45:07.123456Z"), true, "{\"a\":{\"b\":[10,20]},\"s\":\"x\"}",
      "mixed", (byte) 5
    };
  }

  static Object[] row(int column, Object value) {
    Object[] row = row();
    row[column] = value;
    return row;
  }

  /** The value of {@code expression} on {@link #row()}. */
  static Object eval(String expression) {
    return eval(expression, row());
  }

  static Object eval(String expression, Object[] row) {
    return compile(expression).project(row, CONTEXT)[0];
  }

  static CompiledTransform compile(String expression) {
    return TransformRule.parse("test-rule", expression + " AS v", null).compile(SCHEMA);
  }

  /** The type {@code expression} compiles to. */
  static DataType typeOf(String expression) {
    return compile(expression).output().columns().get(0).type();
  }
}
