package io.tributary.connector.mysql.binlog;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import com.github.shyiko.mysql.binlog.event.deserialization.json.JsonBinary;
import com.github.shyiko.mysql.binlog.event.deserialization.json.JsonStringFormatter;
import io.tributary.api.schema.DataType;
import io.tributary.connector.mysql.schema.MySqlColumn;
import io.tributary.connector.mysql.schema.TimeOfDay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Converters from the binlog client's cell values (compatibility modes {@code
 * DATE_AND_TIME_AS_LONG_MICRO} and {@code CHAR_AND_BINARY_AS_BYTE_ARRAY}) to logical values, one
 * per column, chosen once per table map so the per-row path is a cast and a small computation.
 *
 * <p>What the client delivers: TINYINT/SMALLINT/MEDIUMINT/INT/YEAR/ENUM as Integer (signed, so
 * unsigned values are fixed here), BIGINT and SET as Long, DECIMAL as BigDecimal, FLOAT/DOUBLE as
 * Float/Double, BIT as {@link BitSet} (bit i = value bit i), text and binary as byte[] (text decoded
 * here with the column's charset; fixed BINARY(n) arrives without its trailing zero bytes), MySQL's
 * JSON as its binary format, temporal types as microseconds ({@link BinlogTemporal}).
 */
final class BinlogValueConverters {

  /** Converts one non-null cell value. */
  @FunctionalInterface
  interface ValueConverter {
    Object convert(Object raw);
  }

  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  private BinlogValueConverters() {}

  /**
   * The converter of a column.
   *
   * @param binlogType the column's type code in the table map (tells MySQL's binary JSON apart)
   */
  static ValueConverter forColumn(MySqlColumn column, int binlogType) {
    DataType type = column.type();
    String base = column.baseType();
    return switch (type.kind()) {
      case INT8 -> raw -> (byte) (int) (Integer) raw;
      case INT16 -> int16(base);
      case INT32 -> int32(base, column.unsigned());
      case INT64 -> base.equals("bigint") ? raw -> raw : raw -> Integer.toUnsignedLong((Integer) raw);
      case DECIMAL -> base.equals("bigint") ? raw -> unsignedLong((Long) raw) : decimal(type.scale());
      case FLOAT32, FLOAT64 -> raw -> raw;
      case STRING -> text(column.charset());
      case BYTES -> bytes(column.fixedBinaryLength());
      case BITS -> raw -> bits((BitSet) raw, type.precision());
      case DATE -> raw -> BinlogTemporal.date((Long) raw);
      case TIME -> raw -> TimeOfDay.ofMicros((Long) raw);
      case TIMESTAMP -> raw -> BinlogTemporal.dateTime((Long) raw);
      case TIMESTAMP_TZ -> raw -> BinlogTemporal.instant((Long) raw);
      case JSON -> json(binlogType == ColumnType.JSON.getCode(), column.charset());
      case ENUM -> enumeration(type.symbols());
      case SET -> raw -> setMembers((Long) raw, type.symbols());
      default -> throw new IllegalArgumentException("no binlog converter for " + type + " of column " + column.name());
    };
  }

  private static ValueConverter int16(String base) {
    return switch (base) {
      case "tinyint" -> raw -> (short) ((Integer) raw & 0xFF);
      case "year" -> raw -> {
        int year = (Integer) raw;
        return (short) (year == 1900 ? 0 : year);
      };
      default -> raw -> (short) (int) (Integer) raw;
    };
  }

  private static ValueConverter int32(String base, boolean unsigned) {
    if (!unsigned) {
      return raw -> raw;
    }
    return base.equals("mediumint") ? raw -> (Integer) raw & 0xFFFFFF : raw -> (Integer) raw & 0xFFFF;
  }

  static BigDecimal unsignedLong(long value) {
    return value >= 0 ? BigDecimal.valueOf(value) : new BigDecimal(BigInteger.valueOf(value).add(TWO_TO_64));
  }

  private static ValueConverter decimal(int scale) {
    return raw -> {
      BigDecimal value = (BigDecimal) raw;
      return value.scale() == scale ? value : value.setScale(scale, RoundingMode.UNNECESSARY);
    };
  }

  private static ValueConverter text(Charset charset) {
    Charset decoding = charset == null ? StandardCharsets.UTF_8 : charset;
    return raw -> new String((byte[]) raw, decoding);
  }

  private static ValueConverter bytes(int fixedLength) {
    if (fixedLength <= 0) {
      return raw -> raw;
    }
    return raw -> {
      byte[] value = (byte[]) raw;
      return value.length >= fixedLength ? value : Arrays.copyOf(value, fixedLength);
    };
  }

  /** A BIT(n) value as big-endian bytes, {@code (n + 7) / 8} of them. */
  static byte[] bits(BitSet value, int width) {
    byte[] out = new byte[(width + 7) / 8];
    for (int bit = value.nextSetBit(0); bit >= 0 && bit < out.length * 8; bit = value.nextSetBit(bit + 1)) {
      out[out.length - 1 - bit / 8] |= (byte) (1 << (bit % 8));
    }
    return out;
  }

  private static ValueConverter json(boolean binaryFormat, Charset charset) {
    if (!binaryFormat) {
      return text(charset);
    }
    return raw -> mySqlJson((byte[]) raw);
  }

  /**
   * MySQL's binary JSON as text. A first byte above 15 is not a binary type: the value is JSON
   * text already (as the client's own {@code JsonBinary.parseAsString} assumes, but in UTF-8).
   */
  static String mySqlJson(byte[] value) {
    if (value.length == 0) {
      return "null";
    }
    if (value[0] > 15) {
      return new String(value, StandardCharsets.UTF_8);
    }
    JsonStringFormatter text = new JsonStringFormatter();
    try {
      new UnsignedJsonBinary(value).parse(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse a binary JSON value", e);
    }
    return text.getString();
  }

  /** The client's JSON reader with UINT32 values read unsigned (it sign-extends them: 2^32-1 became -1). */
  private static final class UnsignedJsonBinary extends JsonBinary {
    UnsignedJsonBinary(byte[] value) {
      super(value);
    }

    @Override
    protected long readUInt32() throws IOException {
      return super.readUInt32() & 0xFFFF_FFFFL;
    }
  }

  private static ValueConverter enumeration(List<String> symbols) {
    String[] byIndex = symbols.toArray(new String[0]);
    return raw -> {
      int index = (Integer) raw;
      return index >= 1 && index <= byIndex.length ? byIndex[index - 1] : "";
    };
  }

  /** The members of a SET whose bits are set in {@code mask}, comma-separated, in declaration order. */
  static String setMembers(long mask, List<String> symbols) {
    if (mask == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (int bit = 0; bit < symbols.size(); bit++) {
      if ((mask & (1L << bit)) != 0) {
        out.append(first ? "" : ",").append(symbols.get(bit));
        first = false;
      }
    }
    return out.toString();
  }
}
