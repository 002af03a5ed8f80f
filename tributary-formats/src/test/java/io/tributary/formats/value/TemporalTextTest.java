package io.tributary.formats.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TemporalTextTest {

  @Test
  void fractionsUseTheColumnsDigitsOrMoreWhenTheValueNeedsThem() {
    LocalTime time = LocalTime.of(1, 2, 3, 120_000_000);
    assertThat(TemporalText.time(time, 3)).isEqualTo("01:02:03.120");
    assertThat(TemporalText.time(time, 6)).isEqualTo("01:02:03.120000");
    assertThat(TemporalText.time(time, 0)).isEqualTo("01:02:03.12");
    assertThat(TemporalText.time(LocalTime.of(1, 2, 3), 0)).isEqualTo("01:02:03");
    assertThat(TemporalText.time(LocalTime.of(1, 2, 3, 1), 6)).isEqualTo("01:02:03.000000001");
  }

  @Test
  void datesAndTimesInBothSeparatorsAndInstantsInUtc() {
    LocalDateTime value = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000);
    assertThat(TemporalText.dateTime(value, 6, ' ')).isEqualTo("2024-02-29 23:59:59.999999");
    assertThat(TemporalText.dateTime(value, 6, 'T')).isEqualTo("2024-02-29T23:59:59.999999");
    assertThat(TemporalText.instant(Instant.parse("1969-12-31T23:59:59.5Z"), 0)).isEqualTo("1969-12-31T23:59:59.5Z");
    assertThat(TemporalText.date(LocalDate.of(10000, 1, 1))).isEqualTo("+10000-01-01");
  }

  @Test
  void parsingAcceptsBothSeparatorsOffsetsAndSignedYears() {
    assertThat(TemporalText.parseDateTime("2024-02-29 01:02:03.5")).isEqualTo(LocalDateTime.of(2024, 2, 29, 1, 2, 3, 500_000_000));
    assertThat(TemporalText.parseDateTime("2024-02-29T01:02:03Z")).isEqualTo(LocalDateTime.of(2024, 2, 29, 1, 2, 3));
    assertThat(TemporalText.parseDate("+10000-01-01")).isEqualTo(LocalDate.of(10000, 1, 1));
    assertThat(TemporalText.parseDate("-0001-12-31")).isEqualTo(LocalDate.of(-1, 12, 31));
    assertThat(TemporalText.parseInstant("2024-01-01T08:00:00+08:00", ZoneOffset.UTC)).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(TemporalText.parseInstant("2024-01-01 08:00:00", ZoneId.of("Asia/Shanghai")))
        .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(TemporalText.parseTime("23:59:59.123456789")).isEqualTo(LocalTime.of(23, 59, 59, 123_456_789));
  }

  @Test
  void malformedOrImpossibleValuesAreErrors() {
    assertThatThrownBy(() -> TemporalText.parseDate("2024-2-29")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("character 5");
    assertThatThrownBy(() -> TemporalText.parseDate("2023-02-29")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> TemporalText.parseTime("24:00:01")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> TemporalText.parseTime("838:59:59")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TemporalText.parseDateTime("2024-01-01 00:00:00.1234567890"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TemporalText.parseDateTime("2024-01-01 00:00:00 ")).isInstanceOf(IllegalArgumentException.class);
  }
}
