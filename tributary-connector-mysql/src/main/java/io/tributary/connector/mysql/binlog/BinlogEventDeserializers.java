package io.tributary.connector.mysql.binlog;

import com.github.luben.zstd.ZstdInputStream;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.LRUCache;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.TransactionPayloadEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.DeleteRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer.CompatibilityMode;
import com.github.shyiko.mysql.binlog.event.deserialization.EventHeaderV4Deserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.NullEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.UpdateRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.WriteRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The binlog client's event deserializer as the converters expect its values: temporal columns as
 * microseconds ({@code DATE_AND_TIME_AS_LONG_MICRO}), text and binary as bytes ({@code
 * CHAR_AND_BINARY_AS_BYTE_ARRAY}), and DATE/DATETIME counted in the proleptic Gregorian calendar,
 * as MySQL does. The client's own arithmetic switches to the Julian calendar before 1582-10-15, so
 * the valid MySQL dates 1582-10-05..14 came out equal to 1582-10-15..24; rows events and (MySQL 8)
 * compressed transaction payloads are therefore read by the subclasses here.
 */
final class BinlogEventDeserializers {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private BinlogEventDeserializers() {}

  /** A new deserializer (it keeps the table maps it has seen, so one per connection). */
  static EventDeserializer create() {
    Map<Long, TableMapEventData> tableMaps = new LRUCache<>(100, 0.75f, 10_000);
    EventDeserializer defaults = new EventDeserializer();
    Map<EventType, EventDataDeserializer> byType = new IdentityHashMap<>();
    for (EventType type : EventType.values()) {
      byType.put(type, defaults.getEventDataDeserializer(type));
    }
    byType.put(EventType.WRITE_ROWS, new WriteRows(tableMaps));
    byType.put(EventType.UPDATE_ROWS, new UpdateRows(tableMaps));
    byType.put(EventType.DELETE_ROWS, new DeleteRows(tableMaps));
    byType.put(EventType.EXT_WRITE_ROWS, new WriteRows(tableMaps).setMayContainExtraInformation(true));
    byType.put(EventType.EXT_UPDATE_ROWS, new UpdateRows(tableMaps).setMayContainExtraInformation(true));
    byType.put(EventType.EXT_DELETE_ROWS, new DeleteRows(tableMaps).setMayContainExtraInformation(true));
    byType.put(EventType.TRANSACTION_PAYLOAD, new TransactionPayload());
    EventDeserializer deserializer =
        new EventDeserializer(new EventHeaderV4Deserializer(), new NullEventDataDeserializer(), byType, tableMaps);
    deserializer.setCompatibilityMode(
        EnumSet.of(CompatibilityMode.DATE_AND_TIME_AS_LONG_MICRO, CompatibilityMode.CHAR_AND_BINARY_AS_BYTE_ARRAY));
    return deserializer;
  }

  /**
   * Milliseconds since 1970-01-01T00:00 of wall-clock fields, proleptic Gregorian for every year.
   * Days past the end of the month (MySQL's ALLOW_INVALID_DATES) run on into the next, as the
   * client's arithmetic does.
   */
  static long epochMillis(int year, int month, int day, int hour, int minute, int second, int millis) {
    long days = LocalDate.of(year, month, 1).toEpochDay() + day - 1;
    return days * MILLIS_PER_DAY + ((hour * 60L + minute) * 60 + second) * 1000 + millis;
  }

  /** A zero month or day: the client's invalid-date value (null here), never a Long unboxed from it. */
  private static boolean zeroDate(int month, int day) {
    return month == 0 || day == 0;
  }

  private static final class WriteRows extends WriteRowsEventDataDeserializer {
    WriteRows(Map<Long, TableMapEventData> tableMaps) {
      super(tableMaps);
    }

    @Override
    protected Long asUnixTime(int year, int month, int day, int hour, int minute, int second, int millis) {
      if (zeroDate(month, day)) {
        return super.asUnixTime(year, month, day, hour, minute, second, millis);
      }
      return epochMillis(year, month, day, hour, minute, second, millis);
    }
  }

  private static final class UpdateRows extends UpdateRowsEventDataDeserializer {
    UpdateRows(Map<Long, TableMapEventData> tableMaps) {
      super(tableMaps);
    }

    @Override
    protected Long asUnixTime(int year, int month, int day, int hour, int minute, int second, int millis) {
      if (zeroDate(month, day)) {
        return super.asUnixTime(year, month, day, hour, minute, second, millis);
      }
      return epochMillis(year, month, day, hour, minute, second, millis);
    }
  }

  private static final class DeleteRows extends DeleteRowsEventDataDeserializer {
    DeleteRows(Map<Long, TableMapEventData> tableMaps) {
      super(tableMaps);
    }

    @Override
    protected Long asUnixTime(int year, int month, int day, int hour, int minute, int second, int millis) {
      if (zeroDate(month, day)) {
        return super.asUnixTime(year, month, day, hour, minute, second, millis);
      }
      return epochMillis(year, month, day, hour, minute, second, millis);
    }
  }

  /**
   * A MySQL 8 compressed transaction ({@code binlog_transaction_compression}): the client's own
   * reader decodes the inner events with a default deserializer; this one uses {@link #create()}.
   */
  private static final class TransactionPayload implements EventDataDeserializer<TransactionPayloadEventData> {
    private static final int END_MARK = 0;
    private static final int PAYLOAD_SIZE = 1;
    private static final int COMPRESSION_TYPE = 2;
    private static final int UNCOMPRESSED_SIZE = 3;

    @Override
    public TransactionPayloadEventData deserialize(ByteArrayInputStream in) throws IOException {
      TransactionPayloadEventData data = new TransactionPayloadEventData();
      while (in.available() > 0) {
        int field = in.readPackedInteger();
        if (field == END_MARK) {
          break;
        }
        int length = in.available() > 0 ? in.readPackedInteger() : 0;
        switch (field) {
          case PAYLOAD_SIZE -> data.setPayloadSize(in.readPackedInteger());
          case COMPRESSION_TYPE -> data.setCompressionType(in.readPackedInteger());
          case UNCOMPRESSED_SIZE -> data.setUncompressedSize(in.readPackedLong());
          default -> in.read(length);
        }
      }
      if (data.getUncompressedSize() == 0) {
        data.setUncompressedSize(data.getPayloadSize());
      }
      data.setPayload(in.read(data.getPayloadSize()));
      data.setUncompressedEvents(innerEvents(data.getPayload()));
      return data;
    }

    private static ArrayList<Event> innerEvents(byte[] payload) throws IOException {
      EventDeserializer inner = create();
      ArrayList<Event> events = new ArrayList<>();
      try (ZstdInputStream zstd = new ZstdInputStream(new java.io.ByteArrayInputStream(payload))) {
        ByteArrayInputStream stream = new ByteArrayInputStream(zstd);
        for (Event event = inner.nextEvent(stream); event != null; event = inner.nextEvent(stream)) {
          events.add(event);
        }
      }
      return events;
    }
  }
}
