package io.tributary.connector.jdbc.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void writesJsonArrays() {
    assertThat(JsonText.array(Arrays.asList(1, null, true, new BigDecimal("1.50"), 2.5)))
        .isEqualTo("[1,null,true,1.50,2.5]");
    assertThat(JsonText.array(List.of("a\"b", "c\\d", "e\nf", "\u0001")))
        .isEqualTo("[\"a\\\"b\",\"c\\\\d\",\"e\\nf\",\"\\u0001\"]");
    assertThat(JsonText.array(List.of(List.of(1), List.of()))).isEqualTo("[[1],[]]");
    assertThat(JsonText.array(List.of(new byte[] {1, 2}, LocalDate.of(2024, 1, 2),
        Instant.parse("2024-01-02T03:04:05.000006Z"), Double.NaN)))
        .isEqualTo("[\"AQI=\",\"2024-01-02\",\"2024-01-02 03:04:05.000006Z\",\"NaN\"]");
  }
}
