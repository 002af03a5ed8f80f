package io.tributary.connector.mysql.binlog;

import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.data;
import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.event;
import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.rows;
import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.tableMap;
import static io.tributary.connector.mysql.binlog.ServerRowFormat.concat;
import static io.tributary.connector.mysql.binlog.ServerRowFormat.littleEndian;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.TransactionPayloadEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import io.tributary.connector.mysql.binlog.ServerBinlogEvents.ServerColumn;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The deserializer the binlog client gets: proleptic dates on every path that carries rows. */
class BinlogEventDeserializersTest {
  private static final ServerColumn DATE = ServerColumn.of("date", ColumnType.DATE.getCode(), new byte[0]);
  /** DATE '1582-10-05': a valid MySQL date the client alone confused with 1582-10-15. */
  private static final byte[] BEFORE_CUTOVER = ServerRowFormat.date(1582, 10, 5);
  private static final long BEFORE_CUTOVER_MICROS = LocalDate.of(1582, 10, 5).toEpochDay() * 86_400_000_000L;

  @ParameterizedTest(name = "event type {0}")
  @ValueSource(ints = {23, 24, 25, 30, 31, 32})
  void everyRowsEventCountsDatesInTheProlepticGregorianCalendar(int eventType) throws IOException {
    List<Event> events = decodeAll(BinlogEventDeserializers.create(),
        concat(event(ServerBinlogEvents.TABLE_MAP, tableMap(DATE)), event(eventType, rows(eventType, BEFORE_CUTOVER))));

    assertThat(firstCells(events.get(1).getData())).containsOnly(BEFORE_CUTOVER_MICROS);
  }

  @Test
  void compressedTransactionsAreReadWithTheSameDeserializer() throws IOException {
    byte[] inner = concat(
        event(ServerBinlogEvents.TABLE_MAP, tableMap(DATE)),
        event(ServerBinlogEvents.EXT_WRITE_ROWS, rows(ServerBinlogEvents.EXT_WRITE_ROWS, BEFORE_CUTOVER)));
    byte[] compressed = Zstd.compress(inner);
    byte[] payload = concat(
        field(1, compressed.length), field(2, 0), field(3, inner.length), new byte[] {0}, compressed);

    List<Event> events = decodeAll(BinlogEventDeserializers.create(), event(ServerBinlogEvents.TRANSACTION_PAYLOAD, payload));

    TransactionPayloadEventData transaction = data(events.get(0));
    assertThat(transaction.getUncompressedSize()).isEqualTo(inner.length);
    assertThat(transaction.getUncompressedEvents()).hasSize(2);
    EventData first = data(transaction.getUncompressedEvents().get(0));
    assertThat(first).isInstanceOf(TableMapEventData.class);
    assertThat(firstCells(data(transaction.getUncompressedEvents().get(1)))).containsOnly(BEFORE_CUTOVER_MICROS);
  }

  @Test
  void everyOtherEventTypeKeepsTheClientsOwnReader() {
    EventDeserializer ours = BinlogEventDeserializers.create();
    EventDeserializer defaults = new EventDeserializer();
    Set<EventType> replaced = Set.of(
        EventType.WRITE_ROWS, EventType.UPDATE_ROWS, EventType.DELETE_ROWS, EventType.EXT_WRITE_ROWS,
        EventType.EXT_UPDATE_ROWS, EventType.EXT_DELETE_ROWS, EventType.TRANSACTION_PAYLOAD);
    for (EventType type : EventType.values()) {
      if (!replaced.contains(type)) {
        assertThat(ours.getEventDataDeserializer(type).getClass()).as(type.name())
            .isEqualTo(defaults.getEventDataDeserializer(type).getClass());
      }
    }
  }

  /** One TRANSACTION_PAYLOAD header field: type, length of the value, value (packed integers). */
  private static byte[] field(int type, long value) {
    byte[] packed = value < 251 ? new byte[] {(byte) value} : concat(new byte[] {(byte) 0xFE}, littleEndian(value, 8));
    return concat(new byte[] {(byte) type, (byte) packed.length}, packed);
  }

  private static List<Event> decodeAll(EventDeserializer deserializer, byte[] stream) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(stream);
    List<Event> events = new ArrayList<>();
    for (Event event = deserializer.nextEvent(in); event != null; event = deserializer.nextEvent(in)) {
      events.add(event);
    }
    return events;
  }

  /** The first cell of every row image in a rows event. */
  private static List<Serializable> firstCells(EventData rows) {
    EventData data = EventDeserializer.EventDataWrapper.internal(rows);
    if (data instanceof WriteRowsEventData write) {
      return write.getRows().stream().map(row -> row[0]).toList();
    }
    if (data instanceof DeleteRowsEventData delete) {
      return delete.getRows().stream().map(row -> row[0]).toList();
    }
    UpdateRowsEventData update = (UpdateRowsEventData) data;
    return update.getRows().stream().flatMap(row -> List.of(row.getKey()[0], row.getValue()[0]).stream()).toList();
  }
}
