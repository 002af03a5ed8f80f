package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SpecialValue}s: DuckDB stores infinite timestamps and, in a DECIMAL kept as text, the
 * names NaN and Infinity; a row with a value DuckDB has no form for is rejected naming the column.
 */
class DuckDbSpecialValuesIT {
  private static final TableSchema SPECIALS = new TableSchema(new TableId("shop", "specials"), List.of(
      new Column("id", DataType.int64(), false), new Column("ts", DataType.timestamp(6), true),
      new Column("tz", DataType.timestampTz(6), true), new Column("free", DataType.decimal(0, -1), true),
      new Column("money", DataType.decimal(10, 2), true), new Column("d", DataType.date(), true),
      new Column("t", DataType.time(6), true)), List.of("id"), 1);

  @TempDir Path dir;

  private static Object[] row(long id, Object... values) {
    Object[] row = Arrays.copyOf(new Object[] {id}, SPECIALS.columns().size());
    System.arraycopy(values, 0, row, 1, values.length);
    return row;
  }

  @Test
  void infiniteTimestampsAndTextDecimalsAreStoredOtherSpecialsAreRejected() {
    Path file = dir.resolve("specials.duckdb");
    RecordingRejections rejected = new RecordingRejections();
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, rejected)) {
      sink.ensureTable(SPECIALS);
      try (SinkWriter writer = sink.openWriter(0)) {
        writer.write(new SinkBatch(0, List.of(new TableChanges(SPECIALS, List.of(
            row(1, SpecialValue.POSITIVE_INFINITY, SpecialValue.NEGATIVE_INFINITY, SpecialValue.NAN, new BigDecimal("1.50")),
            row(2, null, null, SpecialValue.NEGATIVE_INFINITY),
            row(3, null, null, null, SpecialValue.NAN),
            row(4, null, null, null, null, SpecialValue.POSITIVE_INFINITY),
            row(5, null, null, null, null, null, SpecialValue.END_OF_DAY)), List.of())), new TestPosition(1)));
      }
    }
    assertThat(DuckDbTestDatabase.query(file,
        "SELECT id, CAST(ts AS VARCHAR), CAST(tz AS VARCHAR), CAST(free AS VARCHAR), CAST(money AS VARCHAR)"
            + " FROM shop.specials ORDER BY id"))
        .containsExactly(Arrays.asList("1", "infinity", "-infinity", "NaN", "1.50"),
            Arrays.asList("2", null, null, "-Infinity", null));
    assertThat(rejected.rows()).extracting(r -> r.row()[0]).containsExactly(3L, 4L, 5L);
    assertThat(rejected.rows()).extracting(RecordingRejections.Rejected::reason).satisfiesExactly(
        r -> assertThat(r).contains("column money").contains("cannot store the value NaN"),
        r -> assertThat(r).contains("column d").contains("cannot store the value Infinity"),
        r -> assertThat(r).contains("column t").contains("cannot store the value 24:00:00"));
  }
}
