package io.tributary.e2e;

import io.tributary.testkit.TableDump;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL table (schema {@code shop}) with every type the PostgreSQL source maps, and rows at
 * the edges every sink can hold (MariaDB dates 1000–9999, timestamps 1970–2038); values only some
 * sinks hold (NaN, infinities, 24:00:00) are in {@link PgSpecialValues}.
 */
final class PgAllTypes {
  private PgAllTypes() {}

  static final String[] DDL = {
    "CREATE SCHEMA shop",
    "CREATE TYPE shop.mood AS ENUM ('sad', 'ok', 'happy')",
    "CREATE DOMAIN shop.positive_int AS integer CHECK (VALUE > 0)",
    "CREATE TABLE shop.all_types (id integer PRIMARY KEY, c_smallint smallint, c_integer integer, c_bigint bigint,"
        + " c_numeric numeric(10,2), c_numeric_big numeric(40,12), c_real real, c_double double precision,"
        + " c_text text, c_varchar varchar(20), c_char char(5), c_bytea bytea, c_bool boolean, c_date date,"
        + " c_time time, c_timestamp timestamp(6), c_timestamptz timestamptz(6), c_uuid uuid, c_json json,"
        + " c_jsonb jsonb, c_mood shop.mood, c_domain shop.positive_int, c_int_array integer[], c_text_array text[],"
        + " c_timetz timetz, c_interval interval)",
    // FULL: an UPDATE that leaves a TOASTed value alone still carries it in the old row
    "ALTER TABLE shop.all_types REPLICA IDENTITY FULL"
  };

  /** 0-based positions in a dump. */
  static final int C_NUMERIC_BIG = 5;
  static final int C_CHAR = 10;
  static final int C_BOOL = 12;
  static final int C_JSON = 18;
  static final int C_JSONB = 19;
  static final int C_INT_ARRAY = 22;
  static final int C_TEXT_ARRAY = 23;

  private static final String COLUMNS = "(id, c_smallint, c_integer, c_bigint, c_numeric, c_numeric_big, c_real,"
      + " c_double, c_text, c_varchar, c_char, c_bytea, c_bool, c_date, c_time, c_timestamp, c_timestamptz, c_uuid,"
      + " c_json, c_jsonb, c_mood, c_domain, c_int_array, c_text_array, c_timetz, c_interval)";

  /**
   * The source table as the sinks hold it: timetz and interval map to STRING, the text PostgreSQL prints with
   * {@code IntervalStyle=iso_8601} (source README), so the source is read as that text too.
   */
  static final String SOURCE_QUERY = "SELECT " + COLUMNS.substring(1, COLUMNS.indexOf(", c_timetz"))
      + ", c_timetz::text AS c_timetz, c_interval::text AS c_interval FROM shop.all_types";

  /** A text too large to stay in the row: stored out of line (TOAST). */
  static final String TOASTED = "(SELECT string_agg(md5(i::text), '') FROM generate_series(1, 400) i)";

  /** Minimum values, maximum values, an all-NULL row and an ordinary one with a TOASTed text, ids from {@code base}. */
  static String[] inserts(int base) {
    return new String[] {
      "INSERT INTO shop.all_types " + COLUMNS + " VALUES (" + base + ", -32768, -2147483648, -9223372036854775808,"
          + " -99999999.99, -9999999999999999999999999999.999999999999, -3.25e-10, -1.7976931348623157e308, '',"
          + " '', '', '\\x', false, '1000-01-01', '00:00:00', '1000-01-01 00:00:00', '1970-01-01 00:00:01+00',"
          + " '00000000-0000-0000-0000-000000000000', '{}', '[]', 'sad', 1, '{}', '{}', '00:00:00-03:07:09', '-1 days -00:00:01.25')",
      "INSERT INTO shop.all_types " + COLUMNS + " VALUES (" + (base + 1) + ", 32767, 2147483647, 9223372036854775807,"
          + " 99999999.99, 9999999999999999999999999999.999999999999, 3.4e38, 1.7976931348623157e308,"
          + " E'h\u00e9llo \"q\" ''s'' \\\\ back \u2603 \ud83e\udd80', 'emoji \ud83d\ude00 \u4e2d\u6587', 'ab',"
          + " '\\xdeadbeef00', true, '9999-12-31', '23:59:59.999999', '9999-12-31 23:59:59.999999',"
          + " '2038-01-19 03:14:07.999999+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',"
          + " '{\"b\": 1,  \"a\": [1, 2.5, \"s\"], \"c\": null}', '{\"b\": {\"c\": null}, \"a\": [1, 2]}', 'happy', 2147483647,"
          + " '{1,NULL,-3}', ARRAY['a,b', 'c\"d', NULL, 'NULL', '', 'x\\y'],"
          + " '13:45:06.5+05:30', '1 year 2 months 3 days 04:05:06.5')",
      "INSERT INTO shop.all_types (id) VALUES (" + (base + 2) + ")",
      "INSERT INTO shop.all_types " + COLUMNS + " SELECT " + (base + 3) + ", 1, 2, 3, 4.5, 0.000000000001, 1.5, 0.1, "
          + TOASTED + ", 'line\nbreak\ttab', 'abcde', '\\x41', true, '2024-02-29', '12:34:56.123456',"
          + " '2024-02-29 12:34:56.123456', '2024-02-29 12:34:56.123456+02', gen_random_uuid(), '[1, 2, 3]',"
          + " '\"s\"', 'ok', 7, '{7}', '{only}', '23:59:59.999999+14', '0'"
    };
  }

  /**
   * A MySQL-target dump read as the source reads: BOOLEAN is {@code tinyint(1)} there (read as 1/0), ARRAY is
   * json array text, and JSON is MariaDB's longtext (not canonicalized by the dump); see the MySQL type table
   * in tributary-connector-jdbc's README.
   */
  static List<List<String>> asSourceReadsMySql(List<List<String>> rows) {
    List<List<String>> mapped = TableDump.mapColumn(rows, C_BOOL, v -> v.equals("1") ? "true" : "false");
    mapped = TableDump.mapColumn(mapped, C_JSON, io.tributary.testkit.CanonicalJson::of);
    mapped = TableDump.mapColumn(mapped, C_JSONB, io.tributary.testkit.CanonicalJson::of);
    mapped = TableDump.mapColumn(mapped, C_INT_ARRAY, PgAllTypes::jsonArrayAsDump);
    return TableDump.mapColumn(mapped, C_TEXT_ARRAY, PgAllTypes::jsonArrayAsDump);
  }

  /** {@code ["a", null, 1]} as the dump prints an SQL array: {@code [a,␀,1]}. */
  static String jsonArrayAsDump(String json) {
    List<String> elements = new ArrayList<>();
    int i = json.indexOf('[') + 1;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == ']') {
        break;
      } else if (c == ',' || c == ' ') {
        i++;
      } else if (c == '"') {
        StringBuilder text = new StringBuilder();
        for (i++; json.charAt(i) != '"'; i++) {
          text.append(json.charAt(i) == '\\' ? unescape(json.charAt(++i)) : json.charAt(i));
        }
        elements.add(text.toString());
        i++;
      } else {
        int end = i;
        while (json.charAt(end) != ',' && json.charAt(end) != ']') {
          end++;
        }
        String token = json.substring(i, end).strip();
        elements.add(token.equals("null") ? TableDump.NULL : token);
        i = end;
      }
    }
    return "[" + String.join(",", elements) + "]";
  }

  private static char unescape(char escaped) {
    return switch (escaped) {
      case 'n' -> '\n';
      case 't' -> '\t';
      default -> escaped;
    };
  }
}
