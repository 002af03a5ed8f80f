package io.tributary.connector.postgres;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** A table with a column of every supported type, rows with edge values, and the values they must become. */
final class AllTypesTable {
  static final String[] SETUP = {
    "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
    "CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0)",
    "CREATE TABLE all_types (id integer PRIMARY KEY, c_smallint smallint, c_integer integer, c_bigint bigint,"
        + " c_numeric numeric(20,5), c_numeric_free numeric, c_real real, c_double double precision, c_text text,"
        + " c_varchar varchar(20), c_char char(5), c_bytea bytea, c_bool boolean, c_date date, c_time time,"
        + " c_timetz timetz, c_timestamp timestamp, c_timestamptz timestamptz, c_interval interval, c_uuid uuid,"
        + " c_json json, c_jsonb jsonb, c_int_array integer[], c_text_array text[], c_mood mood, c_mood_array mood[],"
        + " c_domain positive_int, c_time3 time(3), c_timestamptz0 timestamptz(0))"
  };

  static final List<DataType> TYPES = List.of(DataType.int32(), DataType.int16(), DataType.int32(), DataType.int64(),
      DataType.decimal(20, 5), DataType.decimal(0, -1), DataType.float32(), DataType.float64(), DataType.string(-1),
      DataType.string(20), DataType.string(5), DataType.bytes(-1), DataType.bool(), DataType.date(), DataType.time(6),
      DataType.string(-1), DataType.timestamp(6), DataType.timestampTz(6), DataType.string(-1), DataType.uuid(),
      DataType.json(), DataType.json(), DataType.arrayOf(DataType.int32()), DataType.arrayOf(DataType.string(-1)),
      DataType.enumOf(List.of("sad", "ok", "happy")), DataType.arrayOf(DataType.enumOf(List.of("sad", "ok", "happy"))),
      DataType.int32(), DataType.time(3), DataType.timestampTz(0));

  private static final String COLUMNS = "(id, c_smallint, c_integer, c_bigint, c_numeric, c_numeric_free, c_real,"
      + " c_double, c_text, c_varchar, c_char, c_bytea, c_bool, c_date, c_time, c_timetz, c_timestamp, c_timestamptz,"
      + " c_interval, c_uuid, c_json, c_jsonb, c_int_array, c_text_array, c_mood, c_mood_array, c_domain, c_time3,"
      + " c_timestamptz0)";

  private AllTypesTable() {}

  /** INSERT statements of the edge rows, ids {@code base+1..base+4}. */
  static String[] inserts(int base) {
    return new String[] {
      "INSERT INTO all_types " + COLUMNS + " VALUES (" + (base + 1) + ", -32768, -2147483648, 9223372036854775807,"
          + " 123456789012345.12345, 123456789012345678901234567890.1230, 1.17549435e-38, 1.7976931348623157e308,"
          + " E'h\u00e9llo \"q\" ''s'' \\\\ back, comma {brace} \u2603', '', 'ab', '\\x00ff10', true, '0044-03-15 BC',"
          + " '23:59:59.999999', '13:45:06.5+05:30', '2024-02-29 12:34:56.123456',"
          + " '2024-02-29 12:34:56.123456+02', '1 year 2 months 3 days 04:05:06.5',"
          + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"b\": 1,  \"a\": [1,2]}', '{\"b\": 1, \"a\": [1, 2]}',"
          + " '{1,NULL,3}', ARRAY['a,b', 'c\"d', NULL, 'NULL', '', 'x\\y'], 'happy', '{sad,happy}', 7,"
          + " '01:02:03.456', '1970-01-01 00:00:00+00')",
      "INSERT INTO all_types (id) VALUES (" + (base + 2) + ")",
      "INSERT INTO all_types " + COLUMNS + " VALUES (" + (base + 3) + ", 32767, 0, -9223372036854775808, -0.00001,"
          + " 0.000, 'NaN', '-Infinity', '', 'x', 'abcde', '\\x', false, '9999-12-31', '00:00:00',"
          + " '00:00:00-03:07:09', '0001-01-01 00:00:00 BC', '1900-01-01 00:00:00.000001-05:17:32',"
          + " '-1 days -00:00:01.25', '00000000-0000-0000-0000-000000000000', '[]', 'null', '{}', '{}', 'sad', '{}', 1,"
          + " '00:00:00', '2262-04-11 23:47:16+00')",
      // the values no java.time or BigDecimal class holds (a constrained numeric takes NaN, not infinities)
      "INSERT INTO all_types (id, c_numeric, c_numeric_free, c_date, c_time, c_timestamp, c_timestamptz, c_time3,"
          + " c_timestamptz0) VALUES (" + (base + 4) + ", 'NaN', '-Infinity', 'infinity', '24:00:00', '-infinity',"
          + " 'infinity', '24:00:00', '-infinity')"
    };
  }

  /** The values the edge rows must become. */
  static Object[] expected(int id) {
    return switch (id % 100) {
      case 1 -> new Object[] {id, (short) -32768, Integer.MIN_VALUE, Long.MAX_VALUE,
          new BigDecimal("123456789012345.12345"), new BigDecimal("123456789012345678901234567890.1230"),
          1.17549435e-38f, 1.7976931348623157e308, "h\u00e9llo \"q\" 's' \\ back, comma {brace} \u2603", "", "ab   ",
          HexFormat.of().parseHex("00ff10"), true, LocalDate.of(-43, 3, 15), LocalTime.of(23, 59, 59, 999_999_000),
          "13:45:06.5+05:30", LocalDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_000),
          Instant.parse("2024-02-29T10:34:56.123456Z"), "P1Y2M3DT4H5M6.5S",
          UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"), "{\"b\": 1,  \"a\": [1,2]}",
          "{\"a\": [1, 2], \"b\": 1}", Arrays.asList(1, null, 3), Arrays.asList("a,b", "c\"d", null, "NULL", "", "x\\y"),
          "happy", List.of("sad", "happy"), 7, LocalTime.of(1, 2, 3, 456_000_000), Instant.EPOCH};
      case 2 -> {
        Object[] nulls = new Object[TYPES.size()];
        nulls[0] = id;
        yield nulls;
      }
      case 4 -> {
        Object[] specials = new Object[TYPES.size()];
        specials[0] = id;
        specials[4] = SpecialValue.NAN;
        specials[5] = SpecialValue.NEGATIVE_INFINITY;
        specials[13] = SpecialValue.POSITIVE_INFINITY;
        specials[14] = SpecialValue.END_OF_DAY;
        specials[16] = SpecialValue.NEGATIVE_INFINITY;
        specials[17] = SpecialValue.POSITIVE_INFINITY;
        specials[27] = SpecialValue.END_OF_DAY;
        specials[28] = SpecialValue.NEGATIVE_INFINITY;
        yield specials;
      }
      default -> new Object[] {id, (short) 32767, 0, Long.MIN_VALUE, new BigDecimal("-0.00001"), new BigDecimal("0.000"),
          Float.NaN, Double.NEGATIVE_INFINITY, "", "x", "abcde", new byte[0], false, LocalDate.of(9999, 12, 31),
          LocalTime.MIDNIGHT, "00:00:00-03:07:09", LocalDateTime.of(0, 1, 1, 0, 0),
          Instant.parse("1900-01-01T05:17:32.000001Z"), "P-1DT-1.25S", new UUID(0, 0), "[]", "null", List.of(),
          List.of(), "sad", List.of(), 1, LocalTime.MIDNIGHT, Instant.parse("2262-04-11T23:47:16Z")};
    };
  }
}
