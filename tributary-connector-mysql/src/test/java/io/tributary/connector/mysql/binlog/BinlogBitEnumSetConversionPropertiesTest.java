package io.tributary.connector.mysql.binlog;

import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.decode;
import static io.tributary.connector.mysql.binlog.ServerBinlogEvents.logicalValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import io.tributary.api.schema.DataType;
import io.tributary.connector.mysql.binlog.ServerBinlogEvents.ServerColumn;
import io.tributary.connector.mysql.schema.MySqlColumnTypes;
import io.tributary.connector.mysql.schema.ServerColumnTypeText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * BIT, ENUM and SET: the client delivers a {@link BitSet}, a 1-based index and a bit mask; the
 * source must turn them into big-endian bytes, the symbol and the members in declaration order,
 * with the symbols read back from the COLUMN_TYPE text the server prints.
 */
class BinlogBitEnumSetConversionPropertiesTest {

  /** A BIT(width) column and a value of it. */
  record BitValue(int width, BigInteger value) {}

  /** An ENUM or SET column's symbols and a cell: the 1-based index, or the member mask. */
  record SymbolValue(List<String> symbols, long cell) {}

  @Property(tries = 1000)
  void bitBecomesBigEndianBytesOfItsDeclaredWidth(@ForAll("bits") BitValue bit) {
    ServerColumn column = ServerColumn.of(
        "bit(" + bit.width() + ")", ColumnType.BIT.getCode(), ServerRowFormat.bitMetadata(bit.width()));
    byte[] cell = ServerRowFormat.bit(bit.value(), bit.width());

    Object raw = decode(column, cell).cell();
    byte[] logical = (byte[]) logicalValue(column, cell);

    assertThat(raw).isInstanceOf(BitSet.class);
    assertThat(logical).hasSize((bit.width() + 7) / 8);
    assertThat(new BigInteger(1, logical)).isEqualTo(bit.value());
    for (int i = 0; i < logical.length; i++) {
      assertThat(logical[i]).isEqualTo(bit.value().shiftRight(8 * (logical.length - 1 - i)).byteValue());
    }
  }

  @Property(tries = 500)
  void enumIndexBecomesItsSymbol(@ForAll("enums") SymbolValue value) {
    String columnType = ServerColumnTypeText.withSymbols("enum", value.symbols());
    int packLength = ServerRowFormat.enumPackLength(value.symbols().size());
    ServerColumn column = ServerColumn.of(
        columnType, ColumnType.STRING.getCode(), ServerRowFormat.stringMetadata(ColumnType.ENUM.getCode(), packLength));

    Object logical = logicalValue(column, ServerRowFormat.littleEndian(value.cell(), packLength));

    assertThat(MySqlColumnTypes.map(columnType, false)).isEqualTo(DataType.enumOf(value.symbols()));
    assertThat(logical).isEqualTo(value.cell() == 0 ? "" : value.symbols().get((int) value.cell() - 1));
  }

  @Property(tries = 1000)
  void setMaskBecomesItsMembersInDeclarationOrder(@ForAll("sets") SymbolValue value) {
    List<String> symbols = value.symbols();
    String columnType = ServerColumnTypeText.withSymbols("set", symbols);
    int packLength = ServerRowFormat.setPackLength(symbols.size());
    ServerColumn column = ServerColumn.of(
        columnType, ColumnType.STRING.getCode(), ServerRowFormat.stringMetadata(ColumnType.SET.getCode(), packLength));

    String logical = (String) logicalValue(column, ServerRowFormat.littleEndian(value.cell(), packLength));

    assertThat(MySqlColumnTypes.map(columnType, false)).isEqualTo(DataType.setOf(symbols));
    List<String> members = new ArrayList<>();
    for (int bit = 0; bit < symbols.size(); bit++) {
      if ((value.cell() & 1L << bit) != 0) {
        members.add(symbols.get(bit));
      }
    }
    assertThat(logical).isEqualTo(String.join(",", members));
    long mask = 0;
    for (String member : logical.isEmpty() ? List.<String>of() : List.of(logical.split(",", -1))) {
      mask |= 1L << symbols.indexOf(member);
    }
    assertThat(mask).isEqualTo(value.cell());
  }

  @Provide
  Arbitrary<BitValue> bits() {
    return Arbitraries.integers().between(1, 64).flatMap(width -> Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE))
        .map(value -> new BitValue(width, value)));
  }

  @Provide
  Arbitrary<SymbolValue> enums() {
    Arbitrary<List<String>> symbols = Arbitraries.frequencyOf(
        Tuple.of(5, ServerColumnTypeText.symbols(false, 1, 20)), Tuple.of(1, ServerColumnTypeText.symbols(false, 250, 300)));
    return symbols.flatMap(list -> Arbitraries.longs().between(0, list.size()).map(index -> new SymbolValue(list, index)));
  }

  @Provide
  Arbitrary<SymbolValue> sets() {
    return ServerColumnTypeText.symbols(true, 1, 64).flatMap(list -> {
      Arbitrary<Long> mask = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(0L, -1L, 1L, Long.MIN_VALUE));
      return mask.map(m -> new SymbolValue(list, list.size() == 64 ? m : m & ((1L << list.size()) - 1)));
    });
  }
}
