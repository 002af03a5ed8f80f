package io.tributary.connector.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.DataType;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** COLUMN_TYPE texts as servers print them (and in any case) map by the project's MySQL table. */
class MySqlColumnTypesPropertiesTest {

  @Property(tries = 1000)
  void enumAndSetSymbolsSurviveTheServersQuoting(@ForAll("enumSymbols") List<String> symbols, @ForAll boolean set) {
    String columnType = ServerColumnTypeText.withSymbols(set ? "set" : "enum", symbols);

    DataType type = MySqlColumnTypes.map(columnType, false);

    assertThat(type).isEqualTo(set ? DataType.setOf(symbols) : DataType.enumOf(symbols));
  }

  @Property(tries = 1000)
  void integersMapBySizeAndSignednessWhateverTheirWidthAndCase(
      @ForAll @IntRange(max = 4) int size,
      @ForAll @IntRange(max = 255) int width,
      @ForAll boolean unsigned,
      @ForAll boolean zerofill,
      @ForAll long caseBits) {
    boolean isUnsigned = unsigned || zerofill;
    String base = List.of("tinyint", "smallint", "mediumint", "int", "bigint").get(size);
    String text = base + (width == 0 ? "" : "(" + width + ")") + (isUnsigned ? " unsigned" : "") + (zerofill ? " zerofill" : "");
    DataType expected = isUnsigned
        ? List.of(DataType.int16(), DataType.int32(), DataType.int32(), DataType.int64(), DataType.decimal(20, 0)).get(size)
        : List.of(DataType.int8(), DataType.int16(), DataType.int32(), DataType.int32(), DataType.int64()).get(size);

    assertThat(MySqlColumnTypes.map(mixedCase(text, caseBits), false)).isEqualTo(expected);
    assertThat(MySqlColumnTypes.isUnsigned(mixedCase(text, caseBits))).isEqualTo(isUnsigned);
    assertThat(MySqlColumnTypes.baseName(mixedCase(text, caseBits))).isEqualTo(base);
  }

  @Property(tries = 500)
  void parametersAreReadFromTheirParentheses(
      @ForAll @IntRange(min = 1, max = 65) int precision,
      @ForAll @IntRange(max = 30) int scale,
      @ForAll @IntRange(max = 6) int fraction) {
    int decimals = Math.min(scale, precision);
    String fsp = fraction == 0 ? "" : "(" + fraction + ")";

    assertThat(MySqlColumnTypes.map("decimal(" + precision + "," + decimals + ") unsigned", false))
        .isEqualTo(DataType.decimal(precision, decimals));
    assertThat(MySqlColumnTypes.map("time" + fsp, false)).isEqualTo(DataType.time(fraction));
    assertThat(MySqlColumnTypes.map("datetime" + fsp, false)).isEqualTo(DataType.timestamp(fraction));
    assertThat(MySqlColumnTypes.map("timestamp" + fsp, false)).isEqualTo(DataType.timestampTz(fraction));
    assertThat(MySqlColumnTypes.map("bit(" + precision + ")", false)).isEqualTo(DataType.bits(precision));
    assertThat(MySqlColumnTypes.map("varchar(" + precision * 1000 + ")", false)).isEqualTo(DataType.string(precision * 1000));
    assertThat(MySqlColumnTypes.map("char(" + precision + ")", false)).isEqualTo(DataType.string(precision));
    assertThat(MySqlColumnTypes.map("varbinary(" + precision * 1000 + ")", false)).isEqualTo(DataType.bytes(precision * 1000));
    assertThat(MySqlColumnTypes.map("binary(" + precision + ")", false)).isEqualTo(DataType.bytes(precision));
  }

  @Provide
  Arbitrary<List<String>> enumSymbols() {
    return Arbitraries.oneOf(ServerColumnTypeText.symbols(false, 1, 30), ServerColumnTypeText.symbols(true, 1, 64));
  }

  /** {@code text} with the letters whose bit is set in {@code caseBits} in upper case. */
  private static String mixedCase(String text, long caseBits) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String c = text.substring(i, i + 1);
      out.append((caseBits >>> (i % 64) & 1) == 1 ? c.toUpperCase(Locale.ROOT) : c);
    }
    return out.toString();
  }
}
