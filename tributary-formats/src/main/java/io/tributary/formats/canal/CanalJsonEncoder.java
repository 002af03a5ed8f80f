package io.tributary.formats.canal;

import io.tributary.formats.value.JsonBytes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.ChangeEncoder;
import io.tributary.formats.DecimalHandling;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import io.tributary.formats.value.JsonOutput;
import io.tributary.formats.value.JsonValueWriter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Writes Canal flat messages: {@code data}, {@code database}, {@code es}, {@code gtid}, {@code id},
 * {@code isDdl}, {@code mysqlType}, {@code old}, {@code pkNames}, {@code sql}, {@code sqlType},
 * {@code table}, {@code ts}, {@code type}, in that order (Canal's own).
 *
 * <p>Field meanings: {@code data} the after image (the deleted row for DELETE); {@code old} for
 * UPDATE only, the previous values of the columns whose value changed (NULL when it was NULL);
 * {@code es} the commit time, {@code ts} when the message was built; {@code gtid} the event's
 * transaction id; {@code id} a counter of messages this encoder wrote, from 1. SNAPSHOT_READ is
 * written as INSERT (Canal has no snapshot type). A column whose UPDATE value is {@link
 * Unchanged#VALUE} is left out of {@code data}; its old value, when not NULL, is in {@code old}.
 *
 * <p>A schema change is a message with {@code isDdl: true}, {@code type} {@code CREATE}, {@code
 * ALTER}, {@code TRUNCATE} or {@code ERASE} (Canal's word for DROP), {@code sql} the statement
 * ({@code ""} when the source gave none), and — beyond what Canal writes — {@code mysqlType},
 * {@code sqlType} and {@code pkNames} of the table's new shape (the old one for TRUNCATE and
 * ERASE), so readers learn the shape without parsing SQL. A schema change has no commit time:
 * its {@code es} is its {@code ts}.
 *
 * <p>Not thread-safe.
 */
public final class CanalJsonEncoder implements ChangeEncoder {
  private static final int MAX_CACHED_SHAPES = 1024;
  private static final SerializedString DATA = new SerializedString("data");
  private static final SerializedString DATABASE = new SerializedString("database");
  private static final SerializedString ES = new SerializedString("es");
  private static final SerializedString GTID = new SerializedString("gtid");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString IS_DDL = new SerializedString("isDdl");
  private static final SerializedString MYSQL_TYPE = new SerializedString("mysqlType");
  private static final SerializedString OLD = new SerializedString("old");
  private static final SerializedString PK_NAMES = new SerializedString("pkNames");
  private static final SerializedString SQL = new SerializedString("sql");
  private static final SerializedString SQL_TYPE = new SerializedString("sqlType");
  private static final SerializedString TABLE = new SerializedString("table");
  private static final SerializedString TS = new SerializedString("ts");
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString EMPTY = new SerializedString("");
  private static final SerializedString INSERT = new SerializedString("INSERT");
  private static final SerializedString UPDATE = new SerializedString("UPDATE");
  private static final SerializedString DELETE = new SerializedString("DELETE");

  private final FormatOptions options;
  private final CanalValueText values;
  private final JsonValueWriter keyValues;
  private final JsonOutput output = new JsonOutput();
  private final IdentityHashMap<TableSchema, CanalTableHeader> headers = new IdentityHashMap<>();
  private long messages;

  public CanalJsonEncoder(FormatOptions options) {
    this.options = options;
    this.values = new CanalValueText(options.canalTimeZone());
    this.keyValues = new JsonValueWriter(DecimalHandling.STRING);
  }

  @Override
  public Format format() {
    return Format.CANAL_JSON;
  }

  @Override
  public byte[] encode(ChangeEvent event) {
    return encodeRows(List.of(event));
  }

  /**
   * One message holding several rows, as Canal writes a multi-row binlog event.
   *
   * @param events at least one; all of the same table shape, Canal type, commit time and transaction
   * @throws IllegalArgumentException when the events do not belong in one message
   * @throws FormatException when a value cannot be written
   */
  public byte[] encodeRows(List<ChangeEvent> events) {
    ChangeEvent first = events.get(0);
    checkOneMessage(events);
    CanalTableHeader header = header(first.schema());
    try {
      JsonBytes out = output.start();
      out.writeStartObject();
      out.writeFieldName(DATA);
      out.writeStartArray();
      for (ChangeEvent event : events) {
        CanalRowWriter.data(out, header, values, event);
      }
      out.writeEndArray();
      writeHead(out, header.database, first.commitMillis(), first.transactionId(), false);
      writeTypes(out, header);
      out.writeFieldName(OLD);
      if (first.op() == Operation.UPDATE) {
        out.writeStartArray();
        for (ChangeEvent event : events) {
          CanalRowWriter.old(out, header, values, event);
        }
        out.writeEndArray();
      } else {
        out.writeNull();
      }
      writeTail(out, header, EMPTY, header.table, canalType(first.op()));
      return output.finish();
    } catch (RuntimeException e) {
      output.discard();
      throw failure(e, "the " + first.op() + " of " + first.schema().id() + " at " + first.position().encode());
    }
  }

  private static void checkOneMessage(List<ChangeEvent> events) {
    ChangeEvent first = events.get(0);
    for (int i = 1; i < events.size(); i++) {
      ChangeEvent event = events.get(i);
      if (!event.schema().equals(first.schema()) || !canalType(event.op()).equals(canalType(first.op()))
          || event.commitMillis() != first.commitMillis() || !Objects.equals(event.transactionId(), first.transactionId())) {
        throw new IllegalArgumentException("rows of one Canal message must share table shape, type, commit time and"
            + " transaction: " + first + " and " + event);
      }
    }
  }

  @Override
  public byte[] encode(SchemaChange change) {
    TableSchema shape = change.after() != null ? change.after() : change.before();
    String type = switch (change.kind()) {
      case CREATE_TABLE -> "CREATE";
      case ALTER_TABLE -> "ALTER";
      case TRUNCATE_TABLE -> "TRUNCATE";
      case DROP_TABLE -> "ERASE";
    };
    try {
      JsonBytes out = output.start();
      out.writeStartObject();
      out.writeNullField("data");
      long now = options.clock().millis();
      writeHead(out, new SerializedString(change.table().namespace()), now, null, true);
      CanalTableHeader header = shape == null ? null : header(shape);
      if (header != null) {
        writeTypes(out, header);
      } else {
        out.writeNullField("mysqlType");
      }
      out.writeNullField("old");
      writeTail(out, header, new SerializedString(change.ddl() == null ? "" : change.ddl()),
          new SerializedString(change.table().name()), new SerializedString(type));
      return output.finish();
    } catch (RuntimeException e) {
      output.discard();
      throw failure(e, "the " + change.kind() + " of " + change.table() + " at " + change.position().encode());
    }
  }

  @Override
  public byte[] encodeKey(ChangeEvent event) {
    if (!event.schema().hasPrimaryKey()) {
      return null;
    }
    try {
      header(event.schema()).key.write(output.start(), event.keyRow(), keyValues);
      return output.finish();
    } catch (RuntimeException e) {
      output.discard();
      throw failure(e, "the key of " + event);
    }
  }

  private void writeHead(JsonBytes out, SerializedString database, long commitMillis, String transactionId,
      boolean ddl) {
    out.writeFieldName(DATABASE);
    out.writeString(database);
    out.writeFieldName(ES);
    out.writeNumber(commitMillis);
    out.writeFieldName(GTID);
    if (transactionId == null) {
      out.writeNull();
    } else {
      out.writeString(transactionId);
    }
    out.writeFieldName(ID);
    out.writeNumber(++messages);
    out.writeFieldName(IS_DDL);
    out.writeBoolean(ddl);
  }

  private static void writeTypes(JsonBytes out, CanalTableHeader header) {
    out.writeFieldName(MYSQL_TYPE);
    out.writeRawValue(header.mysqlTypeJson);
  }

  private void writeTail(JsonBytes out, CanalTableHeader header, SerializedString sql, SerializedString table,
      SerializedString type) {
    out.writeFieldName(PK_NAMES);
    out.writeRawValue(header == null ? CanalTableHeader.NULL : header.pkNamesJson);
    out.writeFieldName(SQL);
    out.writeString(sql);
    out.writeFieldName(SQL_TYPE);
    out.writeRawValue(header == null ? CanalTableHeader.NULL : header.sqlTypeJson);
    out.writeFieldName(TABLE);
    out.writeString(table);
    out.writeFieldName(TS);
    out.writeNumber(options.clock().millis());
    out.writeFieldName(TYPE);
    out.writeString(type);
    out.writeEndObject();
  }

  private CanalTableHeader header(TableSchema schema) {
    CanalTableHeader header = headers.get(schema);
    if (header == null) {
      if (headers.size() >= MAX_CACHED_SHAPES) {
        headers.clear();
      }
      header = new CanalTableHeader(schema);
      headers.put(schema, header);
    }
    return header;
  }

  private static SerializedString canalType(Operation op) {
    return switch (op) {
      case SNAPSHOT_READ, INSERT -> INSERT;
      case UPDATE -> UPDATE;
      case DELETE -> DELETE;
    };
  }

  private static FormatException failure(Exception e, String what) {
    if (e instanceof FormatException format) {
      return format;
    }
    return new FormatException("canal-json: cannot write " + what + ": " + e.getMessage(), null, -1, e);
  }
}
