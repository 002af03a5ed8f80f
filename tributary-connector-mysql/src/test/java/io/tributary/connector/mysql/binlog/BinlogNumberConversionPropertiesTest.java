package io.tributary.connector.mysql.binlog;

import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.decode;
import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.logicalValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import io.tributary.api.schema.DataType;
import io.tributary.connector.mysql.binlog.ServerBinlogEvents.ServerColumn;
import io.tributary.connector.mysql.schema.MySqlColumnTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Numbers over their whole domain, written the way the server writes them into a row image,
 * decoded by the binlog client as the source configures it, converted by the source: each must
 * come out as the exact value, in the Java class of its logical kind.
 */
class BinlogNumberConversionPropertiesTest {
  private static final byte[] NO_METADATA = {};

  @Property(tries = 500)
  void tinyint(@ForAll @IntRange(min = -128, max = 127) int value) {
    assertInteger("tinyint(4)", ColumnType.TINY, 1, value, Byte.class);
  }

  @Property(tries = 500)
  void tinyintUnsigned(@ForAll @IntRange(min = 0, max = 255) int value) {
    assertInteger("tinyint(3) unsigned", ColumnType.TINY, 1, value, Short.class);
  }

  @Property(tries = 500)
  void smallint(@ForAll @IntRange(min = -32768, max = 32767) int value) {
    assertInteger("smallint(6)", ColumnType.SHORT, 2, value, Short.class);
  }

  @Property(tries = 500)
  void smallintUnsigned(@ForAll @IntRange(min = 0, max = 65535) int value) {
    assertInteger("smallint(5) unsigned", ColumnType.SHORT, 2, value, Integer.class);
  }

  @Property(tries = 500)
  void mediumint(@ForAll @IntRange(min = -8_388_608, max = 8_388_607) int value) {
    assertInteger("mediumint(9)", ColumnType.INT24, 3, value, Integer.class);
  }

  @Property(tries = 500)
  void mediumintUnsigned(@ForAll @IntRange(min = 0, max = 16_777_215) int value) {
    assertInteger("mediumint(8) unsigned", ColumnType.INT24, 3, value, Integer.class);
  }

  @Property(tries = 500)
  void integer(@ForAll int value) {
    assertInteger("int(11)", ColumnType.LONG, 4, value, Integer.class);
  }

  @Property(tries = 500)
  void integerUnsigned(@ForAll @LongRange(min = 0, max = 4_294_967_295L) long value) {
    assertInteger("int(10) unsigned", ColumnType.LONG, 4, value, Long.class);
  }

  @Property(tries = 500)
  void bigint(@ForAll long value) {
    assertInteger("bigint(20)", ColumnType.LONGLONG, 8, value, Long.class);
  }

  @Property(tries = 1000)
  void bigintUnsignedArrivesAsASignedLongAndBecomesTheExactDecimal(
      @ForAll @BigRange(min = "0", max = "18446744073709551615") BigInteger value) {
    ServerColumn column = ServerColumn.of("bigint(20) unsigned", ColumnType.LONGLONG.getCode(), NO_METADATA);
    byte[] cell = ServerRowFormat.littleEndian(value.longValue(), 8);

    Object raw = decode(column, cell).cell();
    Object logical = logicalValue(column, cell);

    assertThat(raw).isEqualTo(value.longValue());
    assertThat(logical).isInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal(value));
    assertThat(((BigDecimal) logical).toBigIntegerExact().longValue()).isEqualTo(raw);
    assertThat(MySqlColumnTypes.map(column.columnType(), false)).isEqualTo(DataType.decimal(20, 0));
  }

  @Property(tries = 1000)
  void decimalKeepsEveryDigitAndItsDeclaredScale(@ForAll("decimals") DecimalCase value) {
    String columnType = "decimal(" + value.precision() + "," + value.scale() + ")";
    ServerColumn column = ServerColumn.of(
        columnType, ColumnType.NEWDECIMAL.getCode(), ServerRowFormat.decimalMetadata(value.precision(), value.scale()));

    Object logical = logicalValue(column, ServerRowFormat.decimal(value.value(), value.precision(), value.scale()));

    assertThat(logical).isInstanceOf(BigDecimal.class).isEqualTo(value.value());
    assertThat(((BigDecimal) logical).scale()).isEqualTo(value.scale());
  }

  @Property(tries = 500)
  void floatsPassBitForBit(@ForAll float value) {
    Object logical = logicalValue(
        ServerColumn.of("float", ColumnType.FLOAT.getCode(), new byte[] {4}),
        ServerRowFormat.littleEndian(Float.floatToRawIntBits(value), 4));

    assertThat(logical).isInstanceOf(Float.class);
    assertThat(Float.floatToRawIntBits((Float) logical)).isEqualTo(Float.floatToRawIntBits(value));
  }

  @Property(tries = 500)
  void doublesPassBitForBit(@ForAll double value) {
    Object logical = logicalValue(
        ServerColumn.of("double", ColumnType.DOUBLE.getCode(), new byte[] {8}),
        ServerRowFormat.littleEndian(Double.doubleToRawLongBits(value), 8));

    assertThat(logical).isInstanceOf(Double.class);
    assertThat(Double.doubleToRawLongBits((Double) logical)).isEqualTo(Double.doubleToRawLongBits(value));
  }

  @Property(tries = 300)
  void yearIsTheCalendarYearAndZeroStaysZero(@ForAll("years") int year) {
    Object logical = logicalValue(ServerColumn.of("year(4)", ColumnType.YEAR.getCode(), NO_METADATA), ServerRowFormat.year(year));

    assertThat(logical).isInstanceOf(Short.class).isEqualTo((short) year);
  }

  /** A DECIMAL(precision, scale) column and a value that fits it. */
  record DecimalCase(int precision, int scale, BigDecimal value) {}

  @Provide
  Arbitrary<DecimalCase> decimals() {
    Arbitrary<int[]> shapes = Combinators.combine(Arbitraries.integers().between(1, 65), Arbitraries.integers().between(0, 30))
        .filter((precision, scale) -> scale <= precision)
        .as((precision, scale) -> new int[] {precision, scale});
    return shapes.flatMap(shape -> {
      BigInteger largest = BigInteger.TEN.pow(shape[0]).subtract(BigInteger.ONE);
      return Arbitraries.bigIntegers().between(largest.negate(), largest)
          .map(unscaled -> new DecimalCase(shape[0], shape[1], new BigDecimal(unscaled, shape[1])));
    });
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0)), Tuple.of(20, Arbitraries.integers().between(1901, 2155)));
  }

  private static void assertInteger(String columnType, ColumnType binlogType, int bytes, long value, Class<?> kindClass) {
    ServerColumn column = ServerColumn.of(columnType, binlogType.getCode(), NO_METADATA);

    Object logical = logicalValue(column, ServerRowFormat.littleEndian(value, bytes));

    assertThat(logical).isInstanceOf(kindClass);
    assertThat(((Number) logical).longValue()).isEqualTo(value);
  }
}
