package io.tributary.formats.debezium;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Decoded;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.ShapePrediction;
import io.tributary.formats.value.TypedValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
  private final DebeziumMessageScanner scanner = new DebeziumMessageScanner();
  private final DebeziumMessageReader reader = new DebeziumMessageReader();
  private final DebeziumKeyNames keyNames = new DebeziumKeyNames();
  private final DebeziumEnvelopeSchemas schemas = new DebeziumEnvelopeSchemas();
  private final DebeziumChanges changes;
  private final TypedValues typedValues;
  /** The key columns of the message being read, for {@link #decodeScanned}. */
  private List<String> keyColumns;
  private final ShapePrediction.Scanner<DebeziumMessage> scan = scanner::read;
  private final Function<DebeziumMessage, List<Decoded>> decodeScanned;

  public DebeziumJsonDecoder(FormatOptions options) {
    this.changes = new DebeziumChanges(options);
    this.decodeScanned = message -> changes.decode(message, keyColumns);
    this.typedValues = DebeziumImages.typedValues(options.decimalHandling());
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
    List<String> keyColumns = keyNames.of(key);
    List<Decoded> scanned = DebeziumEnvelopeSchemas.opensWithSchema(message, offset, length) ? null
        : scanned(message, offset, length, keyColumns);
    if (scanned != null) {
      return scanned;
    }
    DebeziumEnvelopeSchemas.Known known = schemas.find(message, offset, length);
    if (known != null) {
      try {
        int splicedLength = schemas.splice(message, offset, length, known);
        return changes.decode(read(schemas.splicedBytes(), 0, splicedLength, known.schema()), keyColumns);
      } catch (RuntimeException e) {
        // decoded again below from the message itself, which reports what is wrong with it exactly
      }
    }
    DebeziumMessage read = read(message, offset, length, null);
    List<Decoded> decoded = changes.decode(read, keyColumns);
    schemas.remember(message, offset, read.schemaStart, read.schemaEnd, read.schema);
    return decoded;
  }

  /**
   * The changes of a message without envelope read by the fast {@link DebeziumMessageScanner};
   * null when it declines or anything fails, and the message is then read with Jackson, which
   * reports any error exactly.
   */
  private List<Decoded> scanned(byte[] message, int offset, int length, List<String> keyColumns) {
    this.keyColumns = keyColumns;
    return changes.prediction.scanned(message, offset, length, scan, typedValues, decodeScanned);
  }

  private DebeziumMessage read(byte[] message, int offset, int length, Map<?, ?> knownSchema) {
    try (JsonParser parser = Json.FACTORY.createParser(message, offset, length)) {
      return reader.read(parser, knownSchema);
    } catch (JsonProcessingException e) {
      throw malformed(null, e);
    } catch (IOException e) {
      throw unreadable(null, e);
    }
  }

  static FormatException malformed(String field, JsonProcessingException e) {
    long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
    return new FormatException(FormatException.describe(DebeziumMessageReader.FORMAT, field, at, "malformed JSON: "
        + e.getOriginalMessage()), field, at, e);
  }

  static FormatException unreadable(String field, IOException e) {
    return new FormatException(FormatException.describe(DebeziumMessageReader.FORMAT, field, -1, "unreadable: "
        + e.getMessage()), field, -1, e);
  }
}
