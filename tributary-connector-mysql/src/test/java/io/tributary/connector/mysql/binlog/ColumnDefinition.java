package io.tributary.connector.mysql.binlog;

import static io.tributary.connector.mysql.binlog.ServerRowFormat.lengthPrefixed;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import io.tributary.connector.mysql.binlog.ServerBinlogEvents.ServerColumn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated column definition rendered the way the server renders it twice: as {@code
 * COLUMN_TYPE} text (with its character set) and as a TABLE_MAP entry, plus a sample cell.
 *
 * @param unsigned whether the column is UNSIGNED (what TABLE_MAP's SIGNEDNESS metadata carries)
 * @param symbols the number of ENUM/SET symbols, else 0
 */
record ColumnDefinition(ServerColumn column, boolean unsigned, int symbols, byte[] sampleCell) {
  private static final List<String> CHARSETS = List.of("utf8mb4", "utf8mb3", "latin1", "ascii", "ucs2", "utf16", "utf32");
  private static final List<Integer> MAX_BYTES = List.of(4, 3, 1, 1, 2, 4, 4);

  private record IntegerType(String name, ColumnType type, int bytes) {}

  static Arbitrary<ColumnDefinition> any() {
    return Arbitraries.oneOf(
        integers(), decimals(), floats(), temporals(), bits(), texts(), binaries(), largeObjects(), enumsAndSets(), json());
  }

  private static ColumnDefinition of(String text, String charset, ColumnType type, byte[] metadata, byte[] cell) {
    return new ColumnDefinition(new ServerColumn(text, charset, false, type.getCode(), metadata), false, 0, cell);
  }

  private static Arbitrary<ColumnDefinition> integers() {
    Arbitrary<IntegerType> types = Arbitraries.of(
        new IntegerType("tinyint", ColumnType.TINY, 1), new IntegerType("smallint", ColumnType.SHORT, 2),
        new IntegerType("mediumint", ColumnType.INT24, 3), new IntegerType("int", ColumnType.LONG, 4),
        new IntegerType("bigint", ColumnType.LONGLONG, 8));
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    return Combinators.combine(types, Arbitraries.integers().between(0, 255), flag, flag)
        .as((type, width, unsigned, zerofill) -> {
          boolean isUnsigned = unsigned || zerofill;
          String text = type.name() + (width == 0 ? "" : "(" + width + ")")
              + (isUnsigned ? " unsigned" : "") + (zerofill ? " zerofill" : "");
          ServerColumn column = ServerColumn.of(text, type.type().getCode(), new byte[0]);
          return new ColumnDefinition(column, isUnsigned, 0, new byte[type.bytes()]);
        });
  }

  private static Arbitrary<ColumnDefinition> decimals() {
    Arbitrary<Integer> precisions = Arbitraries.integers().between(1, 65);
    return Combinators.combine(precisions, Arbitraries.integers().between(0, 30), Arbitraries.of("", " unsigned"))
        .filter((precision, scale, unsigned) -> scale <= precision)
        .as((precision, scale, unsigned) -> of(
            "decimal(" + precision + "," + scale + ")" + unsigned, null, ColumnType.NEWDECIMAL,
            ServerRowFormat.decimalMetadata(precision, scale), ServerRowFormat.decimal(BigDecimal.ZERO, precision, scale)));
  }

  private static Arbitrary<ColumnDefinition> floats() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of("", "(12,3)", "(7,0)"), Arbitraries.of("", " unsigned"))
        .as((single, digits, unsigned) -> single
            ? of("float" + digits + unsigned, null, ColumnType.FLOAT, new byte[] {4}, new byte[4])
            : of("double" + digits + unsigned, null, ColumnType.DOUBLE, new byte[] {8}, new byte[8]));
  }

  private static Arbitrary<ColumnDefinition> temporals() {
    return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 6)).as((which, p) -> {
      String fraction = p == 0 ? "" : "(" + p + ")";
      byte[] fsp = {p.byteValue()};
      return switch (which) {
        case 0 -> of(p % 2 == 0 ? "year" : "year(4)", null, ColumnType.YEAR, new byte[0], ServerRowFormat.year(2024));
        case 1 -> of("date", null, ColumnType.DATE, new byte[0], ServerRowFormat.date(2024, 2, 29));
        case 2 -> of("time" + fraction, null, ColumnType.TIME_V2, fsp, ServerRowFormat.time(1, p));
        case 3 -> of("datetime" + fraction, null, ColumnType.DATETIME_V2, fsp,
            ServerRowFormat.datetime(LocalDateTime.of(2024, 2, 29, 1, 2, 3), p));
        default -> of("timestamp" + fraction, null, ColumnType.TIMESTAMP_V2, fsp,
            ServerRowFormat.timestamp(Instant.ofEpochSecond(1), p));
      };
    });
  }

  private static Arbitrary<ColumnDefinition> bits() {
    return Arbitraries.integers().between(1, 64).map(n -> of(
        "bit(" + n + ")", null, ColumnType.BIT, ServerRowFormat.bitMetadata(n), new byte[(n + 7) / 8]));
  }

  /** CHAR(n) and VARCHAR(n) in character sets of 1 to 4 bytes per character. */
  private static Arbitrary<ColumnDefinition> texts() {
    Arbitrary<Integer> charsets = Arbitraries.integers().between(0, CHARSETS.size() - 1);
    return Combinators.combine(charsets, Arbitraries.integers().between(1, 16383), Arbitraries.of(true, false))
        .as((charset, n, fixed) -> {
          int perCharacter = MAX_BYTES.get(charset);
          if (fixed) {
            int length = Math.min(n, 255);
            int maxBytes = length * perCharacter;
            return of("char(" + length + ")", CHARSETS.get(charset), ColumnType.STRING,
                ServerRowFormat.stringMetadata(ColumnType.STRING.getCode(), maxBytes),
                lengthPrefixed(new byte[0], maxBytes > 255 ? 2 : 1));
          }
          int length = Math.min(n, 65535 / perCharacter);
          int maxBytes = length * perCharacter;
          return of("varchar(" + length + ")", CHARSETS.get(charset), ColumnType.VARCHAR,
              ServerRowFormat.varcharMetadata(maxBytes), lengthPrefixed(new byte[0], maxBytes > 255 ? 2 : 1));
        });
  }

  private static Arbitrary<ColumnDefinition> binaries() {
    return Combinators.combine(Arbitraries.integers().between(1, 65535), Arbitraries.of(true, false)).as((n, fixed) -> fixed
        ? of("binary(" + Math.min(n, 255) + ")", null, ColumnType.STRING,
            ServerRowFormat.stringMetadata(ColumnType.STRING.getCode(), Math.min(n, 255)), lengthPrefixed(new byte[0], 1))
        : of("varbinary(" + n + ")", null, ColumnType.VARCHAR, ServerRowFormat.varcharMetadata(n),
            lengthPrefixed(new byte[0], n > 255 ? 2 : 1)));
  }

  /** TINYTEXT..LONGTEXT and TINYBLOB..LONGBLOB: type BLOB, metadata = bytes of the length. */
  private static Arbitrary<ColumnDefinition> largeObjects() {
    return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(-1, CHARSETS.size() - 1))
        .as((lengthBytes, charset) -> {
          String size = List.of("tiny", "", "medium", "long").get(lengthBytes - 1);
          byte[] metadata = {lengthBytes.byteValue()};
          byte[] empty = lengthPrefixed(new byte[0], lengthBytes);
          return charset < 0
              ? of(size + "blob", null, ColumnType.BLOB, metadata, empty)
              : of(size + "text", CHARSETS.get(charset), ColumnType.BLOB, metadata, empty);
        });
  }

  private static Arbitrary<ColumnDefinition> enumsAndSets() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(1, 300)).as((isEnum, n) -> {
      int count = isEnum ? n : Math.min(n, 64);
      String symbols = IntStream.range(0, count).mapToObj(i -> "'s" + i + "'").collect(Collectors.joining(","));
      int pack = isEnum ? ServerRowFormat.enumPackLength(count) : ServerRowFormat.setPackLength(count);
      ColumnType real = isEnum ? ColumnType.ENUM : ColumnType.SET;
      ServerColumn column = new ServerColumn((isEnum ? "enum(" : "set(") + symbols + ")", "utf8mb4", false,
          ColumnType.STRING.getCode(), ServerRowFormat.stringMetadata(real.getCode(), pack));
      return new ColumnDefinition(column, false, count, ServerRowFormat.littleEndian(1, pack));
    });
  }

  /** MySQL's JSON type (binary format) and MariaDB's LONGTEXT with a json_valid check. */
  private static Arbitrary<ColumnDefinition> json() {
    return Arbitraries.of(true, false).map(mysql -> mysql
        ? of("json", null, ColumnType.JSON, new byte[] {4}, lengthPrefixed(new byte[] {4, 0}, 4))
        : new ColumnDefinition(new ServerColumn("longtext", "utf8mb4", true, ColumnType.BLOB.getCode(), new byte[] {4}),
            false, 0, lengthPrefixed("{}".getBytes(StandardCharsets.UTF_8), 4)));
  }
}
