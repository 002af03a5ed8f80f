package io.tributary.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TemporalTextTest {

  @Test
  void writesMicrosecondsAndDropsAZeroFraction() {
    assertThat(TemporalText.time(LocalTime.of(13, 5, 9, 123_000))).isEqualTo("13:05:09.000123");
    assertThat(TemporalText.time(LocalTime.of(0, 0))).isEqualTo("00:00:00");
    assertThat(TemporalText.time(LocalTime.of(23, 59, 59, 999_999_000))).isEqualTo("23:59:59.999999");
  }

  @Test
  void writesDatesWithFourDigitYears() {
    assertThat(TemporalText.date(LocalDate.of(7, 2, 3))).isEqualTo("0007-02-03");
    assertThat(TemporalText.date(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
    assertThat(TemporalText.date(LocalDate.of(12345, 1, 1))).isEqualTo("12345-01-01");
    assertThat(TemporalText.date(LocalDate.of(-43, 3, 15))).isEqualTo("-0043-03-15");
  }

  @Test
  void writesDateTimesAndUtcInstants() {
    assertThat(TemporalText.dateTime(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000)))
        .isEqualTo("2024-01-02 03:04:05.000600");
    assertThat(TemporalText.dateTime(TemporalText.utc(Instant.parse("1969-12-31T23:59:59.999999Z"))))
        .isEqualTo("1969-12-31 23:59:59.999999");
  }
}
