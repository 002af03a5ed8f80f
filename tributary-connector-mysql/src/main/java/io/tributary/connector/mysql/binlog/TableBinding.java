package io.tributary.connector.mysql.binlog;

import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.mysql.binlog.BinlogValueConverters.ValueConverter;
import io.tributary.connector.mysql.schema.MySqlColumn;
import io.tributary.connector.mysql.schema.MySqlTable;
import java.util.List;

/**
 * What the rows of one binlog table id become: the table's current schema and, per schema column,
 * the binlog column it comes from and its converter. Columns are matched by name (the table map
 * carries names with {@code binlog_row_metadata=FULL}), so rows written before a later ALTER still
 * land in the right columns; a schema column the binlog rows lack is NULL.
 */
final class TableBinding {
  private final TableId id;
  private final MySqlTable table;
  private final int binlogColumns;
  private final int[] source;
  private final ValueConverter[] converters;

  private TableBinding(TableId id, MySqlTable table, int binlogColumns, int[] source, ValueConverter[] converters) {
    this.id = id;
    this.table = table;
    this.binlogColumns = binlogColumns;
    this.source = source;
    this.converters = converters;
  }

  /** A table whose rows are not captured. */
  static TableBinding excluded(TableId id) {
    return new TableBinding(id, null, 0, null, null);
  }

  /** Binds the columns of a table map to the columns of {@code table}. */
  static TableBinding of(MySqlTable table, TableMapEventData map) {
    byte[] types = map.getColumnTypes();
    List<String> names = map.getEventMetadata() == null ? null : map.getEventMetadata().getColumnNames();
    List<MySqlColumn> columns = table.columns();
    int[] source = new int[columns.size()];
    ValueConverter[] converters = new ValueConverter[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      int from = names == null ? (i < types.length ? i : -1) : names.indexOf(columns.get(i).name());
      source[i] = from;
      converters[i] = from < 0 ? null : BinlogValueConverters.forColumn(columns.get(i), types[from] & 0xFF);
    }
    return new TableBinding(table.id(), table, types.length, source, converters);
  }

  TableId id() {
    return id;
  }

  boolean captured() {
    return table != null;
  }

  TableSchema schema() {
    return table.schema();
  }

  MySqlTable table() {
    return table;
  }

  /** Columns in the binlog rows of this table id. */
  int binlogColumns() {
    return binlogColumns;
  }

  /**
   * The logical row of binlog cells.
   *
   * @throws ClassCastException or {@link IllegalArgumentException} when a cell does not fit its
   *     column (the caller names the column); see {@link #failingColumn}
   */
  Object[] row(Object[] cells) {
    Object[] out = new Object[source.length];
    for (int i = 0; i < out.length; i++) {
      int from = source[i];
      Object raw = from < 0 ? null : cells[from];
      if (raw != null) {
        out[i] = converters[i].convert(raw);
      }
    }
    return out;
  }

  /** The name of the first column whose cell cannot be converted, for error messages. */
  String failingColumn(Object[] cells) {
    for (int i = 0; i < source.length; i++) {
      int from = source[i];
      Object raw = from < 0 ? null : cells[from];
      try {
        if (raw != null) {
          converters[i].convert(raw);
        }
      } catch (RuntimeException e) {
        return table.columns().get(i).name() + " (binlog value " + raw.getClass().getSimpleName() + ")";
      }
    }
    return "?";
  }
}
