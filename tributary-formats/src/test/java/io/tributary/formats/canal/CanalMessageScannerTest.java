package io.tributary.formats.canal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.JsonScanner;
import io.tributary.formats.value.JsonTextGenerator;
import io.tributary.formats.value.RawRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fast scanner reads every Canal message exactly as Jackson's reader does, or declines: for
 * generated messages (field orders, white space, escapes, unicode, numbers of every form, nulls,
 * unknown fields, repeated fields, broken bytes), whenever the scanner gives a message, Jackson's
 * reader gives the same one without error.
 */
class CanalMessageScannerTest {
  private static final String[] COLUMNS = {"id", "k", "v", "ts", "名前", "a b"};

  @Property(tries = 3000)
  void theScannerReadsWhatJacksonReadsOrDeclines(@ForAll long seed) throws IOException {
    JsonTextGenerator json = new JsonTextGenerator(seed);
    CanalMessageScanner scanner = new CanalMessageScanner();
    CanalMessageReader reader = new CanalMessageReader();
    for (int i = 0; i < 4; i++) { // a few messages per scanner, so that what it remembers is used
      byte[] bytes = json.bytes(message(json, i > 0 && json.chance(70)));
      int offset = json.chance(20) ? 3 : 0;
      byte[] input = new byte[bytes.length + offset + (offset > 0 ? 2 : 0)];
      System.arraycopy(bytes, 0, input, offset, bytes.length);
      CanalMessage scanned;
      try {
        scanned = scanner.read(input, offset, bytes.length);
      } catch (JsonScanner.Declined e) {
        continue;
      }
      CanalMessage read;
      try (JsonParser parser = Json.FACTORY.createParser(input, offset, bytes.length)) {
        read = reader.read(parser);
      }
      assertSame(scanned, read, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static String message(JsonTextGenerator json, boolean usual) {
    List<String> fields = new ArrayList<>();
    String[] columns = usual ? new String[] {"id", "k", "v", "ts"} : COLUMNS;
    fields.add(json.field("data", json.chance(90) ? rows(json, columns) : json.pick("null", "[]", "{}", "\"x\"")));
    if (json.chance(70)) {
      fields.add(json.field("old", json.chance(80) ? rows(json, columns) : json.pick("null", "[]", "1")));
    }
    fields.add(json.field("database", usual ? "\"bench\"" : json.chance(90) ? json.string(json.text(), false)
        : json.scalar()));
    fields.add(json.field("table", usual ? "\"changes\"" : json.string(json.text(), json.chance(20))));
    fields.add(json.field("type", json.chance(90) ? json.pick("\"UPDATE\"", "\"INSERT\"", "\"DELETE\"", "\"ALTER\"")
        : json.scalar()));
    for (String name : new String[] {"es", "ts", "id"}) {
      if (json.chance(80)) {
        fields.add(json.field(name, json.chance(80) ? Long.toString(1_732_000_000_000L + name.length())
            : json.number()));
      }
    }
    if (json.chance(70)) {
      fields.add(json.field("isDdl", json.pick("false", "true", "null", "0")));
    }
    fields.add(json.field("sql", json.chance(80) ? "\"\"" : json.scalar()));
    fields.add(json.field("gtid", json.chance(80) ? "\"0-1-4242\"" : json.scalar()));
    fields.add(json.field("pkNames", json.chance(85) ? "[\"id\"]" : json.pick("null", "[]", "[\"id\",\"k\"]", "[1]")));
    fields.add(json.field("mysqlType", mysqlType(json, columns, usual)));
    if (json.chance(60)) {
      fields.add(json.field("sqlType", usual ? "{\"id\":-5,\"k\":4,\"v\":12,\"ts\":-5}" : json.value(0)));
    }
    if (json.chance(20)) {
      fields.add(json.field(json.pick("extra", "sqlType", "data", "type", "é"), json.value(0)));
    }
    return json.object(fields, !usual && json.chance(50));
  }

  private static String rows(JsonTextGenerator json, String[] columns) {
    List<String> rows = new ArrayList<>();
    int count = json.chance(80) ? 1 : json.pick(0, 2, 3);
    for (int r = 0; r < count; r++) {
      List<String> values = new ArrayList<>();
      for (String column : columns) {
        if (json.chance(90)) {
          values.add(json.field(column, json.chance(50) ? "\"" + (100_000 + r) + "\"" : json.chance(95) ? json.scalar() : json.value(1)));
        }
      }
      if (json.chance(5)) {
        values.add(json.field(columns[0], "\"1\""));
      }
      rows.add(json.object(values, json.chance(20)));
    }
    return json.array(rows);
  }

  private static String mysqlType(JsonTextGenerator json, String[] columns, boolean usual) {
    if (usual) {
      return "{\"id\":\"bigint(20)\",\"k\":\"int(11)\",\"v\":\"varchar(64)\",\"ts\":\"bigint(20)\"}";
    }
    if (json.chance(10)) {
      return json.pick("null", "[]", "{\"id\":1}", "{\"id\":\"int\",\"id\":\"int\"}");
    }
    List<String> types = new ArrayList<>();
    for (String column : columns) {
      types.add(json.field(column, json.string(json.pick("bigint(20)", "int(11)", "varchar(64)", "text"), false)));
    }
    return json.object(types, false);
  }

  private static void assertSame(CanalMessage scanned, CanalMessage read, String message) {
    assertThat(List.of(scanned.es, scanned.ts, scanned.id, scanned.typeOffset)).as(message)
        .isEqualTo(List.of(read.es, read.ts, read.id, read.typeOffset));
    assertThat(scanned.database).as(message).isEqualTo(read.database);
    assertThat(scanned.table).as(message).isEqualTo(read.table);
    assertThat(scanned.type).as(message).isEqualTo(read.type);
    assertThat(scanned.isDdl).as(message).isEqualTo(read.isDdl);
    assertThat(scanned.sql).as(message).isEqualTo(read.sql);
    assertThat(scanned.gtid).as(message).isEqualTo(read.gtid);
    assertThat(scanned.pkNames).as(message).isEqualTo(read.pkNames);
    assertThat(entries(scanned.mysqlType)).as(message).isEqualTo(entries(read.mysqlType));
    assertThat(rows(scanned.data)).as(message).isEqualTo(rows(read.data));
    assertThat(rows(scanned.old)).as(message).isEqualTo(rows(read.old));
  }

  private static List<?> entries(Map<String, String> map) {
    return map == null ? null : new ArrayList<>(map.entrySet());
  }

  /** Each row as its offset, then name and value pairs in order. */
  static List<List<Object>> rows(List<RawRow> rows) {
    if (rows == null) {
      return null;
    }
    List<List<Object>> out = new ArrayList<>();
    for (RawRow row : rows) {
      List<Object> fields = new ArrayList<>();
      fields.add(row.offset());
      for (int i = 0; i < row.size(); i++) {
        fields.add(row.name(i));
        fields.add(row.value(i) == null ? "<null>" : row.value(i));
      }
      out.add(fields);
    }
    return out;
  }
}
