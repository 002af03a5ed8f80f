package io.tributary.connector.jdbc.mysql;

import static io.tributary.connector.jdbc.Batches.batch;
import static io.tributary.connector.jdbc.Batches.row;
import static io.tributary.connector.jdbc.Batches.upserts;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.connector.jdbc.RecordingRejectedRows;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MySqlSinkTypesIT {
  private final MariaDbTarget target = new MariaDbTarget();
  private final RecordingRejectedRows rejected = new RecordingRejectedRows();

  @AfterEach
  void close() {
    target.close();
  }

  /** A table as a MySQL source describes it: every column carries its MySQL type. */
  private TableSchema mysqlSourced() {
    return new TableSchema(new TableId(target.database, "every_type"), List.of(
        new Column("id", DataType.decimal(20, 0), false, "bigint(20) unsigned"),
        new Column("flag", DataType.int8(), true, "tinyint(1)"),
        new Column("tiny_u", DataType.int16(), true, "tinyint(3) unsigned"),
        new Column("medium", DataType.int32(), true, "mediumint(9)"),
        new Column("big", DataType.int64(), true, "bigint(20)"),
        new Column("dec", DataType.decimal(65, 30), true, "decimal(65,30)"),
        new Column("f32", DataType.float32(), true, "float"),
        new Column("f64", DataType.float64(), true, "double"),
        new Column("s", DataType.string(20), true, "varchar(20)"),
        new Column("txt", DataType.string(-1), true, "longtext"),
        new Column("bin", DataType.bytes(16), true, "varbinary(16)"),
        new Column("blb", DataType.bytes(-1), true, "blob"),
        new Column("bits64", DataType.bits(64), true, "bit(64)"),
        new Column("bits5", DataType.bits(5), true, "bit(5)"),
        new Column("d", DataType.date(), true, "date"),
        new Column("t", DataType.time(6), true, "time(6)"),
        new Column("dt", DataType.timestamp(6), true, "datetime(6)"),
        new Column("ts", DataType.timestampTz(6), true, "timestamp(6)"),
        new Column("js", DataType.json(), true, "longtext"),
        new Column("e", DataType.enumOf(List.of("Happy", "sad")), true, "enum('Happy','sad')"),
        new Column("st", DataType.setOf(List.of("a", "b", "c")), true, "set('a','b','c')"),
        new Column("y", DataType.int16(), true, "year(4)")), List.of("id"), 1);
  }

  @Test
  void valuesFromAMySqlSourceRoundTripExactly() throws Exception {
    TableSchema schema = mysqlSourced();
    byte[] ones = new byte[8];
    Arrays.fill(ones, (byte) 0xff);
    Object[] max = row(new BigDecimal("18446744073709551615"), (byte) 1, (short) 255, 8388607,
        Long.MIN_VALUE, new BigDecimal("12345678901234567890123456789012345.123456789012345678901234567890"),
        3.4028235E38f, Double.MIN_VALUE, "emoji 😀 '\"\\`", "x".repeat(70_000) + "é",
        new byte[] {0, 1, -1, '\\', '\'', 0}, new byte[] {1, 2, 3}, ones, new byte[] {0x15},
        LocalDate.of(1000, 1, 1), LocalTime.of(23, 59, 59, 999_999_000),
        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
        Instant.parse("2038-01-19T03:14:07.999999Z"), "{\"b\": 1, \"a\": [true, null]}", "Happy",
        "a,c", (short) 2155);
    Object[] min = row(BigDecimal.ZERO, (byte) 0, (short) 0, -8388608, Long.MAX_VALUE,
        new BigDecimal("-0.000000000000000000000000000001"), -1.17549435E-38f, -1.5e300, "", "",
        new byte[0], new byte[0], new byte[8], new byte[] {0}, LocalDate.of(2024, 2, 29),
        LocalTime.MIDNIGHT, LocalDateTime.of(1000, 1, 1, 0, 0),
        Instant.parse("1970-01-01T00:00:01Z"), "[]", "sad", "", (short) 1901);
    Object[] nulls = new Object[schema.columns().size()];
    nulls[0] = BigDecimal.ONE;

    Sink sink = target.sink("my", rejected);
    sink.ensureTable(schema);
    target.writer(sink, 0).write(batch(0, 1, upserts(schema, max, min, nulls)));

    assertThat(rejected.all()).isEmpty();
    assertThat(target.query("SELECT column_type FROM information_schema.columns WHERE table_schema = ?"
        + " AND table_name = 'every_type' AND column_name IN ('id', 'bits64', 'e', 'js')"
        + " ORDER BY ordinal_position", target.database))
        .containsExactly(List.of("bigint(20) unsigned"), List.of("bit(64)"), List.of("longtext"),
            List.of("enum('Happy','sad')"));
    try (Connection c = target.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT *, CAST(f32 AS DOUBLE) AS f32_exact FROM every_type ORDER BY id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBigDecimal("id")).isEqualTo(BigDecimal.ZERO);
      assertRow(rs, min);
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBigDecimal("id")).isEqualTo(BigDecimal.ONE);
      for (int i = 2; i <= schema.columns().size() + 1; i++) {
        assertThat(rs.getObject(i)).as("column " + i).isNull();
      }
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("id")).isEqualTo("18446744073709551615");
      assertRow(rs, max);
    }
  }

  private static void assertRow(ResultSet rs, Object[] v) throws Exception {
    assertThat(rs.getByte("flag")).isEqualTo(v[1]);
    assertThat(rs.getShort("tiny_u")).isEqualTo(v[2]);
    assertThat(rs.getInt("medium")).isEqualTo(v[3]);
    assertThat(rs.getLong("big")).isEqualTo(v[4]);
    assertThat(rs.getBigDecimal("dec")).isEqualByComparingTo((BigDecimal) v[5]);
    assertThat(rs.getBigDecimal("dec").scale()).isEqualTo(30);
    assertThat(rs.getDouble("f32_exact")).isEqualTo(((Float) v[6]).doubleValue());
    assertThat(rs.getDouble("f64")).isEqualTo(v[7]);
    assertThat(rs.getString("s")).isEqualTo(v[8]);
    assertThat(rs.getString("txt")).isEqualTo(v[9]);
    assertThat(rs.getBytes("bin")).isEqualTo(v[10]);
    assertThat(rs.getBytes("blb")).isEqualTo(v[11]);
    assertThat(rs.getBytes("bits64")).isEqualTo(v[12]);
    assertThat(rs.getBytes("bits5")).isEqualTo(v[13]);
    assertThat(rs.getString("d")).isEqualTo(v[14].toString());
    assertThat(rs.getString("t")).isEqualTo(io.tributary.connector.jdbc.TemporalText.time((LocalTime) v[15])
        + (((LocalTime) v[15]).getNano() == 0 ? ".000000" : ""));
    assertThat(rs.getObject("dt", LocalDateTime.class)).isEqualTo(v[16]);
    assertThat(rs.getString("ts")).isEqualTo(io.tributary.connector.jdbc.TemporalText.dateTime(
        io.tributary.connector.jdbc.TemporalText.utc((Instant) v[17])).replaceFirst(":01$", ":01.000000"));
    assertThat(rs.getString("js")).isEqualTo(v[18]);
    assertThat(rs.getString("e")).isEqualTo(v[19]);
    assertThat(rs.getString("st")).isEqualTo(v[20]);
    assertThat(rs.getShort("y")).isEqualTo(v[21]);
  }

  @Test
  void valuesWithoutMySqlTypesAreMappedAndRoundTrip() throws Exception {
    TableSchema schema = new TableSchema(new TableId(target.database, "from_postgres"), List.of(
        new Column("key", DataType.string(-1), false, "text"),
        new Column("ok", DataType.bool(), true, "boolean"),
        new Column("u", DataType.uuid(), true, "uuid"),
        new Column("arr", DataType.arrayOf(DataType.string(-1)), true, "text[]"),
        new Column("at", DataType.timestampTz(6), true, "timestamp(6) with time zone"),
        new Column("amount", DataType.decimal(80, 40), true, "numeric(80,40)"),
        new Column("js", DataType.json(), true, "jsonb"),
        new Column("mood", DataType.enumOf(List.of("x", "it's")), true, "mood")), List.of("key"), 1);
    Sink sink = target.sink("my", rejected);
    sink.ensureTable(schema);
    UUID uuid = UUID.randomUUID();
    BigDecimal big = new BigDecimal("1234567890123456789012345678901234567890.0123456789012345678901234567890123456789");
    target.writer(sink, 0).write(batch(0, 1, upserts(schema,
        row("k😀" + "y".repeat(700), true, uuid, Arrays.asList("a\"b", null), Instant.parse("2001-02-03T04:05:06.000007Z"),
            big, "{\"k\": [1, 2]}", "it's"))));

    assertThat(rejected.all()).isEmpty();
    assertThat(target.query("SELECT `key`, ok, u, arr, CAST(`at` AS char), amount, mood FROM from_postgres"))
        .singleElement().satisfies(r -> {
          assertThat(r.get(0)).isEqualTo("k😀" + "y".repeat(700));
          assertThat(r.get(1)).isIn(true, 1, (byte) 1);
          assertThat(r.get(2)).isEqualTo(uuid.toString());
          assertThat(r.get(3).toString()).isIn("[\"a\\\"b\", null]", "[\"a\\\"b\",null]");
          assertThat(r.get(5)).isEqualTo(big.toPlainString());
          assertThat(r.get(6)).isEqualTo("it's");
        });
    try (Connection c = target.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT `at` FROM from_postgres")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("2001-02-03 04:05:06.000007");
    }
  }

  @Test
  void endOfDayIsAMySqlTimeAndNanOrInfinityRejectsTheRow() {
    TableSchema schema = new TableSchema(new TableId(target.database, "specials"), List.of(
        new Column("id", DataType.int32(), false, "integer"),
        new Column("amount", DataType.decimal(0, -1), true, "numeric"),
        new Column("d", DataType.date(), true, "date"),
        new Column("t", DataType.time(6), true, "time without time zone")), List.of("id"), 1);
    Sink sink = target.sink("my", rejected);
    sink.ensureTable(schema);
    target.writer(sink, 0).write(batch(0, 1, upserts(schema,
        row(1, BigDecimal.ONE, null, SpecialValue.END_OF_DAY),
        row(2, SpecialValue.NAN, null, null),
        row(3, null, SpecialValue.NEGATIVE_INFINITY, null))));

    assertThat(target.query("SELECT id, CAST(t AS char) FROM specials")).containsExactly(List.of(1, "24:00:00.000000"));
    assertThat(rejected.all()).extracting(r -> r.row()[0]).containsExactlyInAnyOrder(2, 3);
    assertThat(rejected.all()).extracting(RecordingRejectedRows.Rejection::reason).anySatisfy(
        r -> assertThat(r).contains("MySQL cannot store NaN in column 'amount'"));
    assertThat(rejected.all()).extracting(RecordingRejectedRows.Rejection::reason).anySatisfy(
        r -> assertThat(r).contains("MySQL cannot store -Infinity in column 'd'"));
  }
}
