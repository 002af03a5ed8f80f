package io.tributary.formats.debezium;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Decoded;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.RawJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Debezium change events, with or without the {@code {schema, payload}} envelope, and
 * Debezium schema-change messages.
 *
 * <p>Rows: {@code op} {@code c}/{@code u}/{@code d}/{@code r} give INSERT/UPDATE/DELETE/SNAPSHOT_READ
 * with {@code before} and {@code after}; {@code t} is a TRUNCATE_TABLE {@link
 * io.tributary.formats.DecodedDdl}. The table is {@code source.table} in {@code source.schema}
 * (PostgreSQL) or {@code source.db} (MySQL). Types come from the envelope's field schemas (every
 * Debezium default encoding: Decimal bytes with the schema's scale, Date days, Time ms, MicroTime
 * µs, Timestamp ms, MicroTimestamp µs, ZonedTimestamp strings, base64 bytes, Bits, Enum, Json,
 * Uuid, ...), else from {@link FormatOptions#knownSchemas()} (values as Tributary's encoder writes
 * them, read leniently), else the row is untyped. The primary key comes from the message key's
 * fields (the value does not carry it). A message without {@code op} and without DDL fields — a
 * row unwrapped by Debezium's {@code ExtractNewRecordState} — is refused: it does not say what
 * happened.
 *
 * <p>Not thread-safe.
 */
public final class DebeziumJsonDecoder implements ChangeDecoder {
  private final DebeziumChanges changes;

  public DebeziumJsonDecoder(FormatOptions options) {
    this.changes = new DebeziumChanges(options);
  }

  @Override
  public Format format() {
    return Format.DEBEZIUM_JSON;
  }

  @Override
  public List<Decoded> decode(byte[] key, byte[] message, int offset, int length) {
    if (message == null || length == 0) {
      return List.of();
    }
    List<String> keyNames = key == null || key.length == 0 ? List.of() : keyNames(key);
    DebeziumMessage read;
    try (JsonParser parser = Json.FACTORY.createParser(message, offset, length)) {
      read = DebeziumMessageReader.read(parser);
    } catch (JsonProcessingException e) {
      throw malformed(null, e);
    } catch (IOException e) {
      throw unreadable(null, e);
    }
    return changes.decode(read, keyNames);
  }

  /** The field names of a key object, inside its envelope's payload when it has one. */
  private static List<String> keyNames(byte[] key) {
    Object value;
    try (JsonParser parser = Json.FACTORY.createParser(key)) {
      JsonToken token = parser.nextToken();
      value = token == null ? null : RawJson.read(parser);
      if (parser.nextToken() != null) {
        throw DebeziumMessageReader.error(parser, "key", "unexpected content after the key's value");
      }
    } catch (JsonProcessingException e) {
      throw malformed("key", e);
    } catch (IOException e) {
      throw unreadable("key", e);
    }
    if (value instanceof Map<?, ?> map && map.containsKey("payload") && map.containsKey("schema")) {
      value = map.get("payload");
    }
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof Map<?, ?> fields)) {
      throw DebeziumImages.error("key", -1, "expected the key to be a JSON object of key columns, got "
          + RawJson.preview(value));
    }
    List<String> names = new ArrayList<>(fields.size());
    for (Object name : fields.keySet()) {
      names.add((String) name);
    }
    return names;
  }

  private static FormatException malformed(String field, JsonProcessingException e) {
    long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
    return new FormatException(FormatException.describe(DebeziumMessageReader.FORMAT, field, at, "malformed JSON: "
        + e.getOriginalMessage()), field, at, e);
  }

  private static FormatException unreadable(String field, IOException e) {
    return new FormatException(FormatException.describe(DebeziumMessageReader.FORMAT, field, -1, "unreadable: "
        + e.getMessage()), field, -1, e);
  }
}
