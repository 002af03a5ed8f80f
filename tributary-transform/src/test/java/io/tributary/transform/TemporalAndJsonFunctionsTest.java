package io.tributary.transform;

import static io.tributary.transform.Rows.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TemporalAndJsonFunctionsTest {

  @Test
  void dateFormatAndParsing() {
    assertThat(eval("DATE_FORMAT(updated, 'yyyy-MM-dd HH:mm:ss')")).isEqualTo("2024-02-28 13:45:07");
    assertThat(eval("DATE_FORMAT(committed, 'yyyy/MM/dd HH:mm')")).isEqualTo("2024/02/28 13:45");
    assertThat(eval("DATE_FORMAT(created, 'dd.MM.yyyy')")).isEqualTo("28.02.2024");
    assertThat(eval("TO_TIMESTAMP('2024-03-01 10:11:12')")).isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 11, 12));
    assertThat(eval("TO_TIMESTAMP('01/03/2024', 'dd/MM/yyyy')")).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
    assertThat(eval("TO_TIMESTAMP('garbage')")).isNull();
    assertThat(Rows.typeOf("TO_TIMESTAMP('2024-03-01 10:11:12')")).isEqualTo(DataType.timestamp(3));
  }

  @Test
  void unixTime() {
    assertThat(eval("UNIX_TIMESTAMP(committed)")).isEqualTo(1_709_127_907L);
    assertThat(eval("UNIX_TIMESTAMP('1970-01-02 00:00:00')")).isEqualTo(86_400L);
    assertThat(eval("UNIX_TIMESTAMP('02/01/1970', 'dd/MM/yyyy')")).isEqualTo(86_400L);
    assertThat((Long) eval("UNIX_TIMESTAMP()")).isGreaterThan(1_700_000_000L);
    assertThat(eval("FROM_UNIXTIME(86400)")).isEqualTo("1970-01-02 00:00:00");
    assertThat(eval("FROM_UNIXTIME(0, 'yyyy')")).isEqualTo("1970");
  }

  @Test
  void dayArithmetic() {
    assertThat(eval("DATE_ADD(created, 2)")).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(eval("DATE_ADD('2024-12-31', 1)")).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(eval("DATE_SUB(updated, 28)")).isEqualTo(LocalDateTime.of(2024, 1, 31, 13, 45, 7, 123_456_000));
    assertThat(eval("DATE_ADD(committed, 1)")).isEqualTo(Instant.parse("2024-02-29T13:45:07.123456Z"));
    assertThat(eval("DATEDIFF('2024-03-01', created)")).isEqualTo(2);
    assertThat(eval("DATE_DIFF(created, updated)")).isEqualTo(0);
  }

  @Test
  void currentTimestampIsEvaluatedPerRowNotFolded() {
    CompiledTransform transform = Rows.compile("CURRENT_TIMESTAMP");
    Instant before = Instant.now().minusSeconds(1);
    Object value = transform.project(Rows.row(), Rows.CONTEXT)[0];
    assertThat((Instant) value).isAfter(before);
    assertThat(transform.output().columns().get(0).type()).isEqualTo(DataType.timestampTz(3));
  }

  @Test
  void jsonValue() {
    assertThat(eval("JSON_VALUE(doc, '$.a.b[1]')")).isEqualTo("20");
    assertThat(eval("JSON_VALUE(doc, '$.s')")).isEqualTo("x");
    assertThat(eval("JSON_VALUE(doc, '$[''s'']')")).isEqualTo("x");
    assertThat(eval("JSON_VALUE(doc, '$.a')")).isNull();
    assertThat(eval("JSON_VALUE(doc, '$.missing.deeper')")).isNull();
    assertThat(eval("JSON_VALUE('not json', '$.a')")).isNull();
    assertThat(eval("JSON_VALUE(note, '$.a')")).isNull();
  }

  @Test
  void hashes() {
    assertThat(eval("MD5('abc')")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    assertThat(eval("SHA256('abc')"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(eval("MD5(note)")).isNull();
  }
}
