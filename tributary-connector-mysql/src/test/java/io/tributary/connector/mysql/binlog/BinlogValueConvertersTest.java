package io.tributary.connector.mysql.binlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import io.tributary.api.schema.Column;
import io.tributary.connector.mysql.binlog.BinlogValueConverters.ValueConverter;
import io.tributary.connector.mysql.schema.MySqlCharsets;
import io.tributary.connector.mysql.schema.MySqlColumn;
import io.tributary.connector.mysql.schema.MySqlColumnTypes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values as the binlog client delivers them (seen on MariaDB 10.11) and what they must become. */
class BinlogValueConvertersTest {

  private static ValueConverter converter(String columnType, String charset, ColumnType binlogType) {
    MySqlColumn column = new MySqlColumn(
        new Column("c", MySqlColumnTypes.map(columnType, false), true, columnType),
        MySqlColumnTypes.baseName(columnType), MySqlColumnTypes.isUnsigned(columnType), MySqlCharsets.forName(charset));
    return BinlogValueConverters.forColumn(column, binlogType.getCode());
  }

  private static Object convert(String columnType, Object raw) {
    return converter(columnType, null, ColumnType.LONG).convert(raw);
  }

  @Test
  void integersGetTheirSignednessFixed() {
    assertThat(convert("tinyint(4)", -128)).isEqualTo((byte) -128);
    assertThat(convert("tinyint(3) unsigned", -1)).isEqualTo((short) 255);
    assertThat(convert("smallint(6)", -32768)).isEqualTo((short) -32768);
    assertThat(convert("smallint(5) unsigned", -1)).isEqualTo(65535);
    assertThat(convert("mediumint(9)", -8388608)).isEqualTo(-8388608);
    assertThat(convert("mediumint(8) unsigned", -1)).isEqualTo(16777215);
    assertThat(convert("int(11)", Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
    assertThat(convert("int(10) unsigned", -1)).isEqualTo(4294967295L);
    assertThat(convert("bigint(20)", Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
    assertThat(convert("bigint(20) unsigned", -1L)).isEqualTo(new BigDecimal("18446744073709551615"));
    assertThat(convert("bigint(20) unsigned", Long.MIN_VALUE)).isEqualTo(new BigDecimal("9223372036854775808"));
    assertThat(convert("bigint(20) unsigned", 7L)).isEqualTo(new BigDecimal("7"));
  }

  @Test
  void decimalsKeepTheirDeclaredScale() {
    BigDecimal value = new BigDecimal("-12345678901234567890123456789012345.123456789012345678901234567891");
    assertThat(convert("decimal(65,30)", value)).isEqualTo(value);
    assertThat(((BigDecimal) convert("decimal(10,2)", new BigDecimal("5"))).scale()).isEqualTo(2);
  }

  @Test
  void yearZeroArrivesAs1900() {
    assertThat(convert("year(4)", 2024)).isEqualTo((short) 2024);
    assertThat(convert("year(4)", 1900)).isEqualTo((short) 0);
    assertThat(convert("year(4)", 2155)).isEqualTo((short) 2155);
  }

  @Test
  void bitsBecomeBigEndianBytes() {
    BitSet one = new BitSet();
    one.set(0);
    assertThat((byte[]) convert("bit(1)", one)).containsExactly(1);
    BitSet ends = new BitSet();
    ends.set(0);
    ends.set(63);
    assertThat((byte[]) convert("bit(64)", ends)).containsExactly(0x80, 0, 0, 0, 0, 0, 0, 1);
    BitSet nine = new BitSet();
    nine.set(8);
    nine.set(0);
    assertThat((byte[]) convert("bit(9)", nine)).containsExactly(1, 1);
    assertThat((byte[]) convert("bit(9)", new BitSet())).containsExactly(0, 0);
  }

  @Test
  void textIsDecodedWithTheColumnCharset() {
    byte[] utf8 = "h😀é".getBytes(StandardCharsets.UTF_8);
    assertThat(converter("varchar(20)", "utf8mb4", ColumnType.VARCHAR).convert(utf8)).isEqualTo("h😀é");
    byte[] latin1 = {0x63, 0x61, 0x66, (byte) 0xe9, (byte) 0x80};
    assertThat(converter("varchar(10)", "latin1", ColumnType.VARCHAR).convert(latin1)).isEqualTo("café€");
  }

  @Test
  void fixedBinaryGetsItsTrailingZerosBack() {
    assertThat((byte[]) convert("binary(4)", new byte[] {1, 2})).containsExactly(1, 2, 0, 0);
    assertThat((byte[]) convert("varbinary(4)", new byte[] {1, 2})).containsExactly(1, 2);
    assertThat((byte[]) convert("blob", new byte[] {0, (byte) 0xff})).containsExactly(0, 0xff);
  }

  @Test
  void temporalMicrosBecomeExactValues() {
    assertThat(convert("datetime(6)", 1704164645123456L)).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000));
    assertThat(convert("timestamp(6)", 1704164645654321L))
        .isEqualTo(Instant.parse("2024-01-02T03:04:05.654321Z"));
    assertThat(convert("timestamp", 0L)).isNull();
    assertThat(convert("time(6)", 86399999999L)).isEqualTo(LocalTime.of(23, 59, 59, 999_999_000));
    assertThat(convert("date", 1704153600000000L)).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(convert("datetime(6)", -1L)).isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000));
  }

  @Test
  void datesAroundTheGregorianCutoverComeBackUnchanged() {
    // the binlog client alone (Julian arithmetic before 1582-10-15) gave 1582-10-05 the value of 1582-10-15
    ServerBinlogEvents.ServerColumn date = ServerBinlogEvents.ServerColumn.of("date", ColumnType.DATE.getCode(), new byte[0]);
    assertThat(ServerBinlogEvents.logicalValue(date, ServerRowFormat.date(1582, 10, 5))).isEqualTo(LocalDate.of(1582, 10, 5));
    assertThat(ServerBinlogEvents.logicalValue(date, ServerRowFormat.date(1582, 10, 15))).isEqualTo(LocalDate.of(1582, 10, 15));
    assertThat(ServerBinlogEvents.logicalValue(date, ServerRowFormat.date(1, 1, 1))).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(convert("datetime(6)", -62135596800000000L + 3_723_000_001L)).isEqualTo(LocalDateTime.of(1, 1, 1, 1, 2, 3, 1_000));
  }

  @Test
  void timesOutsideADayAreRefused() {
    // '-01:02:03' as the client decodes it
    assertThatThrownBy(() -> convert("time", 3682921000000L)).hasMessageContaining("not a time of day");
  }

  @Test
  void enumIndexAndSetMaskBecomeSymbols() {
    assertThat(convert("enum('a','b','c')", 2)).isEqualTo("b");
    assertThat(convert("enum('a','b','c')", 0)).isEqualTo("");
    assertThat(convert("set('x','y','z')", 5L)).isEqualTo("x,z");
    assertThat(convert("set('x','y','z')", 0L)).isEqualTo("");
    assertThat(BinlogValueConverters.setMembers(1L << 63, java.util.stream.IntStream.range(0, 64).mapToObj(i -> "m" + i).toList()))
        .isEqualTo("m63");
  }

  @Test
  void jsonIsTextOnMariaDbAndBinaryOnMySql() {
    byte[] text = "{\"k\": [1, 2.5, \"é😀\"]}".getBytes(StandardCharsets.UTF_8);
    MySqlColumn mariaDbJson = new MySqlColumn(
        new Column("j", MySqlColumnTypes.map("longtext", true), true, "longtext"), "longtext", false, StandardCharsets.UTF_8);
    assertThat(BinlogValueConverters.forColumn(mariaDbJson, ColumnType.BLOB.getCode()).convert(text))
        .isEqualTo("{\"k\": [1, 2.5, \"é😀\"]}");
    // MySQL binary JSON of the literal true: type 0x04 (literal), value 0x01 (true)
    MySqlColumn mysqlJson = new MySqlColumn(
        new Column("j", MySqlColumnTypes.map("json", false), true, "json"), "json", false, null);
    assertThat(BinlogValueConverters.forColumn(mysqlJson, ColumnType.JSON.getCode()).convert(new byte[] {4, 1}))
        .isEqualTo("true");
  }

  @Test
  void floatsPassThrough() {
    assertThat(convert("float", 3.1415927f)).isEqualTo(3.1415927f);
    assertThat(convert("double", 2.718281828459045)).isEqualTo(2.718281828459045);
  }

  @Test
  void unsignedLongHelperCoversTheWholeRange() {
    assertThat(BinlogValueConverters.unsignedLong(Long.MAX_VALUE)).isEqualTo(new BigDecimal(Long.MAX_VALUE));
    assertThat(BinlogValueConverters.unsignedLong(-2L)).isEqualTo(new BigDecimal("18446744073709551614"));
    assertThat(List.of(0L).stream().map(BinlogValueConverters::unsignedLong).toList()).containsExactly(BigDecimal.ZERO);
  }
}
