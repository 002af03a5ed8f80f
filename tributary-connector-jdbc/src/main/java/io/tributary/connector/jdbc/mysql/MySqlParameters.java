package io.tributary.connector.jdbc.mysql;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.SpecialValue;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.jdbc.TemporalText;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Binds row values to statement parameters so MySQL stores them exactly: whole numbers as numbers,
 * decimals as their plain text (a numeric literal of more than 65 digits would be cut), FLOAT
 * values widened to the double they equal, dates and times as literal text to the
 * microsecond, instants as their UTC wall-clock time (the session runs in UTC), UUIDs as text,
 * arrays as JSON text, {@code 24:00:00} as a TIME. NaN and infinities, which MySQL cannot store, are
 * refused as a data error, so the row reaches the dead letters.
 */
final class MySqlParameters {
  private MySqlParameters() {}

  /** Rough bytes a value adds to a statement, for keeping statements under the packet limit. */
  static int estimatedBytes(Object value) {
    if (value instanceof String s) {
      return s.length() * 3 + 3;
    } else if (value instanceof byte[] b) {
      return b.length * 2 + 10;
    } else if (value instanceof List<?> l) {
      return l.size() * 32 + 3;
    }
    return 40;
  }

  static void bind(PreparedStatement ps, int index, Object value, TableSchema schema, int column)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof String s) {
      ps.setString(index, s);
    } else if (value instanceof Long l) {
      ps.setLong(index, l);
    } else if (value instanceof Integer i) {
      ps.setInt(index, i);
    } else if (value instanceof Short s) {
      ps.setShort(index, s);
    } else if (value instanceof Byte b) {
      ps.setByte(index, b);
    } else if (value instanceof Boolean b) {
      ps.setBoolean(index, b);
    } else if (value instanceof BigDecimal d) {
      ps.setString(index, d.toPlainString());
    } else if (value instanceof Double d) {
      ps.setDouble(index, finite(d, schema, column));
    } else if (value instanceof Float f) {
      ps.setDouble(index, finite(f.doubleValue(), schema, column));
    } else if (value instanceof byte[] b) {
      ps.setBytes(index, b);
    } else if (value instanceof SpecialValue special) {
      ps.setString(index, special(special, schema, column));
    } else {
      ps.setString(index, text(value, schema, column));
    }
  }

  private static String text(Object value, TableSchema schema, int column) {
    if (value instanceof LocalDateTime t) {
      return TemporalText.dateTime(t);
    } else if (value instanceof Instant i) {
      return TemporalText.dateTime(TemporalText.utc(i));
    } else if (value instanceof LocalDate d) {
      return TemporalText.date(d);
    } else if (value instanceof LocalTime t) {
      return TemporalText.time(t);
    } else if (value instanceof UUID u) {
      return u.toString();
    } else if (value instanceof List<?> l) {
      return JsonText.array(l);
    }
    Column c = schema.columns().get(column);
    throw new TributaryException("table " + schema.id() + ", column '" + c.name()
        + "': a value of class " + value.getClass().getName() + " cannot be a " + c.type()
        + "; the source or a transform produced a value of the wrong class");
  }

  /** {@code 24:00:00} is a MySQL TIME; NaN and the infinities have no MySQL value. */
  private static String special(SpecialValue special, TableSchema schema, int column) throws SQLException {
    if (special == SpecialValue.END_OF_DAY) {
      return special.toString();
    }
    Column c = schema.columns().get(column);
    throw new SQLDataException("MySQL cannot store " + special + " in column '" + c.name() + "' (" + c.type()
        + ") of " + schema.id() + "; the row goes to the dead letters instead of being changed", "22003");
  }

  private static double finite(double value, TableSchema schema, int column) throws SQLException {
    if (!Double.isFinite(value)) {
      throw new SQLDataException("MySQL cannot store " + value + " in column '"
          + schema.columns().get(column).name() + "' of " + schema.id(), "22003");
    }
    return value;
  }
}
