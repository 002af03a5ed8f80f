package io.tributary.connector.jdbc;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A narrow table (key, short text, amount, timestamp) and generated rows for throughput tests. */
public final class NarrowRows {
  public static final TableSchema SCHEMA = Batches.table("bench", "narrow", List.of("id"),
      new Column("id", DataType.int64(), false),
      new Column("name", DataType.string(32), true),
      new Column("amount", DataType.decimal(12, 2), true),
      new Column("updated", DataType.timestamp(6), true));

  private NarrowRows() {}

  /** Rows with keys 0..count-1; {@code version} changes every non-key value. */
  public static List<Object[]> rows(int count, int version) {
    List<Object[]> rows = new ArrayList<>(count);
    LocalDateTime base = LocalDateTime.of(2024, 1, 1, 0, 0);
    for (int i = 0; i < count; i++) {
      rows.add(new Object[] {(long) i, "name-" + i + "-v" + version,
          BigDecimal.valueOf(i * 100L + version, 2), base.plusNanos(i * 1000L + version)});
    }
    return rows;
  }

  /** Rows per second, rounded. */
  public static long rate(int rows, long nanos) {
    return Math.round(rows / (nanos / 1e9));
  }
}
