package io.tributary.connector.mysql.snapshot;

import io.tributary.api.schema.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

/**
 * Primary-key values as the text stored in a {@link
 * io.tributary.connector.mysql.position.SnapshotPosition}'s lower bound, and back as statement
 * parameters that compare the way the server orders the key: numbers as numbers, text as text
 * (in the column's collation), bytes as bytes, ENUM and SET by their numeric value.
 */
final class KeyText {

  private KeyText() {}

  /** The text form of one key value of the given type. */
  static String encode(Object value, DataType type) {
    return switch (type.kind()) {
      case BYTES, BITS -> Base64.getEncoder().encodeToString((byte[]) value);
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      default -> value.toString();
    };
  }

  /**
   * Binds the text form of a key value to parameter {@code index}.
   *
   * @param sessionZone the session time zone TIMESTAMP columns are compared in
   */
  static void bind(PreparedStatement statement, int index, String text, DataType type, ZoneId sessionZone)
      throws SQLException {
    switch (type.kind()) {
      case INT8, INT16, INT32, INT64 -> statement.setLong(index, Long.parseLong(text));
      case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text));
      case FLOAT32 -> statement.setFloat(index, Float.parseFloat(text));
      case FLOAT64 -> statement.setDouble(index, Double.parseDouble(text));
      case BYTES -> statement.setBytes(index, Base64.getDecoder().decode(text));
      case BITS -> statement.setBigDecimal(index, new BigDecimal(new BigInteger(1, Base64.getDecoder().decode(text))));
      case DATE -> statement.setObject(index, LocalDate.parse(text));
      case TIME -> statement.setObject(index, LocalTime.parse(text));
      case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
      case TIMESTAMP_TZ -> statement.setObject(index, LocalDateTime.ofInstant(Instant.parse(text), sessionZone));
      case ENUM -> statement.setLong(index, type.symbols().indexOf(text) + 1L);
      case SET -> statement.setLong(index, setMask(text, type.symbols()));
      default -> statement.setString(index, text);
    }
  }

  private static long setMask(String text, List<String> symbols) {
    long mask = 0;
    if (text.isEmpty()) {
      return 0;
    }
    for (String member : text.split(",", -1)) {
      int bit = symbols.indexOf(member);
      if (bit >= 0) {
        mask |= 1L << bit;
      }
    }
    return mask;
  }
}
