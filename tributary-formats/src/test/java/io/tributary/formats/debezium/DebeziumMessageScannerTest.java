package io.tributary.formats.debezium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import io.tributary.formats.FormatException;
import io.tributary.formats.value.Json;
import io.tributary.formats.value.JsonScanner;
import io.tributary.formats.value.JsonTextGenerator;
import io.tributary.formats.value.RawJson;
import io.tributary.formats.value.RawRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fast scanner reads every Debezium message without envelope exactly as Jackson's reader does,
 * or declines; the fast reading of keys gives the names Jackson reads, or the error it reports.
 */
class DebeziumMessageScannerTest {
  private static final String[] COLUMNS = {"id", "k", "v", "ts", "ü", "a b"};

  @Property(tries = 3000)
  void theScannerReadsWhatJacksonReadsOrDeclines(@ForAll long seed) throws IOException {
    JsonTextGenerator json = new JsonTextGenerator(seed);
    DebeziumMessageScanner scanner = new DebeziumMessageScanner();
    DebeziumMessageReader reader = new DebeziumMessageReader();
    for (int i = 0; i < 4; i++) {
      byte[] bytes = json.bytes(message(json, i > 0 && json.chance(70)));
      DebeziumMessage scanned;
      try {
        scanned = scanner.read(bytes, 0, bytes.length);
      } catch (JsonScanner.Declined e) {
        continue;
      }
      DebeziumMessage read;
      try (JsonParser parser = Json.FACTORY.createParser(bytes)) {
        read = reader.read(parser, null);
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(read.envelope).as(text).isFalse();
      assertThat(RowFields.of(scanned.before)).as(text).isEqualTo(RowFields.of(read.before));
      assertThat(RowFields.of(scanned.after)).as(text).isEqualTo(RowFields.of(read.after));
      assertThat(scanned.source == null ? null : Arrays.asList(scanned.source)).as(text)
          .isEqualTo(read.source == null ? null : Arrays.asList(read.source));
      assertThat(List.of(String.valueOf(scanned.op), scanned.opOffset, scanned.tsMs, String.valueOf(
          scanned.transactionId), String.valueOf(scanned.ddl), String.valueOf(scanned.databaseName),
          String.valueOf(scanned.schemaName))).as(text).isEqualTo(List.of(String.valueOf(read.op), read.opOffset,
          read.tsMs, String.valueOf(read.transactionId), String.valueOf(read.ddl),
          String.valueOf(read.databaseName), String.valueOf(read.schemaName)));
      assertThat(scanned.tableChanges).isNull();
    }
  }

  @Property(tries = 2000)
  void keysGiveTheNamesJacksonReadsOrItsError(@ForAll long seed) {
    JsonTextGenerator json = new JsonTextGenerator(seed);
    DebeziumKeyNames names = new DebeziumKeyNames();
    for (int i = 0; i < 3; i++) {
      List<String> fields = new ArrayList<>();
      int count = json.pick(1, 1, 2, 3);
      for (int f = 0; f < count; f++) {
        fields.add(json.field(json.chance(80) ? COLUMNS[f] : json.pick(COLUMNS), json.chance(70) ? json.number()
            : json.value(0)));
      }
      byte[] key = json.bytes(json.object(fields, false));
      Object whole;
      try (JsonParser parser = Json.FACTORY.createParser(key)) {
        whole = parser.nextToken() == null ? null : RawJson.read(parser);
        if (parser.nextToken() != null) {
          throw new IOException("more than one value");
        }
      } catch (IOException e) {
        assertThatThrownBy(() -> names.of(key)).isInstanceOf(FormatException.class);
        continue;
      }
      if (whole instanceof Map<?, ?> map && !(map.containsKey("schema") && map.containsKey("payload"))) {
        assertThat(names.of(key)).as(new String(key, StandardCharsets.UTF_8))
            .isEqualTo(new ArrayList<>(map.keySet()));
      }
    }
  }

  private static String message(JsonTextGenerator json, boolean usual) {
    List<String> fields = new ArrayList<>();
    String[] columns = usual ? new String[] {"id", "k", "v", "ts"} : COLUMNS;
    fields.add(json.field("before", json.chance(30) ? "null" : row(json, columns)));
    fields.add(json.field("after", json.chance(10) ? json.pick("null", "[]", "1") : row(json, columns)));
    fields.add(json.field("source", json.chance(95) ? source(json, usual) : json.pick("null", "[]", "\"s\"")));
    fields.add(json.field("op", json.chance(90) ? json.pick("\"u\"", "\"c\"", "\"d\"", "\"r\"") : json.scalar()));
    if (json.chance(80)) {
      fields.add(json.field("ts_ms", json.chance(80) ? "1795325128077" : json.number()));
    }
    if (json.chance(70)) {
      fields.add(json.field("transaction", json.chance(90) ? json.object(List.of(json.field("id",
          json.chance(80) ? "\"0-1-4242\"" : json.scalar()), json.field("total_order", json.number())), true)
          : json.pick("null", "1", "{\"id\":{}}")));
    }
    if (json.chance(10)) {
      fields.add(json.field(json.pick("ddl", "databaseName", "schemaName"), json.scalar()));
    }
    if (json.chance(15)) {
      fields.add(json.field(json.pick("extra", "op", "after", "schema", "payload", "tableChanges"), json.value(0)));
    }
    return json.object(fields, !usual && json.chance(50));
  }

  private static String row(JsonTextGenerator json, String[] columns) {
    List<String> values = new ArrayList<>();
    for (String column : columns) {
      if (json.chance(95)) {
        values.add(json.field(column, json.chance(95) ? json.scalar() : json.value(1)));
      }
    }
    if (json.chance(5)) {
      values.add(json.field(columns[1], "2"));
    }
    return json.object(values, json.chance(20));
  }

  private static String source(JsonTextGenerator json, boolean usual) {
    List<String> fields = new ArrayList<>();
    fields.add(json.field("connector", "\"tributary\""));
    fields.add(json.field("ts_ms", json.chance(80) ? "1732000000000" : json.number()));
    fields.add(json.field("snapshot", json.pick("\"false\"", "\"true\"", "\"last\"", "true", "null")));
    fields.add(json.field("db", usual ? "\"bench\"" : json.string(json.text(), json.chance(20))));
    fields.add(json.field("table", usual ? "\"changes\"" : json.scalar()));
    for (String name : new String[] {"tributary_position", "gtid", "file", "pos", "row", "lsn", "txId", "schema"}) {
      if (json.chance(usual ? 10 : 30)) {
        fields.add(json.field(name, json.chance(80) ? json.scalar() : json.value(0)));
      }
    }
    if (json.chance(10)) {
      fields.add(json.field(json.pick("connector", "db", "name"), json.scalar()));
    }
    return json.object(fields, !usual && json.chance(50));
  }

  /** Rows as comparable lists: offset, then name and value pairs. */
  private static final class RowFields {
    static List<Object> of(RawRow row) {
      if (row == null) {
        return null;
      }
      List<Object> fields = new ArrayList<>();
      fields.add(row.offset());
      for (int i = 0; i < row.size(); i++) {
        fields.add(row.name(i));
        fields.add(row.value(i) == null ? "<null>" : row.value(i));
      }
      return fields;
    }
  }
}
