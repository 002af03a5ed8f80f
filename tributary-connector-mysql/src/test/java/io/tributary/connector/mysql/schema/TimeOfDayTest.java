package io.tributary.connector.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeOfDayTest {

  @Test
  void parsesServerText() {
    assertThat(TimeOfDay.parse("23:59:59.999999")).isEqualTo(LocalTime.of(23, 59, 59, 999_999_000));
    assertThat(TimeOfDay.parse("00:00:00")).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(TimeOfDay.parse("12:30:05.5")).isEqualTo(LocalTime.of(12, 30, 5, 500_000_000));
    assertThat(TimeOfDay.parse("01:02:03.000120")).isEqualTo(LocalTime.of(1, 2, 3, 120_000));
  }

  @Test
  void refusesIntervalsOutsideADay() {
    assertThatThrownBy(() -> TimeOfDay.parse("-01:02:03")).hasMessageContaining("-01:02:03").hasMessageContaining("tables-exclude");
    assertThatThrownBy(() -> TimeOfDay.parse("100:00:00")).hasMessageContaining("100:00:00");
    assertThatThrownBy(() -> TimeOfDay.ofMicros(86_400_000_000L)).hasMessageContaining("24:00:00");
    assertThatThrownBy(() -> TimeOfDay.ofMicros(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void convertsMicrosOfDay() {
    assertThat(TimeOfDay.ofMicros(86_399_999_999L)).isEqualTo(LocalTime.of(23, 59, 59, 999_999_000));
    assertThat(TimeOfDay.ofMicros(0)).isEqualTo(LocalTime.MIDNIGHT);
  }
}
