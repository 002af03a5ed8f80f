package io.tributary.connector.duckdb;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;

/**
 * Writes one column's values into its staging column through the Appender, in two steps so a bad
 * value never leaves the Appender in the middle of a row: {@link #stage} converts (and may refuse)
 * a value, {@link #append} writes a converted value and cannot fail on data.
 *
 * <p>The staged form per kind: primitives for numbers and booleans, {@link BigDecimal} with the
 * column's exact scale, epoch microseconds for TIMESTAMP and TIMESTAMP_TZ, text for BITS, JSON and
 * DECIMALs wider than DuckDB's, and lists of element values for ARRAY (see {@link #element}).
 */
final class ColumnStager {
  /** Writes a staged, non-null value. */
  @FunctionalInterface
  private interface StagedAppend {
    void append(DuckDBAppender appender, Object staged) throws SQLException;
  }

  private final Column column;
  private final Function<Object, Object> converter;
  private final StagedAppend appendStaged;

  private ColumnStager(Column column, Function<Object, Object> converter, StagedAppend appendStaged) {
    this.column = column;
    this.converter = converter;
    this.appendStaged = appendStaged;
  }

  /** The stager of a column, writing the staging type {@link DuckDbTypeMapping#stagingType} gives. */
  static ColumnStager of(Column column) {
    DataType t = column.type();
    return switch (t.kind()) {
      case BOOLEAN -> new ColumnStager(column, DuckDbValues::bool, (a, v) -> a.append((boolean) v));
      case INT8 -> new ColumnStager(column, v -> (byte) DuckDbValues.wholeNumber(v, Byte.MIN_VALUE, Byte.MAX_VALUE), (a, v) -> a.append((byte) v));
      case INT16 -> new ColumnStager(column, v -> (short) DuckDbValues.wholeNumber(v, Short.MIN_VALUE, Short.MAX_VALUE), (a, v) -> a.append((short) v));
      case INT32 -> new ColumnStager(column, v -> (int) DuckDbValues.wholeNumber(v, Integer.MIN_VALUE, Integer.MAX_VALUE), (a, v) -> a.append((int) v));
      case INT64 -> new ColumnStager(column, DuckDbValues::wholeNumber, (a, v) -> a.append((long) v));
      case DECIMAL -> DuckDbTypeMapping.fitsDecimal(t)
          ? new ColumnStager(column, v -> DuckDbValues.decimal(v, t.precision(), t.scale()), (a, v) -> a.append((BigDecimal) v))
          : new ColumnStager(column, v -> DuckDbValues.decimalText(v, t.scale()), ColumnStager::appendText);
      case FLOAT32 -> new ColumnStager(column, DuckDbValues::float32, (a, v) -> a.append((float) v));
      case FLOAT64 -> new ColumnStager(column, DuckDbValues::float64, (a, v) -> a.append((double) v));
      case STRING, ENUM, SET, JSON -> new ColumnStager(column, DuckDbValues::text, ColumnStager::appendText);
      case BYTES -> new ColumnStager(column, DuckDbValues::bytes, (a, v) -> a.append((byte[]) v));
      case BITS -> new ColumnStager(column, v -> DuckDbValues.bitText(DuckDbValues.bytes(v), t.precision()), ColumnStager::appendText);
      case DATE -> new ColumnStager(column, DuckDbValues::date, (a, v) -> a.append((LocalDate) v));
      case TIME -> new ColumnStager(column, DuckDbValues::time, (a, v) -> a.append((LocalTime) v));
      case TIMESTAMP -> new ColumnStager(column, DuckDbValues::timestampMicros, (a, v) -> a.appendEpochMicros((long) v));
      case TIMESTAMP_TZ -> new ColumnStager(column, DuckDbValues::instantMicros, (a, v) -> a.appendEpochMicros((long) v));
      case UUID -> new ColumnStager(column, DuckDbValues::uuid, (a, v) -> a.append((UUID) v));
      case ARRAY -> new ColumnStager(column, element(t), (a, v) -> a.append((Collection<?>) v));
    };
  }

  /**
   * The converter of a value inside a list, to the class the Appender writes into a list of the
   * staging element type: like the top level, except that times stay {@code LocalDateTime} /
   * {@code OffsetDateTime} and BYTES become DuckDB's escaped BLOB text.
   */
  static Function<Object, Object> element(DataType type) {
    return switch (type.kind()) {
      case ARRAY -> list(element(type.element()));
      case TIMESTAMP -> DuckDbValues::timestampInList;
      case TIMESTAMP_TZ -> DuckDbValues::instantInUtc;
      case BYTES -> v -> DuckDbValues.blobText(DuckDbValues.bytes(v));
      case INT8, INT16, INT32, INT64, BOOLEAN, FLOAT32, FLOAT64, DECIMAL, STRING, ENUM, SET, JSON, BITS, DATE, TIME, UUID ->
          of(new Column("element", type, true)).converter;
    };
  }

  private static Function<Object, Object> list(Function<Object, Object> element) {
    return v -> {
      if (!(v instanceof Collection<?> values)) {
        throw new IllegalArgumentException("expected a List but got " + v.getClass().getName());
      }
      List<Object> out = new ArrayList<>(values.size());
      for (Object e : values) {
        out.add(e == null ? null : element.apply(e));
      }
      return out;
    };
  }

  private static void appendText(DuckDBAppender appender, Object staged) throws SQLException {
    appender.append((String) staged);
  }

  /** The column this stager writes. */
  Column column() {
    return column;
  }

  /**
   * Converts a value to its staged form; null stays null.
   *
   * @throws IllegalArgumentException naming the column when the value does not fit
   */
  Object stage(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return converter.apply(value);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new IllegalArgumentException("column " + column.name() + " (" + column.type() + "): " + e.getMessage(), e);
    }
  }

  /** Appends a value returned by {@link #stage}. */
  void append(DuckDBAppender appender, Object staged) throws SQLException {
    if (staged == null) {
      appender.appendNull();
    } else {
      appendStaged.append(appender, staged);
    }
  }
}
