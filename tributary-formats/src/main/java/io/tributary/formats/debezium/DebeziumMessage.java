package io.tributary.formats.debezium;

import io.tributary.formats.value.RawRow;
import java.util.List;
import java.util.Map;

/**
 * A Debezium message as read, before interpretation; absent fields null (numbers -1). Filled by
 * {@link DebeziumMessageReader}.
 */
final class DebeziumMessage {
  /** Whether the message had the {@code {schema, payload}} envelope. */
  boolean envelope;
  /** The envelope's {@code schema}, as raw JSON maps; null without envelope. */
  Map<?, ?> schema;
  /** Where the {@code schema} object starts and ends (exclusive) in the message, as byte offsets; -1 when not read. */
  long schemaStart = -1;
  long schemaEnd = -1;
  /** True when the envelope's {@code payload} was JSON null (a tombstone). */
  boolean nullPayload;
  RawRow before;
  RawRow after;
  /** The {@code source} block's values, in {@link DebeziumMetadata#SOURCE_FIELDS} order; null when absent. */
  Object[] source;
  String op;
  long opOffset = -1;
  long tsMs = -1;
  /** The {@code transaction} block's {@code id} as a raw JSON value; null when absent. */
  Object transactionId;
  String ddl;
  String databaseName;
  String schemaName;
  List<?> tableChanges;

  /** Back to a message with no field read, for a scanner that reuses one message object. */
  void clear() {
    envelope = false;
    schema = null;
    schemaStart = -1;
    schemaEnd = -1;
    nullPayload = false;
    before = null;
    after = null;
    source = null;
    op = null;
    opOffset = -1;
    tsMs = -1;
    transactionId = null;
    ddl = null;
    databaseName = null;
    schemaName = null;
    tableChanges = null;
  }

  /** The path of a payload field in error messages: {@code payload.after} or {@code after}. */
  String path(String field) {
    return envelope ? "payload." + field : field;
  }
}
