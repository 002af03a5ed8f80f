package io.tributary.runtime.function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.ChangeEncoder;
import io.tributary.formats.Decoded;
import io.tributary.formats.DecodedRow;
import io.tributary.formats.Format;
import io.tributary.formats.FormatOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes a batch of events as the JSON array an HTTP function receives, and reads the array it
 * answers with back into events. Answered rows take the batch's last position (the position that
 * is committed once the batch is loaded), the sent table's schema when their columns are the same
 * as the sent table's, and in a batch of snapshot rows an answered INSERT is a snapshot row again.
 * A column a function added to Canal's {@code data} without a {@code mysqlType} is typed {@code
 * text}. Not thread-safe: one per instance.
 */
final class HttpBatchCodec {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper TREE = new ObjectMapper();
  private final String function;
  private final ChangeEncoder encoder;
  private final ChangeDecoder decoder;
  private final boolean canal;
  private final Map<TableId, TableSchema> sent = new HashMap<>();

  HttpBatchCodec(String function, String format) {
    this.function = function;
    Format f = Format.of(format);
    this.encoder = f.encoder(FormatOptions.defaults());
    this.decoder = f.decoder(FormatOptions.defaults().withKnownSchemas(sent::get));
    this.canal = f == Format.CANAL_JSON;
  }

  byte[] encode(List<ChangeEvent> batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * batch.size());
    out.write('[');
    sent.clear();
    for (int i = 0; i < batch.size(); i++) {
      ChangeEvent e = batch.get(i);
      sent.put(e.schema().id(), e.schema());
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(encoder.encode(e));
    }
    out.write(']');
    return out.toByteArray();
  }

  /** The events of the answer to {@code batch}; throws when the body is not an array of messages. */
  List<Output> decode(byte[] body, List<ChangeEvent> batch) {
    SourcePosition position = batch.get(batch.size() - 1).position();
    boolean snapshot = batch.stream().allMatch(e -> e.op() == Operation.SNAPSHOT_READ);
    List<Output> out = new ArrayList<>();
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new TributaryException("the answer is not a JSON array");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw new TributaryException("element " + (out.size() + 1) + " of the answer is not a JSON object");
        }
        int start = (int) p.currentTokenLocation().getByteOffset();
        p.skipChildren();
        int end = (int) p.currentLocation().getByteOffset();
        byte[] typed = canal ? withAddedColumnsTyped(body, start, end - start) : null;
        List<Decoded> decoded = typed == null ? decoder.decode(null, body, start, end - start) : decoder.decode(typed);
        for (Decoded d : decoded) {
          out.add(new Output(event(d, position, snapshot), null));
        }
      }
    } catch (IOException e) {
      throw new TributaryException("the answer is not well-formed JSON: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * The batch's {@code Idempotency-Key}: {@code <first position>..<last position>#<events>-<digest>},
   * the digest a CRC-32C of each event's table, operation and primary key. Positions alone do not
   * tell batches apart: the rows of one snapshot chunk share a position. The key is the same for
   * every retry of the batch, and for a replay after a restart that cuts the same batch.
   */
  static String idempotencyKey(List<ChangeEvent> batch) {
    CRC32C digest = new CRC32C();
    for (ChangeEvent e : batch) {
      StringBuilder sb = new StringBuilder().append(e.schema().id()).append('|').append(e.op()).append('|');
      Object[] row = e.keyRow();
      for (int i : e.schema().primaryKeyIndexes()) {
        Object v = row[i];
        sb.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v)).append('|');
      }
      digest.update(sb.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }
    return batch.get(0).position().encode() + ".." + batch.get(batch.size() - 1).position().encode() + "#" + batch.size()
        + "-" + String.format("%08x", digest.getValue());
  }

  /**
   * A Canal-JSON answer whose {@code data} has columns its {@code mysqlType} lacks (a function added
   * them): the message with those typed {@code text} (Canal values are text), or null when
   * nothing is missing.
   */
  private static byte[] withAddedColumnsTyped(byte[] body, int offset, int length) throws IOException {
    JsonNode message = TREE.readTree(body, offset, length);
    if (!(message.get("mysqlType") instanceof ObjectNode types) || !(message.get("data") instanceof ArrayNode rows)) {
      return null;
    }
    boolean added = false;
    for (JsonNode row : rows) {
      for (java.util.Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!types.has(name)) {
          types.put(name, "text");
          if (message.get("sqlType") instanceof ObjectNode sqlTypes) {
            sqlTypes.put(name, java.sql.Types.CLOB);
          }
          added = true;
        }
      }
    }
    return added ? TREE.writeValueAsBytes(message) : null;
  }

  private ChangeEvent event(Decoded d, SourcePosition position, boolean snapshot) {
    if (!(d instanceof DecodedRow row)) {
      throw new TributaryException("function '" + function + "' answered with a schema change; answer with row changes only");
    }
    ChangeEvent e = row.toChangeEvent(position);
    // Canal-JSON writes snapshot rows as INSERT: in a batch of snapshot rows, an answered INSERT is a snapshot row
    Operation op = snapshot && e.op() == Operation.INSERT ? Operation.SNAPSHOT_READ : e.op();
    TableSchema known = sent.get(row.table());
    TableSchema schema = known != null && known != e.schema() && sameColumns(known, e.schema()) ? known : e.schema();
    return op == e.op() && schema == e.schema() ? e
        : new ChangeEvent(op, schema, e.before(), e.after(), position, e.commitMillis(), e.transactionId());
  }

  /** Same column names in the same order (the formats round-trip each logical type's values). */
  private static boolean sameColumns(TableSchema a, TableSchema b) {
    if (a.columns().size() != b.columns().size()) {
      return false;
    }
    for (int i = 0; i < a.columns().size(); i++) {
      if (!a.columns().get(i).name().equals(b.columns().get(i).name())) {
        return false;
      }
    }
    return true;
  }
}
