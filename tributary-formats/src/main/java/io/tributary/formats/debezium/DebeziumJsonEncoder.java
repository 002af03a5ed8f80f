package io.tributary.formats.debezium;

import io.tributary.formats.value.JsonBytes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.ChangeEncoder;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import io.tributary.formats.value.JsonOutput;
import io.tributary.formats.value.JsonValueWriter;
import java.util.IdentityHashMap;

/**
 * Writes Debezium change events: {@code before}, {@code after}, {@code source}, {@code op} ({@code
 * r} snapshot read, {@code c} insert, {@code u} update, {@code d} delete, {@code t} truncate),
 * {@code ts_ms} (when the message was built), {@code transaction} ({@code {"id": …}} when the event
 * has a transaction id, else null) — inside {@code {schema, payload}} when {@link
 * FormatOptions#schemaEnvelope()} is on.
 *
 * <p>{@code source} holds {@code connector: "tributary"}, {@code name} ({@link
 * FormatOptions#serverName()}), {@code ts_ms} (the commit time), {@code snapshot} ({@code "true"}
 * for snapshot reads and positions, else {@code "false"}), {@code db} (the table's namespace),
 * {@code table}, and {@code tributary_position}: the event's {@code SourcePosition.encode()} text.
 * Values are written as {@link JsonValueWriter} says: exact decimals as strings by default,
 * temporal values as ISO-8601.
 *
 * <p>Schema changes: TRUNCATE is an {@code op: t} event; CREATE, ALTER and DROP are Debezium
 * schema-change messages ({@code databaseName}, {@code ddl}, {@code tableChanges}, see {@link
 * DebeziumSchemaChangeWriter}). Not thread-safe.
 */
public final class DebeziumJsonEncoder implements ChangeEncoder {
  private static final int MAX_CACHED_SHAPES = 1024;
  private static final SerializedString BEFORE = new SerializedString("before");
  private static final SerializedString AFTER = new SerializedString("after");
  private static final SerializedString SOURCE = new SerializedString("source");
  private static final SerializedString OP = new SerializedString("op");
  private static final SerializedString TS_MS = new SerializedString("ts_ms");
  private static final SerializedString TRANSACTION = new SerializedString("transaction");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString CONNECTOR = new SerializedString("connector");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString SNAPSHOT = new SerializedString("snapshot");
  private static final SerializedString DB = new SerializedString("db");
  private static final SerializedString TABLE = new SerializedString("table");
  private static final SerializedString POSITION = new SerializedString("tributary_position");
  private static final SerializedString SCHEMA = new SerializedString("schema");
  private static final SerializedString PAYLOAD = new SerializedString("payload");
  private static final SerializedString TRIBUTARY = new SerializedString("tributary");
  private static final SerializedString TRUE = new SerializedString("true");
  private static final SerializedString FALSE = new SerializedString("false");
  private static final SerializedString[] OPS = {new SerializedString("r"), new SerializedString("c"),
      new SerializedString("u"), new SerializedString("d")};

  private final FormatOptions options;
  private final SerializedString serverName;
  private final JsonValueWriter values;
  private final JsonOutput output = new JsonOutput();
  private final IdentityHashMap<TableSchema, DebeziumTableHeader> headers = new IdentityHashMap<>();

  public DebeziumJsonEncoder(FormatOptions options) {
    this.options = options;
    this.serverName = new SerializedString(options.serverName());
    this.values = new JsonValueWriter(options.decimalHandling());
  }

  @Override
  public Format format() {
    return Format.DEBEZIUM_JSON;
  }

  @Override
  public byte[] encode(ChangeEvent event) {
    DebeziumTableHeader header = header(event.schema());
    try {
      JsonBytes out = startEnvelope(header.valueSchemaJson);
      row(out, BEFORE, header, event.before(), event);
      row(out, AFTER, header, event.after(), event);
      boolean snapshot = event.op() == Operation.SNAPSHOT_READ || event.position().isSnapshot();
      writeSource(out, header.namespace, header.table, event.commitMillis(), snapshot, event.position().encode());
      out.writeFieldName(OP);
      out.writeString(OPS[switch (event.op()) {
        case SNAPSHOT_READ -> 0;
        case INSERT -> 1;
        case UPDATE -> 2;
        case DELETE -> 3;
      }]);
      writeTail(out, event.transactionId());
      return output.finish();
    } catch (RuntimeException e) {
      output.discard();
      throw failure(e, "the " + event.op() + " of " + event.schema().id() + " at " + event.position().encode());
    }
  }

  @Override
  public byte[] encode(SchemaChange change) {
    try {
      if (change.kind() == SchemaChange.Kind.TRUNCATE_TABLE) {
        TableSchema shape = change.before() != null ? change.before() : change.after();
        JsonBytes out = startEnvelope(shape == null ? null : header(shape).valueSchemaJson);
        out.writeNullField("before");
        out.writeNullField("after");
        writeSource(out, new SerializedString(change.table().namespace()), new SerializedString(change.table().name()),
            options.clock().millis(), change.position().isSnapshot(), change.position().encode());
        out.writeStringField("op", "t");
        writeTail(out, null);
      } else {
        JsonBytes out = startEnvelope(DebeziumSchemaChangeWriter.SCHEMA);
        writeSource(out, new SerializedString(change.table().namespace()), new SerializedString(change.table().name()),
            options.clock().millis(), change.position().isSnapshot(), change.position().encode());
        out.writeNumberField("ts_ms", options.clock().millis());
        DebeziumSchemaChangeWriter.write(out, change);
        endEnvelope(out);
      }
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
      DebeziumTableHeader header = header(event.schema());
      JsonBytes out = output.start();
      if (options.schemaEnvelope()) {
        out.writeStartObject();
        out.writeFieldName(SCHEMA);
        out.writeRawValue(header.keySchemaJson);
        out.writeFieldName(PAYLOAD);
      }
      header.key.write(out, event.keyRow(), values);
      if (options.schemaEnvelope()) {
        out.writeEndObject();
      }
      return output.finish();
    } catch (RuntimeException e) {
      output.discard();
      throw failure(e, "the key of " + event);
    }
  }

  /** Opens the message and, with the envelope on, its {@code schema} and {@code payload}. */
  private JsonBytes startEnvelope(SerializedString schemaJson) {
    JsonBytes out = output.start();
    out.writeStartObject();
    if (options.schemaEnvelope()) {
      out.writeFieldName(SCHEMA);
      if (schemaJson == null) {
        out.writeNull();
      } else {
        out.writeRawValue(schemaJson);
      }
      out.writeFieldName(PAYLOAD);
      out.writeStartObject();
    }
    return out;
  }

  private void endEnvelope(JsonBytes out) {
    if (options.schemaEnvelope()) {
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void writeTail(JsonBytes out, String transactionId) {
    out.writeFieldName(TS_MS);
    out.writeNumber(options.clock().millis());
    out.writeFieldName(TRANSACTION);
    if (transactionId == null) {
      out.writeNull();
    } else {
      out.writeStartObject();
      out.writeFieldName(ID);
      out.writeString(transactionId);
      out.writeEndObject();
    }
    endEnvelope(out);
  }

  private void writeSource(JsonBytes out, SerializedString namespace, SerializedString table, long commitMillis,
      boolean snapshot, String position) {
    out.writeFieldName(SOURCE);
    out.writeStartObject();
    out.writeFieldName(CONNECTOR);
    out.writeString(TRIBUTARY);
    out.writeFieldName(NAME);
    out.writeString(serverName);
    out.writeFieldName(TS_MS);
    out.writeNumber(commitMillis);
    out.writeFieldName(SNAPSHOT);
    out.writeString(snapshot ? TRUE : FALSE);
    out.writeFieldName(DB);
    out.writeString(namespace);
    out.writeFieldName(TABLE);
    out.writeString(table);
    out.writeFieldName(POSITION);
    out.writeString(position);
    out.writeEndObject();
  }

  private void row(JsonBytes out, SerializedString field, DebeziumTableHeader header, Object[] row,
      ChangeEvent event) {
    out.writeFieldName(field);
    if (row == null) {
      out.writeNull();
      return;
    }
    out.writeStartObject();
    for (int i = 0; i < header.names.length; i++) {
      out.writeFieldName(header.names[i]);
      try {
        values.write(out, header.types[i], row[i]);
      } catch (IllegalArgumentException | ClassCastException e) {
        throw new FormatException("debezium-json: cannot write column " + header.names[i].getValue() + " ("
            + header.types[i] + ") of the " + event.op() + " of " + event.schema().id() + " at "
            + event.position().encode() + ": " + e.getMessage(), field.getValue() + "." + header.names[i].getValue(), -1, e);
      }
    }
    out.writeEndObject();
  }

  private DebeziumTableHeader header(TableSchema schema) {
    DebeziumTableHeader header = headers.get(schema);
    if (header == null) {
      if (headers.size() >= MAX_CACHED_SHAPES) {
        headers.clear();
      }
      header = new DebeziumTableHeader(schema, options.decimalHandling(), options.serverName());
      headers.put(schema, header);
    }
    return header;
  }

  private static FormatException failure(Exception e, String what) {
    if (e instanceof FormatException format) {
      return format;
    }
    return new FormatException("debezium-json: cannot write " + what + ": " + e.getMessage(), null, -1, e);
  }
}
