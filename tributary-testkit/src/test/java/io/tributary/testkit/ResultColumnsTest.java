package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultColumnsTest {
  @Test
  void bitStringsReadAsTheHexOfTheirBytes() {
    assertThat(ResultColumns.bitStringHex("1")).isEqualTo("01");
    assertThat(ResultColumns.bitStringHex("101")).isEqualTo("05");
    assertThat(ResultColumns.bitStringHex("0".repeat(61) + "101")).isEqualTo("0000000000000005");
    assertThat(ResultColumns.bitStringHex("1".repeat(64))).isEqualTo("ffffffffffffffff");
    assertThat(ResultColumns.bitStringHex("100000000")).isEqualTo("0100");
    assertThat(ResultColumns.bitStringHex(null)).isEqualTo(TableDump.NULL);
  }
}
