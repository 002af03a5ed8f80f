package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every logical type written through the sink and read back as DuckDB stores it. */
class DuckDbTypeRoundTripIT {
  private static final TableId TABLE = new TableId("shop", "all_types");
  @TempDir static Path dir;
  private static Path file;

  /** Column name → its type, and the text DuckDB shows for rows 1 (highs), 2 (lows), 3 (NULLs). */
  private static final Map<String, DataType> TYPES = new LinkedHashMap<>();
  private static final List<Object[]> ROWS = new ArrayList<>();

  private static void column(String name, DataType type, Object high, Object low) {
    TYPES.put(name, type);
    if (ROWS.isEmpty()) {
      for (long id = 1; id <= 3; id++) {
        ROWS.add(new Object[] {id});
      }
    }
    ROWS.set(0, append(ROWS.get(0), high));
    ROWS.set(1, append(ROWS.get(1), low));
    ROWS.set(2, append(ROWS.get(2), null));
  }

  private static Object[] append(Object[] row, Object value) {
    Object[] out = Arrays.copyOf(row, row.length + 1);
    out[row.length] = value;
    return out;
  }

  static {
    column("bool", DataType.bool(), true, false);
    column("i8", DataType.int8(), Byte.MAX_VALUE, Byte.MIN_VALUE);
    column("i16", DataType.int16(), Short.MAX_VALUE, Short.MIN_VALUE);
    column("i32", DataType.int32(), Integer.MAX_VALUE, Integer.MIN_VALUE);
    column("i64", DataType.int64(), Long.MAX_VALUE, Long.MIN_VALUE);
    column("dec", DataType.decimal(38, 10), new BigDecimal("9999999999999999999999999999.9999999999"), new BigDecimal("-0.0000000001"));
    column("dec_wide", DataType.decimal(65, 30),
        new BigDecimal("12345678901234567890123456789012345.123456789012345678901234567890"),
        new BigDecimal("-99999999999999999999999999999999999.000000000000000000000000000001"));
    column("dec_small", DataType.decimal(5, 2), new BigDecimal("999.99"), new BigDecimal("-1.50"));
    column("f32", DataType.float32(), Float.MAX_VALUE, Float.MIN_VALUE);
    column("f64", DataType.float64(), Double.MAX_VALUE, -0.1);
    column("s", DataType.string(255), "héllo 😀 \"dq\" 'sq' \\ tab\tnew\nline", "");
    column("b", DataType.bytes(-1), new byte[] {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff}, new byte[0]);
    column("bits64", DataType.bits(64), new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, 0, 1}, new byte[8]);
    column("bits5", DataType.bits(5), new byte[] {0x15}, new byte[] {0x1f});
    column("d", DataType.date(), LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1));
    column("t", DataType.time(6), LocalTime.of(23, 59, 59, 999_999_000), LocalTime.MIDNIGHT);
    column("ts", DataType.timestamp(6), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000), LocalDateTime.of(1900, 1, 1, 0, 0, 0, 1_000));
    column("tstz", DataType.timestampTz(6), Instant.parse("2024-02-29T23:59:59.999999Z"), Instant.parse("1969-12-31T23:59:59.000001Z"));
    column("j", DataType.json(), "{\"a\": [1, 2.50], \"b\": \"😀\"}", "[]");
    column("u", DataType.uuid(), UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"), new UUID(0, 0));
    column("e", DataType.enumOf(List.of("small", "large")), "large", "small");
    column("set", DataType.setOf(List.of("x", "y")), "x,y", "");
    column("arr", DataType.arrayOf(DataType.int32()), Arrays.asList(1, null, 3), List.of());
    column("arr_text", DataType.arrayOf(DataType.string(-1)), Arrays.asList("a,b", null, "c"), List.of());
    column("arr_bytes", DataType.arrayOf(DataType.bytes(-1)), List.of(new byte[] {0, (byte) 0xff}), List.of());
    column("arr_bits", DataType.arrayOf(DataType.bits(3)), List.of(new byte[] {5}), List.of());
    column("arr_tstz", DataType.arrayOf(DataType.timestampTz(6)), List.of(Instant.parse("2000-01-01T00:00:00.000001Z")), List.of());
    column("arr_dec", DataType.arrayOf(DataType.decimal(10, 2)), List.of(new BigDecimal("1.25"), new BigDecimal("-0.50")), List.of());
    column("arr_arr", DataType.arrayOf(DataType.arrayOf(DataType.int64())), List.of(List.of(1L, 2L), List.of()), List.of());
  }

  private static TableSchema schema() {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("id", DataType.int64(), false));
    TYPES.forEach((name, type) -> columns.add(new Column(name, type, true)));
    return new TableSchema(TABLE, columns, List.of("id"), 1);
  }

  @BeforeAll
  static void writeRows() {
    file = dir.resolve("types.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true))) {
      sink.ensureTable(schema());
      try (SinkWriter writer = sink.openWriter(0)) {
        writer.write(new SinkBatch(0, List.of(new TableChanges(schema(), ROWS, List.of())), new TestPosition(1)));
      }
    }
  }

  private static List<String> column(String name) {
    List<String> out = new ArrayList<>();
    for (List<String> row : DuckDbTestDatabase.query(file, "SELECT CAST(\"" + name + "\" AS VARCHAR) FROM shop.all_types ORDER BY id")) {
      out.add(row.get(0));
    }
    return out;
  }

  private static void assertColumn(String name, String high, String low) {
    assertThat(column(name)).as(name).containsExactly(high, low, null);
  }

  @Test
  void targetColumnsHaveTheMappedTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    for (List<String> row : DuckDbTestDatabase.query(file, "SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE table_name = 'all_types' ORDER BY column_index")) {
      types.put(row.get(0), row.get(1) + (row.get(2).equals("false") ? " NOT NULL" : ""));
    }
    assertThat(types).containsEntry("id", "BIGINT NOT NULL").containsEntry("bool", "BOOLEAN").containsEntry("i8", "TINYINT")
        .containsEntry("i16", "SMALLINT").containsEntry("i32", "INTEGER").containsEntry("i64", "BIGINT")
        .containsEntry("dec", "DECIMAL(38,10)").containsEntry("dec_wide", "VARCHAR").containsEntry("dec_small", "DECIMAL(5,2)")
        .containsEntry("f32", "FLOAT").containsEntry("f64", "DOUBLE").containsEntry("s", "VARCHAR").containsEntry("b", "BLOB")
        .containsEntry("bits64", "BIT").containsEntry("d", "DATE").containsEntry("t", "TIME").containsEntry("ts", "TIMESTAMP")
        .containsEntry("tstz", "TIMESTAMP WITH TIME ZONE").containsEntry("j", "JSON").containsEntry("u", "UUID")
        .containsEntry("e", "VARCHAR").containsEntry("set", "VARCHAR").containsEntry("arr", "INTEGER[]")
        .containsEntry("arr_bytes", "BLOB[]").containsEntry("arr_bits", "BIT[]").containsEntry("arr_tstz", "TIMESTAMP WITH TIME ZONE[]")
        .containsEntry("arr_arr", "BIGINT[][]");
  }

  @Test
  void integersAndBooleansKeepTheirExtremes() {
    assertColumn("bool", "true", "false");
    assertColumn("i8", "127", "-128");
    assertColumn("i16", "32767", "-32768");
    assertColumn("i32", "2147483647", "-2147483648");
    assertColumn("i64", "9223372036854775807", "-9223372036854775808");
  }

  @Test
  void decimalsAreExactIncludingWiderThanDuckDbAllows() {
    assertColumn("dec", "9999999999999999999999999999.9999999999", "-0.0000000001");
    assertColumn("dec_wide", "12345678901234567890123456789012345.123456789012345678901234567890",
        "-99999999999999999999999999999999999.000000000000000000000000000001");
    assertColumn("dec_small", "999.99", "-1.50");
  }

  @Test
  void floatsAreBitExact() {
    List<List<String>> rows = DuckDbTestDatabase.query(file, "SELECT f32, f64 FROM shop.all_types ORDER BY id");
    assertThat(Float.parseFloat(rows.get(0).get(0))).isEqualTo(Float.MAX_VALUE);
    assertThat(Float.parseFloat(rows.get(1).get(0))).isEqualTo(Float.MIN_VALUE);
    assertThat(Double.parseDouble(rows.get(0).get(1))).isEqualTo(Double.MAX_VALUE);
    assertThat(Double.parseDouble(rows.get(1).get(1))).isEqualTo(-0.1);
    assertThat(rows.get(2)).containsOnlyNulls();
  }

  @Test
  void textBytesAndBitsAreExact() {
    assertColumn("s", "héllo 😀 \"dq\" 'sq' \\ tab\tnew\nline", "");
    assertColumn("b", "\\x00\\x01\\x7F\\x80\\xFF", "");
    assertColumn("bits64", "1000000000000000000000000000000000000000000000000000000000000001", "0".repeat(64));
    assertColumn("bits5", "10101", "11111");
    assertColumn("j", "{\"a\": [1, 2.50], \"b\": \"😀\"}", "[]");
    assertColumn("u", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "00000000-0000-0000-0000-000000000000");
    assertColumn("e", "large", "small");
    assertColumn("set", "x,y", "");
  }

  @Test
  void datesAndTimesKeepMicroseconds() {
    assertColumn("d", "9999-12-31", "0001-01-01");
    assertColumn("t", "23:59:59.999999", "00:00:00");
    assertColumn("ts", "2024-02-29 23:59:59.999999", "1900-01-01 00:00:00.000001");
    assertColumn("tstz", "2024-02-29 23:59:59.999999+00", "1969-12-31 23:59:59.000001+00");
    List<List<String>> epoch = DuckDbTestDatabase.query(file, "SELECT epoch_us(tstz) FROM shop.all_types ORDER BY id");
    assertThat(epoch.get(1).get(0)).isEqualTo("-999999");
  }

  @Test
  void arraysKeepElementsAndNulls() {
    assertColumn("arr", "[1, NULL, 3]", "[]");
    assertColumn("arr_text", "['a,b', NULL, c]", "[]");
    assertColumn("arr_bytes", "[\\x00\\xFF]", "[]");
    assertColumn("arr_bits", "[101]", "[]");
    assertColumn("arr_tstz", "['2000-01-01 00:00:00.000001+00']", "[]");
    assertColumn("arr_dec", "[1.25, -0.50]", "[]");
    assertColumn("arr_arr", "[[1, 2], []]", "[]");
    List<List<String>> texts = DuckDbTestDatabase.query(file, "SELECT arr_text[1], arr_text[2] IS NULL, len(arr_text) FROM shop.all_types WHERE id = 1");
    assertThat(texts.get(0)).containsExactly("a,b", "true", "3");
  }
}
