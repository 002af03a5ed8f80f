package io.tributary.connector.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.TableSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * A table with a column of every supported MySQL type, rows of edge values, and the values they
 * must become (including latin1's 0x81, DATETIME 1582-10-05 and an ENUM symbol with a newline,
 * which the binlog path once got wrong).
 */
final class AllTypesTable {
  private AllTypesTable() {}

  static final String DDL =
      "CREATE TABLE all_types (id INT PRIMARY KEY,"
          + " ti TINYINT, tiu TINYINT UNSIGNED, si SMALLINT, siu SMALLINT UNSIGNED, mi MEDIUMINT, miu MEDIUMINT UNSIGNED,"
          + " i INT, iu INT UNSIGNED, bi BIGINT, biu BIGINT UNSIGNED,"
          + " d DECIMAL(65,30), d2 DECIMAL(10,2), f FLOAT, db DOUBLE,"
          + " c CHAR(10), vc VARCHAR(100), tx TEXT, lt LONGTEXT, l1 VARCHAR(20) CHARACTER SET latin1,"
          + " bn BINARY(4), vb VARBINARY(10), bl BLOB,"
          + " dt DATE, tm TIME(6), dtm DATETIME(6), ts TIMESTAMP(6) NULL, y YEAR,"
          + " b1 BIT(1), b64 BIT(64), e ENUM('a','b','c','two\\nlines'), s SET('x','y','z'), j JSON)";

  private static final String NINES = "99999999999999999999999999999999999.999999999999999999999999999999";

  /** Inserts the edge rows; run with the session time zone UTC. */
  static final List<String> INSERTS = List.of(
      "INSERT INTO all_types VALUES (1, 127, 255, 32767, 65535, 8388607, 16777215, 2147483647, 4294967295,"
          + " 9223372036854775807, 18446744073709551615, " + NINES + ", 12345678.90, 3.1415927, 2.718281828459045,"
          + " 'abc', 'h😀é — ünïcödé', 'text', REPEAT('long ', 2000), x'636166E981', x'0102', x'00ff', x'00ff10',"
          + " '9999-12-31', '23:59:59.999999', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999999', 2155,"
          + " b'1', b'1111111111111111111111111111111111111111111111111111111111111111', 'c', 'x,y,z',"
          + " '{\"k\": [1, 2.5, \"é😀\"], \"n\": null}')",
      "INSERT INTO all_types VALUES (2, -128, 0, -32768, 0, -8388608, 0, -2147483648, 0,"
          + " -9223372036854775808, 0, -" + NINES + ", -0.01, -1.5, -0.5,"
          + " '', '', '', '', '', x'', x'', x'',"
          + " '0001-01-01', '00:00:00', '1582-10-05 00:00:00.000001', '1970-01-01 00:00:01', 1901,"
          + " b'0', b'0', 'two\\nlines', '', '[]')",
      "INSERT INTO all_types (id) VALUES (3)");

  static final Object[] ROW_1 = {
    1, (byte) 127, (short) 255, (short) 32767, 65535, 8388607, 16777215, 2147483647, 4294967295L,
    Long.MAX_VALUE, new BigDecimal("18446744073709551615"), new BigDecimal(NINES), new BigDecimal("12345678.90"),
    3.1415927f, 2.718281828459045, "abc", "h😀é — ünïcödé", "text", "long ".repeat(2000), "café\u0081",
    new byte[] {1, 2, 0, 0}, new byte[] {0, (byte) 0xff}, new byte[] {0, (byte) 0xff, 0x10},
    LocalDate.of(9999, 12, 31), LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
    Instant.parse("2038-01-19T03:14:07.999999Z"), (short) 2155, new byte[] {1},
    new byte[] {-1, -1, -1, -1, -1, -1, -1, -1}, "c", "x,y,z", "{\"k\": [1, 2.5, \"é😀\"], \"n\": null}"
  };

  static final Object[] ROW_2 = {
    2, (byte) -128, (short) 0, (short) -32768, 0, -8388608, 0, -2147483648, 0L,
    Long.MIN_VALUE, new BigDecimal("0"), new BigDecimal("-" + NINES), new BigDecimal("-0.01"),
    -1.5f, -0.5, "", "", "", "", "", new byte[] {0, 0, 0, 0}, new byte[0], new byte[0],
    LocalDate.of(1, 1, 1), LocalTime.MIDNIGHT, LocalDateTime.of(1582, 10, 5, 0, 0, 0, 1_000),
    Instant.parse("1970-01-01T00:00:01Z"), (short) 1901, new byte[] {0}, new byte[8], "two\nlines", "", "[]"
  };

  static final Object[] ROW_3 = nullsAfterId(3);

  static Object[] nullsAfterId(int id) {
    Object[] row = new Object[ROW_1.length];
    row[0] = id;
    return row;
  }

  /** Asserts value by value, naming the column that differs. */
  static void assertRow(TableSchema schema, Object[] actual, Object[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      String column = schema.columns().get(i).name();
      if (expected[i] instanceof byte[] bytes) {
        assertThat(actual[i]).as("column %s", column).isInstanceOf(byte[].class);
        assertThat(Arrays.equals((byte[]) actual[i], bytes)).as("column %s: %s", column, Arrays.toString((byte[]) actual[i])).isTrue();
      } else {
        assertThat(actual[i]).as("column %s", column).isEqualTo(expected[i]);
        if (expected[i] instanceof BigDecimal decimal) {
          assertThat(((BigDecimal) actual[i]).scale()).as("scale of column %s", column).isEqualTo(decimal.scale());
        }
      }
    }
  }
}
