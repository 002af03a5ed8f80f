package io.tributary.connector.mysql.binlog;

import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.logicalValue;
import static io.tributary.connector.mysql.binlog.ServerRowFormat.lengthPrefixed;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import io.tributary.connector.mysql.binlog.ServerBinlogEvents.ServerColumn;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Text and binary columns: bytes as the server writes them into a row image (the client delivers
 * them as byte arrays under {@code CHAR_AND_BINARY_AS_BYTE_ARRAY}) must decode to exactly the
 * characters the server holds, in the column's character set.
 */
class BinlogTextConversionPropertiesTest {

  /**
   * MySQL's latin1 is windows-1252 with its five holes (0x81 0x8D 0x8F 0x90 0x9D) mapped to the C1
   * controls of the same code; read from MariaDB 10.11 ({@code CONVERT(... USING utf32)}). Every
   * other byte is its ISO-8859-1 character.
   */
  private static final char[] LATIN1_0X80_TO_0X9F = {
    '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
    '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
    '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
    '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
  };

  @Property(tries = 1000)
  void utf8mb4VarcharDecodesEveryCodePoint(@ForAll("unicodeText") String text, @ForAll @IntRange(max = 100) int slack) {
    int length = text.codePointCount(0, text.length()) + slack;
    int maxBytes = length * 4;
    ServerColumn column = new ServerColumn(
        "varchar(" + length + ")", "utf8mb4", false, ColumnType.VARCHAR.getCode(), ServerRowFormat.varcharMetadata(maxBytes));

    Object logical = logicalValue(column, lengthPrefixed(text.getBytes(StandardCharsets.UTF_8), maxBytes < 256 ? 1 : 2));

    assertThat(logical).isEqualTo(text);
  }

  @Property(tries = 500)
  void utf8mb4CharDecodesEveryCodePoint(@ForAll("unicodeText") String text, @ForAll @IntRange(max = 200) int slack) {
    String stored = text.replaceAll(" +$", "");
    int length = Math.min(255, Math.max(1, text.codePointCount(0, text.length()) + slack));
    int maxBytes = length * 4;
    ServerColumn column = new ServerColumn(
        "char(" + length + ")", "utf8mb4", false, ColumnType.STRING.getCode(),
        ServerRowFormat.stringMetadata(ColumnType.STRING.getCode(), maxBytes));

    Object logical = logicalValue(column, lengthPrefixed(stored.getBytes(StandardCharsets.UTF_8), maxBytes < 256 ? 1 : 2));

    assertThat(logical).isEqualTo(stored);
  }

  @Property(tries = 500)
  void utf8mb4TextTypesDecodeEveryCodePoint(@ForAll("unicodeText") String text, @ForAll @IntRange(min = 1, max = 4) int lengthBytes) {
    String fitting = lengthBytes == 1 ? withinBytes(text, 255) : text;
    String columnType = new String[] {"tinytext", "text", "mediumtext", "longtext"}[lengthBytes - 1];
    ServerColumn column = new ServerColumn(columnType, "utf8mb4", false, ColumnType.BLOB.getCode(), new byte[] {(byte) lengthBytes});

    Object logical = logicalValue(column, lengthPrefixed(fitting.getBytes(StandardCharsets.UTF_8), lengthBytes));

    assertThat(logical).isEqualTo(fitting);
  }

  @Property(tries = 1000)
  void latin1DecodesEveryByteAsTheServerDoes(@ForAll @Size(max = 300) byte[] bytes) {
    int length = Math.max(1, bytes.length);
    ServerColumn column = new ServerColumn(
        "varchar(" + length + ")", "latin1", false, ColumnType.VARCHAR.getCode(), ServerRowFormat.varcharMetadata(length));

    Object logical = logicalValue(column, lengthPrefixed(bytes, length < 256 ? 1 : 2));

    assertThat(logical).isEqualTo(serverLatin1(bytes));
  }

  @Property(tries = 500)
  void binaryIsPaddedBackToItsDeclaredLength(@ForAll @Size(max = 255) byte[] value, @ForAll @IntRange(max = 40) int slack) {
    int length = Math.min(255, Math.max(1, value.length + slack));
    int end = value.length;
    while (end > 0 && value[end - 1] == 0) {
      end--;
    }
    ServerColumn column = ServerColumn.of(
        "binary(" + length + ")", ColumnType.STRING.getCode(), ServerRowFormat.stringMetadata(ColumnType.STRING.getCode(), length));

    Object logical = logicalValue(column, lengthPrefixed(Arrays.copyOf(value, end), 1));

    assertThat((byte[]) logical).containsExactly(Arrays.copyOf(value, length));
  }

  @Property(tries = 500)
  void varbinaryAndBlobsPassUnchanged(@ForAll @Size(max = 600) byte[] value, @ForAll @IntRange(max = 4) int lengthBytes) {
    ServerColumn column = lengthBytes == 0
        ? ServerColumn.of("varbinary(600)", ColumnType.VARCHAR.getCode(), ServerRowFormat.varcharMetadata(600))
        : ServerColumn.of("blob", ColumnType.BLOB.getCode(), new byte[] {(byte) lengthBytes});
    byte[] fitting = lengthBytes == 1 ? Arrays.copyOf(value, Math.min(255, value.length)) : value;

    Object logical = logicalValue(column, lengthPrefixed(fitting, lengthBytes == 0 ? 2 : lengthBytes));

    assertThat((byte[]) logical).containsExactly(fitting);
  }

  @Property(tries = 500)
  void mariaDbJsonIsTheTextItWasWrittenAs(@ForAll("unicodeText") String text) {
    String json = "{\"k\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"n\": [1, 2.5e-3, null]}";
    ServerColumn column = new ServerColumn("longtext", "utf8mb4", true, ColumnType.BLOB.getCode(), new byte[] {4});

    Object logical = logicalValue(column, lengthPrefixed(json.getBytes(StandardCharsets.UTF_8), 4));

    assertThat(logical).isEqualTo(json);
  }

  @Property(tries = 500)
  void mySqlBinaryJsonScalarsBecomeTheirText(@ForAll long value, @ForAll @IntRange(max = 5) int width) {
    byte[] binary = switch (width) {
      case 0 -> ServerRowFormat.concat(new byte[] {0x05}, ServerRowFormat.littleEndian((short) value, 2));
      case 1 -> ServerRowFormat.concat(new byte[] {0x07}, ServerRowFormat.littleEndian((int) value, 4));
      case 2 -> ServerRowFormat.concat(new byte[] {0x09}, ServerRowFormat.littleEndian(value, 8));
      case 3 -> ServerRowFormat.concat(new byte[] {0x06}, ServerRowFormat.littleEndian(value & 0xFFFF, 2));
      case 4 -> ServerRowFormat.concat(new byte[] {0x08}, ServerRowFormat.littleEndian(value & 0xFFFF_FFFFL, 4));
      default -> ServerRowFormat.concat(new byte[] {0x0A}, ServerRowFormat.littleEndian(value, 8));
    };
    String expected = switch (width) {
      case 0 -> Short.toString((short) value);
      case 1 -> Integer.toString((int) value);
      case 2 -> Long.toString(value);
      case 3 -> Long.toString(value & 0xFFFF);
      case 4 -> Long.toString(value & 0xFFFF_FFFFL);
      default -> Long.toUnsignedString(value);
    };
    ServerColumn column = ServerColumn.of("json", ColumnType.JSON.getCode(), new byte[] {4});

    assertThat(logicalValue(column, lengthPrefixed(binary, 4))).isEqualTo(expected);
  }

  /** Text of any Unicode scalar values, often supplementary ones (4 UTF-8 bytes), NUL included. */
  @Provide
  Arbitrary<String> unicodeText() {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 0x7F)),
        Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
        Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
        Tuple.of(3, Arbitraries.integers().between(0x10000, 0x10FFFF)));
    return codePoint.list().ofMaxSize(120).map(points -> {
      StringBuilder out = new StringBuilder();
      points.forEach(out::appendCodePoint);
      return out.toString();
    });
  }

  /** The longest prefix of whole code points that fits {@code maxBytes} UTF-8 bytes (a TINYTEXT). */
  private static String withinBytes(String text, int maxBytes) {
    int end = text.length();
    while (text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end);
  }

  private static String serverLatin1(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      int code = b & 0xFF;
      out.append(code >= 0x80 && code <= 0x9F ? LATIN1_0X80_TO_0X9F[code - 0x80] : (char) code);
    }
    return out.toString();
  }
}
