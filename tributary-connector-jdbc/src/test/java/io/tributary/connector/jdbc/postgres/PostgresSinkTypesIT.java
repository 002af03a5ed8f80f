package io.tributary.connector.jdbc.postgres;

import static io.tributary.connector.jdbc.Batches.batch;
import static io.tributary.connector.jdbc.Batches.row;
import static io.tributary.connector.jdbc.Batches.table;
import static io.tributary.connector.jdbc.Batches.upserts;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import io.tributary.connector.jdbc.RecordingRejectedRows;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PostgresSinkTypesIT {
  private final PostgresTarget target = new PostgresTarget();
  private final RecordingRejectedRows rejected = new RecordingRejectedRows();

  @AfterEach
  void close() {
    target.close();
  }

  static final TableSchema TYPES = table("shop", "every_type", List.of("id"),
      new Column("id", DataType.int64(), false),
      new Column("b", DataType.bool(), true),
      new Column("i8", DataType.int8(), true),
      new Column("i16", DataType.int16(), true),
      new Column("i32", DataType.int32(), true),
      new Column("i64", DataType.int64(), true),
      new Column("dec", DataType.decimal(65, 30), true),
      new Column("u64", DataType.decimal(20, 0), true),
      new Column("f32", DataType.float32(), true),
      new Column("f64", DataType.float64(), true),
      new Column("s", DataType.string(20), true),
      new Column("txt", DataType.string(-1), true),
      new Column("by", DataType.bytes(-1), true),
      new Column("bits64", DataType.bits(64), true),
      new Column("bits5", DataType.bits(5), true),
      new Column("d", DataType.date(), true),
      new Column("t", DataType.time(6), true),
      new Column("ts", DataType.timestamp(6), true),
      new Column("tstz", DataType.timestampTz(6), true),
      new Column("js", DataType.json(), true),
      new Column("u", DataType.uuid(), true),
      new Column("e", DataType.enumOf(List.of("happy", "sad")), true),
      new Column("st", DataType.setOf(List.of("a", "b", "c")), true),
      new Column("arr", DataType.arrayOf(DataType.int32()), true),
      new Column("sarr", DataType.arrayOf(DataType.string(-1)), true));

  static Object[] typical() {
    byte[] ones = new byte[8];
    Arrays.fill(ones, (byte) 0xff);
    return row(1L, true, (byte) -128, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE,
        new BigDecimal("12345678901234567890123456789012345.123456789012345678901234567890"),
        new BigDecimal("18446744073709551615"), 3.4028235E38f, Double.MIN_VALUE,
        "emoji 😀 tab\t nl\n \\N", "x".repeat(100_000) + "é",
        new byte[] {0, 1, -1, '\\', '\t', '\n'}, ones, new byte[] {0x15},
        LocalDate.of(1, 1, 1), LocalTime.of(23, 59, 59, 999_999_000),
        LocalDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_000),
        Instant.parse("2038-01-19T03:14:08.000001Z"), "{\"b\": 1,  \"a\": [true, null]}",
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), "sad", "a,c",
        Arrays.asList(1, null, 3), Arrays.asList("a\"b", "c,d", "", "{}", null, "\\"));
  }

  static Object[] edge() {
    return row(2L, false, (byte) 127, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
        new BigDecimal("-99999999999999999999999999999999999.999999999999999999999999999999"),
        new BigDecimal("0"), Float.NaN, Double.NEGATIVE_INFINITY, "", "", new byte[0],
        new byte[8], new byte[] {0}, LocalDate.of(-99, 1, 1), LocalTime.MIDNIGHT,
        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000), Instant.EPOCH, "[]",
        new UUID(0, 0), "happy", "", List.of(), List.of());
  }

  static Object[] nulls() {
    Object[] row = new Object[TYPES.columns().size()];
    row[0] = 3L;
    return row;
  }

  @Test
  void everyTypeRoundTripsExactlyIncludingNullsAndEdgeValues() throws Exception {
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(TYPES);
    SinkWriter writer = target.writer(sink, 0);
    writer.write(batch(0, 1, upserts(TYPES, typical(), edge(), nulls())));

    assertThat(rejected.all()).isEmpty();
    try (Connection c = target.connect();
        PreparedStatement ps = c.prepareStatement("SELECT *, bits64::text, bits5::text, d::text"
            + " FROM shop.every_type ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      assertRow(rs, typical(), "1".repeat(64), "10101", "0001-01-01");
      assertThat(rs.next()).isTrue();
      assertRow(rs, edge(), "0".repeat(64), "00000", "0100-01-01 BC");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong("id")).isEqualTo(3L);
      for (int i = 2; i <= TYPES.columns().size(); i++) {
        assertThat(rs.getObject(i)).as(TYPES.columns().get(i - 1).name()).isNull();
      }
      assertThat(rs.next()).isFalse();
    }
  }

  private static void assertRow(ResultSet rs, Object[] expected, String bits64, String bits5,
      String date) throws Exception {
    assertThat(rs.getLong("id")).isEqualTo(expected[0]);
    assertThat(rs.getBoolean("b")).isEqualTo(expected[1]);
    assertThat(rs.getShort("i8")).isEqualTo(((Byte) expected[2]).shortValue());
    assertThat(rs.getShort("i16")).isEqualTo(expected[3]);
    assertThat(rs.getInt("i32")).isEqualTo(expected[4]);
    assertThat(rs.getLong("i64")).isEqualTo(expected[5]);
    assertThat(rs.getBigDecimal("dec")).isEqualByComparingTo((BigDecimal) expected[6]);
    assertThat(rs.getBigDecimal("dec").scale()).isEqualTo(30);
    assertThat(rs.getBigDecimal("u64")).isEqualTo(expected[7]);
    assertThat(rs.getFloat("f32")).isEqualTo(expected[8]);
    assertThat(rs.getDouble("f64")).isEqualTo(expected[9]);
    assertThat(rs.getString("s")).isEqualTo(expected[10]);
    assertThat(rs.getString("txt")).isEqualTo(expected[11]);
    assertThat(rs.getBytes("by")).isEqualTo(expected[12]);
    assertThat(rs.getString(TYPES.columns().size() + 1)).isEqualTo(bits64);
    assertThat(rs.getString(TYPES.columns().size() + 2)).isEqualTo(bits5);
    assertThat(rs.getString(TYPES.columns().size() + 3)).isEqualTo(date);
    assertThat(rs.getObject("t", LocalTime.class)).isEqualTo(expected[16]);
    assertThat(rs.getObject("ts", LocalDateTime.class)).isEqualTo(expected[17]);
    assertThat(rs.getObject("tstz", OffsetDateTime.class).toInstant()).isEqualTo(expected[18]);
    assertThat(rs.getString("js")).isEqualTo(expected[19]);
    assertThat(rs.getObject("u")).isEqualTo(expected[20]);
    assertThat(rs.getString("e")).isEqualTo(expected[21]);
    assertThat(rs.getString("st")).isEqualTo(expected[22]);
    assertThat(Arrays.asList((Object[]) rs.getArray("arr").getArray())).isEqualTo(expected[23]);
    assertThat(Arrays.asList((Object[]) rs.getArray("sarr").getArray())).isEqualTo(expected[24]);
  }

  @Test
  void randomTextSurvivesCopyUnchanged() throws Exception {
    TableSchema texts = table("shop", "texts", List.of("id"),
        new Column("id", DataType.int32(), false), new Column("v", DataType.string(-1), true));
    List<String> values = Arbitraries.strings().all().ofMaxLength(40)
        .filter(s -> s.indexOf('\0') < 0 && !hasLoneSurrogate(s))
        .sampleStream().limit(3000).toList();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      rows.add(row(i, values.get(i)));
    }
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(texts);
    target.writer(sink, 0).write(batch(0, 1, new TableChanges(texts, rows, List.of())));

    Map<Integer, String> stored = new HashMap<>();
    for (List<Object> r : target.query("SELECT id, v FROM shop.texts")) {
      stored.put((Integer) r.get(0), (String) r.get(1));
    }
    assertThat(stored).hasSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      assertThat(stored.get(i)).isEqualTo(values.get(i));
    }
  }

  @Test
  void textWithNulIsRejectedAndTheRestCommits() {
    TableSchema texts = table("shop", "texts", List.of("id"),
        new Column("id", DataType.int32(), false), new Column("v", DataType.string(-1), true));
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(texts);
    target.writer(sink, 0).write(batch(0, 7, upserts(texts, row(1, "ok"), row(2, "nul\0here"))));

    assertThat(target.query("SELECT id, v FROM shop.texts")).containsExactly(List.of(1, "ok"));
    assertThat(rejected.all()).singleElement().satisfies(r -> {
      assertThat(r.row()[0]).isEqualTo(2);
      assertThat(r.delete()).isFalse();
      assertThat(r.reason()).contains("22021");
    });
    assertThat(sink.committedPositions()).containsEntry(0, "test:7");
  }

  static final TableSchema SPECIALS = table("shop", "specials", List.of("id"),
      new Column("id", DataType.int32(), false), new Column("free", DataType.decimal(0, -1), true),
      new Column("money", DataType.decimal(10, 2), true), new Column("d", DataType.date(), true),
      new Column("t", DataType.time(6), true), new Column("ts", DataType.timestamp(6), true),
      new Column("tz", DataType.timestampTz(6), true));

  @Test
  void specialValuesAreStoredAsPostgresHasThemAndAnInfinityInAConstrainedNumericIsRejected() throws Exception {
    Sink sink = target.sink("pg", rejected);
    sink.ensureTable(SPECIALS);
    target.writer(sink, 0).write(batch(0, 3, upserts(SPECIALS,
        row(1, SpecialValue.NAN, SpecialValue.NAN, SpecialValue.POSITIVE_INFINITY, SpecialValue.END_OF_DAY,
            SpecialValue.NEGATIVE_INFINITY, SpecialValue.POSITIVE_INFINITY),
        row(2, SpecialValue.NEGATIVE_INFINITY, null, SpecialValue.NEGATIVE_INFINITY, null, SpecialValue.POSITIVE_INFINITY,
            SpecialValue.NEGATIVE_INFINITY),
        row(3, null, SpecialValue.POSITIVE_INFINITY, null, null, null, null))));

    assertThat(target.query("SELECT id, free::text, money::text, d::text, t::text, ts::text, tz::text"
        + " FROM shop.specials ORDER BY id")).containsExactly(
        List.of(1, "NaN", "NaN", "infinity", "24:00:00", "-infinity", "infinity"),
        Arrays.asList(2, "-Infinity", null, "-infinity", null, "infinity", "-infinity"));
    assertThat(rejected.all()).singleElement().satisfies(r -> {
      assertThat(r.row()[0]).isEqualTo(3);
      assertThat(r.reason()).containsIgnoringCase("infinite");
    });
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
