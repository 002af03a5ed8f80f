package io.tributary.formats.debezium;

import io.tributary.api.schema.TableId;
import io.tributary.formats.MessageMetadata;
import io.tributary.formats.value.RawJson;
import java.util.List;

/** The table and the metadata of a Debezium message, from its {@code source} and {@code transaction} blocks. */
final class DebeziumMetadata {
  /** The {@code source} fields a decoder reads, the order of {@link DebeziumMessage#source}. */
  static final List<String> SOURCE_FIELDS = List.of("ts_ms", "snapshot", "table", "schema", "db",
      "tributary_position", "gtid", "file", "pos", "row", "lsn", "txId");
  private static final int TS_MS = 0;
  private static final int SNAPSHOT = 1;
  private static final int TABLE = 2;
  private static final int SCHEMA = 3;
  private static final int DB = 4;
  private static final int TRIBUTARY_POSITION = 5;
  /** {@code gtid, file, pos, row, lsn, txId}: the fields that locate a change, in position text order. */
  private static final int FIRST_LOCATING = 6;
  private static final int GTID = 6;
  private static final int TX_ID = 11;
  private static final Object[] NO_SOURCE = new Object[SOURCE_FIELDS.size()];

  private DebeziumMetadata() {}

  static MessageMetadata of(DebeziumMessage message, boolean snapshotRead) {
    Object[] source = message.source == null ? NO_SOURCE : message.source;
    long commitMillis = source[TS_MS] instanceof Long millis ? millis : 0;
    String transactionId = text(message.transactionId);
    if (transactionId == null) {
      transactionId = text(source[GTID]);
    }
    if (transactionId == null) {
      transactionId = text(source[TX_ID]);
    }
    Object snapshot = source[SNAPSHOT];
    boolean fromSnapshot = snapshotRead || Boolean.TRUE.equals(snapshot)
        || (snapshot instanceof String flag && !flag.isEmpty() && !flag.equals("false"));
    return new MessageMetadata(commitMillis, Math.max(message.tsMs, 0), transactionId, position(source),
        fromSnapshot, -1);
  }

  /**
   * The table: {@code source.table} in {@code source.schema} when given (PostgreSQL), else in
   * {@code source.db}; {@code last} itself when it names the same table.
   */
  static TableId table(DebeziumMessage message, TableId last) {
    Object[] source = message.source;
    if (source == null) {
      throw DebeziumImages.error(message.path("source"), -1, "the message has no source block, so its table is unknown");
    }
    String name = text(source[TABLE]);
    String namespace = text(source[SCHEMA]);
    if (namespace == null) {
      namespace = text(source[DB]);
    }
    if (name == null || namespace == null) {
      throw DebeziumImages.error(message.path(name == null ? "source.table" : "source.db"), -1,
          "the source block does not name the table (it needs table and db or schema)");
    }
    return last != null && last.name().equals(name) && last.namespace().equals(namespace) ? last
        : new TableId(namespace, name);
  }

  private static String position(Object[] source) {
    String own = text(source[TRIBUTARY_POSITION]);
    if (own != null) {
      return own;
    }
    StringBuilder out = new StringBuilder();
    for (int i = FIRST_LOCATING; i < SOURCE_FIELDS.size(); i++) {
      String value = text(source[i]);
      if (value != null) {
        out.append(out.length() == 0 ? "" : ",").append(SOURCE_FIELDS.get(i)).append('=').append(value);
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
