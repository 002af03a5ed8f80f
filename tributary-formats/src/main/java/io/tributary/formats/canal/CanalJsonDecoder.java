package io.tributary.formats.canal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Decoded;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import io.tributary.formats.value.ShapePrediction;
import io.tributary.formats.value.Json;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Reads Canal flat messages, and the dialect Flink CDC writes (typed JSON values, the full before
 * image in {@code old}, no {@code isDdl}, no {@code mysqlType}).
 *
 * <p>Rows: {@code data[i]} is the after image (the deleted row for DELETE); for UPDATE, {@code
 * old[i]} pairs with {@code data[i]} and holds the previous values of the changed columns — a
 * NULL there means the previous value was NULL — so the before image is {@code data[i]} overlaid
 * with {@code old[i]} (a full {@code old}, as Flink CDC writes, simply replaces it). Types come from
 * {@code mysqlType} (MySQL type text → logical type), else from {@link
 * FormatOptions#knownSchemas()}, else the rows are untyped. The key is {@code pkNames}.
 *
 * <p>DDL: {@code isDdl: true}, or, when {@code isDdl} is absent, any type other than INSERT,
 * UPDATE and DELETE. Canal's {@code ERASE} (and {@code DROP}) is a DROP_TABLE.
 *
 * <p>Not thread-safe.
 */
public final class CanalJsonDecoder implements ChangeDecoder {
  private final CanalMessageScanner scanner = new CanalMessageScanner();
  private final CanalMessageReader reader = new CanalMessageReader();
  private final CanalChanges changes;
  private final ShapePrediction.Scanner<CanalMessage> scan = scanner::read;
  private final Function<CanalMessage, List<Decoded>> decodeScanned;

  public CanalJsonDecoder(FormatOptions options) {
    this.changes = new CanalChanges(options);
    this.decodeScanned = changes::decode;
  }

  @Override
  public Format format() {
    return Format.CANAL_JSON;
  }

  @Override
  public List<Decoded> decode(byte[] key, byte[] message, int offset, int length) {
    if (message == null || length == 0) {
      return List.of();
    }
    List<Decoded> scanned = scanned(message, offset, length);
    if (scanned != null) {
      return scanned;
    }
    CanalMessage read;
    try (JsonParser parser = Json.FACTORY.createParser(message, offset, length)) {
      read = reader.read(parser);
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
      throw new FormatException(FormatException.describe(CanalMessageReader.FORMAT, null, at, "malformed JSON: "
          + e.getOriginalMessage()), null, at, e);
    } catch (IOException e) {
      throw new FormatException(FormatException.describe(CanalMessageReader.FORMAT, null, -1, "unreadable: "
          + e.getMessage()), null, -1, e);
    }
    return changes.decode(read);
  }

  /**
   * The changes of a message read by the fast {@link CanalMessageScanner}; null when it declines
   * or anything fails, and the message is then read with Jackson, which reports any error exactly.
   */
  private List<Decoded> scanned(byte[] message, int offset, int length) {
    return changes.prediction.scanned(message, offset, length, scan, changes.typedValues, decodeScanned);
  }
}
