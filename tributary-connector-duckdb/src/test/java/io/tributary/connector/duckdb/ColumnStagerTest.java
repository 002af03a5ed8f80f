package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnStagerTest {
  private static Object stage(DataType type, Object value) {
    return ColumnStager.of(new Column("col", type, true)).stage(value);
  }

  @Test
  void valuesAreStagedInTheFormTheirStagingColumnTakes() {
    assertThat(stage(DataType.int8(), (byte) 1)).isEqualTo((byte) 1);
    assertThat(stage(DataType.int16(), 7)).isEqualTo((short) 7);
    assertThat(stage(DataType.int32(), 7L)).isEqualTo(7);
    assertThat(stage(DataType.decimal(10, 3), new BigDecimal("1.5"))).isEqualTo(new BigDecimal("1.500"));
    assertThat(stage(DataType.decimal(50, 3), new BigDecimal("1.5"))).isEqualTo("1.500");
    assertThat(stage(DataType.bits(4), new byte[] {9})).isEqualTo("1001");
    assertThat(stage(DataType.timestamp(6), LocalDateTime.of(1970, 1, 1, 0, 0, 1, 2_000))).isEqualTo(1_000_002L);
    assertThat(stage(DataType.timestampTz(6), Instant.ofEpochSecond(-1, 999_999_000))).isEqualTo(-1L);
    assertThat(stage(DataType.json(), "{}")).isEqualTo("{}");
    assertThat(stage(DataType.int64(), null)).isNull();
  }

  @Test
  void arrayElementsAreStagedForTheAppendersLists() {
    assertThat(stage(DataType.arrayOf(DataType.bytes(-1)), List.of(new byte[] {0, 10}))).isEqualTo(List.of("\\x00\\x0A"));
    assertThat(stage(DataType.arrayOf(DataType.timestampTz(6)), List.of(Instant.EPOCH)))
        .isEqualTo(List.of(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
    assertThat(stage(DataType.arrayOf(DataType.arrayOf(DataType.int16())), List.of(Arrays.asList(1, null))))
        .isEqualTo(List.of(Arrays.asList((short) 1, null)));
    assertThat(stage(DataType.arrayOf(DataType.decimal(4, 1)), List.of(new BigDecimal("2")))).isEqualTo(List.of(new BigDecimal("2.0")));
  }

  @Test
  void aValueThatDoesNotFitIsRefusedNamingTheColumn() {
    assertThatThrownBy(() -> stage(DataType.int32(), "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("column col (INT32): expected a whole number");
    assertThatThrownBy(() -> stage(DataType.arrayOf(DataType.int8()), List.of(300))).hasMessageContaining("outside -128..127");
    assertThatThrownBy(() -> stage(DataType.arrayOf(DataType.int8()), "not a list")).hasMessageContaining("expected a List");
    assertThatThrownBy(() -> stage(DataType.arrayOf(DataType.timestamp(6)), List.of(LocalDateTime.MAX))).hasMessageContaining("TIMESTAMP range");
  }
}
