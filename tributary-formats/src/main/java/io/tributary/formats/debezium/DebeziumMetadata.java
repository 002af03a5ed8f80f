package io.tributary.formats.debezium;

import io.tributary.api.schema.TableId;
import io.tributary.formats.MessageMetadata;
import io.tributary.formats.value.RawJson;
import java.util.Map;

/** The table and the metadata of a Debezium message, from its {@code source} and {@code transaction} blocks. */
final class DebeziumMetadata {
  private static final String[] LOCATING_FIELDS = {"gtid", "file", "pos", "row", "lsn", "txId"};

  private DebeziumMetadata() {}

  static MessageMetadata of(DebeziumMessage message, boolean snapshotRead) {
    Map<?, ?> source = message.source == null ? Map.of() : message.source;
    long commitMillis = source.get("ts_ms") instanceof Long millis ? millis : 0;
    String transactionId = text(message.transaction == null ? null : message.transaction.get("id"));
    if (transactionId == null) {
      transactionId = text(source.get("gtid"));
    }
    if (transactionId == null) {
      transactionId = text(source.get("txId"));
    }
    Object snapshot = source.get("snapshot");
    boolean fromSnapshot = snapshotRead || Boolean.TRUE.equals(snapshot)
        || (snapshot instanceof String flag && !flag.isEmpty() && !flag.equals("false"));
    return new MessageMetadata(commitMillis, Math.max(message.tsMs, 0), transactionId, position(source),
        fromSnapshot, -1);
  }

  /** The table: {@code source.table} in {@code source.schema} when given (PostgreSQL), else in {@code source.db}. */
  static TableId table(DebeziumMessage message) {
    Map<?, ?> source = message.source;
    if (source == null) {
      throw DebeziumImages.error(message.path("source"), -1, "the message has no source block, so its table is unknown");
    }
    String name = text(source.get("table"));
    String namespace = text(source.get("schema"));
    if (namespace == null) {
      namespace = text(source.get("db"));
    }
    if (name == null || namespace == null) {
      throw DebeziumImages.error(message.path(name == null ? "source.table" : "source.db"), -1,
          "the source block does not name the table (it needs table and db or schema)");
    }
    return new TableId(namespace, name);
  }

  private static String position(Map<?, ?> source) {
    String own = text(source.get("tributary_position"));
    if (own != null) {
      return own;
    }
    StringBuilder out = new StringBuilder();
    for (String field : LOCATING_FIELDS) {
      String value = text(source.get(field));
      if (value != null) {
        out.append(out.length() == 0 ? "" : ",").append(field).append('=').append(value);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** A string, or a number's text; null for null, empty strings and anything else. */
  private static String text(Object value) {
    if (value instanceof String text) {
      return text.isEmpty() ? null : text;
    }
    if (value instanceof RawJson.JsonNumber number) {
      return number.text();
    }
    return value instanceof Long number ? number.toString() : null;
  }
}
