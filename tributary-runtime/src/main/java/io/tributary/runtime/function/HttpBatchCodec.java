package io.tributary.runtime.function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of events as the JSON array an HTTP function receives, and reads the array it
 * answers with back into events. Answered rows take the batch's last position (the position that
 * is committed once the batch is loaded) and, when their columns are the same as the sent
 * table's, the sent table's schema. Not thread-safe: one per instance.
 */
final class HttpBatchCodec {
  private static final JsonFactory JSON = new JsonFactory();
  private final String function;
  private final ChangeEncoder encoder;
  private final ChangeDecoder decoder;
  private final Map<TableId, TableSchema> sent = new HashMap<>();

  HttpBatchCodec(String function, String format) {
    this.function = function;
    Format f = Format.of(format);
    this.encoder = f.encoder(FormatOptions.defaults());
    this.decoder = f.decoder(FormatOptions.defaults().withKnownSchemas(sent::get));
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
        for (Decoded d : decoder.decode(null, body, start, end - start)) {
          out.add(new Output(event(d, position), null));
        }
      }
    } catch (IOException e) {
      throw new TributaryException("the answer is not well-formed JSON: " + e.getMessage(), e);
    }
    return out;
  }

  private ChangeEvent event(Decoded d, SourcePosition position) {
    if (!(d instanceof DecodedRow row)) {
      throw new TributaryException("function '" + function + "' answered with a schema change; answer with row changes only");
    }
    ChangeEvent e = row.toChangeEvent(position);
    TableSchema known = sent.get(row.table());
    if (known != null && known != e.schema() && sameColumns(known, e.schema())) {
      return new ChangeEvent(e.op(), known, e.before(), e.after(), position, e.commitMillis(), e.transactionId());
    }
    return e;
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
