package io.tributary.connector.mysql.binlog;

import static io.tributary.connector.mysql.binlog.ServerRowFormat.concat;
import static io.tributary.connector.mysql.binlog.ServerRowFormat.littleEndian;

import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.mysql.schema.MySqlColumn;
import io.tributary.connector.mysql.schema.MySqlTable;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One-column binlog events (a TABLE_MAP and a WRITE_ROWS v2) built the way a server writes them,
 * decoded by the deserializer the source gives its binlog client, and turned into logical values
 * by the source's {@link TableBinding}: the whole path of a binlog cell without a server.
 */
final class ServerBinlogEvents {
  private static final long TABLE_ID = 4242;
  private static final int HEADER_LENGTH = 19;
  static final int TABLE_MAP = 19;
  static final int WRITE_ROWS_V1 = 23;
  static final int UPDATE_ROWS_V1 = 24;
  static final int DELETE_ROWS_V1 = 25;
  static final int EXT_WRITE_ROWS = 30;
  static final int EXT_UPDATE_ROWS = 31;
  static final int EXT_DELETE_ROWS = 32;
  static final int TRANSACTION_PAYLOAD = 40;

  /**
   * A column as {@code information_schema} describes it and as the TABLE_MAP event carries it.
   *
   * @param columnType the {@code COLUMN_TYPE} text
   * @param charset the column's character set, null for non-text columns
   * @param binlogType the type code in the TABLE_MAP event
   * @param metadata the column's TABLE_MAP metadata bytes, as the server writes them
   */
  record ServerColumn(String columnType, String charset, boolean json, int binlogType, byte[] metadata) {
    static ServerColumn of(String columnType, int binlogType, byte[] metadata) {
      return new ServerColumn(columnType, null, false, binlogType, metadata);
    }
  }

  /** What the binlog client made of the events. */
  record Decoded(TableMapEventData tableMap, Serializable cell) {}

  private ServerBinlogEvents() {}

  /** The logical value of one cell ({@code null} for SQL NULL), as the source emits it. */
  static Object logicalValue(ServerColumn column, byte[] cell) {
    Decoded decoded = decode(column, cell);
    MySqlColumn facts = MySqlColumn.describe("c", column.columnType(), true, column.charset(), column.json());
    TableSchema schema = new TableSchema(new TableId("db", "t"), List.of(facts.column()), List.of(), 1);
    MySqlTable table = new MySqlTable(schema, List.of(facts), 0);
    return TableBinding.of(table, decoded.tableMap()).row(new Object[] {decoded.cell()})[0];
  }

  /** The table map and the cell value the binlog client delivers. */
  static Decoded decode(ServerColumn column, byte[] cell) {
    byte[] stream = concat(event(TABLE_MAP, tableMap(column)), event(EXT_WRITE_ROWS, rows(EXT_WRITE_ROWS, cell)));
    EventDeserializer deserializer = BinlogEventDeserializers.create();
    try {
      ByteArrayInputStream in = new ByteArrayInputStream(stream);
      TableMapEventData map = data(deserializer.nextEvent(in));
      WriteRowsEventData rows = data(deserializer.nextEvent(in));
      return new Decoded(map, rows.getRows().get(0)[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body of a TABLE_MAP event of table {@code db.t} with one column. */
  static byte[] tableMap(ServerColumn column) {
    byte[] database = "db".getBytes(StandardCharsets.UTF_8);
    byte[] table = "t".getBytes(StandardCharsets.UTF_8);
    return concat(
        littleEndian(TABLE_ID, 6),
        littleEndian(0, 2),
        new byte[] {(byte) database.length}, database, new byte[] {0},
        new byte[] {(byte) table.length}, table, new byte[] {0},
        new byte[] {1, (byte) column.binlogType()},
        new byte[] {(byte) column.metadata().length}, column.metadata(),
        new byte[] {1});
  }

  /**
   * The body of a rows event (v1: type 23..25, v2: 30..32) of one one-column row; an update
   * carries the cell as both its before and after image. {@code cell == null} is NULL.
   */
  static byte[] rows(int eventType, byte[] cell) {
    boolean update = eventType == UPDATE_ROWS_V1 || eventType == EXT_UPDATE_ROWS;
    boolean v2 = eventType >= EXT_WRITE_ROWS;
    byte[] image = concat(new byte[] {(byte) (cell == null ? 1 : 0)}, cell == null ? new byte[0] : cell);
    return concat(
        littleEndian(TABLE_ID, 6),
        littleEndian(0, 2),
        v2 ? littleEndian(2, 2) : new byte[0],
        new byte[] {1, 1},
        update ? new byte[] {1} : new byte[0],
        image,
        update ? image : new byte[0]);
  }

  /** An event: the v4 header (no checksum) and {@code body}. */
  static byte[] event(int typeCode, byte[] body) {
    return concat(
        littleEndian(0, 4),
        new byte[] {(byte) typeCode},
        littleEndian(1, 4),
        littleEndian(HEADER_LENGTH + body.length, 4),
        littleEndian(0, 4),
        littleEndian(0, 2),
        body);
  }

  /** The data of a decoded event, unwrapped. */
  @SuppressWarnings("unchecked")
  static <T> T data(Event event) {
    return (T) EventDeserializer.EventDataWrapper.internal(event.getData());
  }
}
