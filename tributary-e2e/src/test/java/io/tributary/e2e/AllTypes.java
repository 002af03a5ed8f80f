package io.tributary.e2e;

/** A MariaDB table with every type the MySQL source maps, and rows at the edges of each type. */
final class AllTypes {
  private AllTypes() {}

  static final String DDL = """
      CREATE TABLE all_types (
        id BIGINT NOT NULL PRIMARY KEY,
        t_tiny TINYINT, t_tiny_u TINYINT UNSIGNED, t_small SMALLINT, t_small_u SMALLINT UNSIGNED,
        t_med MEDIUMINT, t_med_u MEDIUMINT UNSIGNED, t_int INT, t_int_u INT UNSIGNED,
        t_big BIGINT, t_big_u BIGINT UNSIGNED,
        t_dec DECIMAL(65,30), t_dec2 DECIMAL(10,2), t_float FLOAT, t_double DOUBLE,
        t_char CHAR(10), t_varchar VARCHAR(255), t_text TEXT,
        t_binary BINARY(4), t_varbinary VARBINARY(16), t_blob BLOB,
        t_date DATE, t_time TIME, t_time6 TIME(6), t_dt DATETIME, t_dt3 DATETIME(3), t_dt6 DATETIME(6),
        t_ts TIMESTAMP NULL, t_ts6 TIMESTAMP(6) NULL,
        t_year YEAR, t_bit1 BIT(1), t_bit64 BIT(64),
        t_enum ENUM('a','b','c'), t_set SET('x','y','z'), t_json JSON
      ) DEFAULT CHARSET=utf8mb4""";

  /** The position of {@code t_dec} DECIMAL(65,30) in a dump. */
  static final int T_DEC_INDEX = 11;

  static final String COLUMNS = "id, t_tiny, t_tiny_u, t_small, t_small_u, t_med, t_med_u, t_int, t_int_u, t_big, t_big_u, "
      + "t_dec, t_dec2, t_float, t_double, t_char, t_varchar, t_text, t_binary, t_varbinary, t_blob, "
      + "t_date, t_time, t_time6, t_dt, t_dt3, t_dt6, t_ts, t_ts6, t_year, t_bit1, t_bit64, t_enum, t_set, t_json";

  /** Minimum values, maximum values, an all-NULL row and an ordinary one, with ids from {@code base}. */
  static String[] inserts(int base) {
    return new String[] {
      "INSERT INTO all_types (" + COLUMNS + ") VALUES (" + base + ", -128, 0, -32768, 0, -8388608, 0, -2147483648, 0, "
          + "-9223372036854775808, 0, -99999999999999999999999999999999999.999999999999999999999999999999, -99999999.99, "
          + "-3.40282e38, -1.7976931348623157e308, '', '', '', x'00000000', x'', x'', '1000-01-01', '00:00:00', "
          + "'00:00:00.000000', '1000-01-01 00:00:00', '1000-01-01 00:00:00.000', '1000-01-01 00:00:00.000000', "
          + "'1970-01-01 00:00:01', '1970-01-01 00:00:01.000000', 1901, b'0', b'0', 'a', '', '{}')",
      "INSERT INTO all_types (" + COLUMNS + ") VALUES (" + (base + 1) + ", 127, 255, 32767, 65535, 8388607, 16777215, "
          + "2147483647, 4294967295, 9223372036854775807, 18446744073709551615, "
          + "99999999999999999999999999999999999.999999999999999999999999999999, 99999999.99, 3.40282e38, "
          + "1.7976931348623157e308, '🦀 crab', 'emoji 😀 and 中文', REPEAT('long text ', 500), x'01020300', "
          + "x'00ff00ff', x'deadbeef00', '9999-12-31', '23:59:59', '23:59:59.999999', '9999-12-31 23:59:59', "
          + "'9999-12-31 23:59:59.999', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07', "
          + "'2038-01-19 03:14:07.999999', 2155, b'1', b'1111111111111111111111111111111111111111111111111111111111111111', "
          + "'c', 'x,y,z', '{\"a\": [1, 2.5, \"s\"], \"b\": {\"c\": null}}')",
      "INSERT INTO all_types (id) VALUES (" + (base + 2) + ")",
      "INSERT INTO all_types (" + COLUMNS + ") VALUES (" + (base + 3) + ", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1.5, 2.25, "
          + "0.1, 0.1, 'ab', 'it''s \"quoted\" \\\\ back', 'line\\nbreak\\ttab', x'41424344', x'4142', x'00', "
          + "'2024-02-29', '12:34:56', '12:34:56.123456', '2024-02-29 12:34:56', '2024-02-29 12:34:56.123', "
          + "'2024-02-29 12:34:56.123456', '2024-02-29 12:34:56', '2024-02-29 12:34:56.000001', 2024, b'1', b'101', "
          + "'b', 'x,z', '[1, 2, 3]')"
    };
  }
}
