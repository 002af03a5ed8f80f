package io.tributary.connector.mysql.snapshot;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.DataType;
import io.tributary.connector.mysql.schema.MySqlColumn;
import io.tributary.connector.mysql.schema.TimeOfDay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Typed readers of snapshot result-set columns, one per logical kind, each using the cheapest
 * getter of the binary protocol and producing the kind's value class directly. NULL is null.
 */
final class SnapshotColumnReaders {

  /** Reads one column of the current row. */
  @FunctionalInterface
  interface ColumnReader {
    Object read(ResultSet row, int index) throws SQLException;
  }

  private SnapshotColumnReaders() {}

  /**
   * The reader of a column.
   *
   * @param sessionZone the session time zone the TIMESTAMP columns are read in
   */
  static ColumnReader forColumn(MySqlColumn column, ZoneId sessionZone) {
    DataType type = column.type();
    return switch (type.kind()) {
      case INT8 -> (r, i) -> {
        byte v = r.getByte(i);
        return v == 0 && r.wasNull() ? null : v;
      };
      case INT16 -> (r, i) -> {
        short v = r.getShort(i);
        return v == 0 && r.wasNull() ? null : v;
      };
      case INT32 -> (r, i) -> {
        int v = r.getInt(i);
        return v == 0 && r.wasNull() ? null : v;
      };
      case INT64 -> (r, i) -> {
        long v = r.getLong(i);
        return v == 0 && r.wasNull() ? null : v;
      };
      case FLOAT32 -> (r, i) -> {
        float v = r.getFloat(i);
        return v == 0 && r.wasNull() ? null : v;
      };
      case FLOAT64 -> (r, i) -> {
        double v = r.getDouble(i);
        return v == 0 && r.wasNull() ? null : v;
      };
      case DECIMAL -> decimal(type.scale());
      case STRING, JSON, ENUM, SET -> ResultSet::getString;
      case BYTES, BITS -> ResultSet::getBytes;
      case DATE -> (r, i) -> r.getObject(i, LocalDate.class);
      case TIME -> (r, i) -> time(r.getString(i), column);
      case TIMESTAMP -> (r, i) -> r.getObject(i, LocalDateTime.class);
      case TIMESTAMP_TZ -> instant(sessionZone);
      default -> throw new IllegalArgumentException("no snapshot reader for " + type + " of column " + column.name());
    };
  }

  private static ColumnReader decimal(int scale) {
    return (r, i) -> {
      BigDecimal v = r.getBigDecimal(i);
      return v == null || v.scale() == scale ? v : v.setScale(scale, RoundingMode.UNNECESSARY);
    };
  }

  private static ColumnReader instant(ZoneId sessionZone) {
    if (sessionZone.equals(ZoneOffset.UTC)) {
      return (r, i) -> {
        LocalDateTime v = r.getObject(i, LocalDateTime.class);
        return v == null ? null : v.toInstant(ZoneOffset.UTC);
      };
    }
    return (r, i) -> {
      LocalDateTime v = r.getObject(i, LocalDateTime.class);
      return v == null ? null : v.atZone(sessionZone).toInstant();
    };
  }

  private static Object time(String text, MySqlColumn column) {
    if (text == null) {
      return null;
    }
    try {
      return TimeOfDay.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TributaryException("column " + column.name() + ": " + e.getMessage());
    }
  }
}
