package io.tributary.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.value.JsonTextGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A decoder that has seen a table reads the next messages' rows straight into that table's types
 * (a prediction, checked once the message names its table); whatever it gives — rows or an error —
 * must be exactly what a fresh decoder, which reads every row raw, gives for the same message.
 * Streams mix two tables of random column types with values of every kind: well-typed, quoted
 * integers, leading zeros, out-of-range and huge numbers, Debezium's placeholder for a value not
 * carried, strings with escapes; rows that lack, add, repeat or reorder columns.
 */
class TypedRowsTest {
  private static final String[] NAMES = {"id", "k", "v", "ts", "ü", "note"};
  private static final String PLACEHOLDER = "__debezium_unavailable_value";

  /** A column type and its MySQL type text, for Canal's mysqlType. */
  private record Kind(DataType type, String mysqlType) {}

  private static final Kind[] KINDS = {
      new Kind(DataType.int8(), "tinyint(4)"),
      new Kind(DataType.int16(), "smallint(6)"),
      new Kind(DataType.int32(), "int(11)"),
      new Kind(DataType.int64(), "bigint(20)"),
      new Kind(DataType.string(64), "varchar(64)"),
      new Kind(DataType.enumOf(List.of("a", "b")), "enum('a','b')"),
      new Kind(DataType.json(), "json"),
      new Kind(DataType.decimal(10, 2), "decimal(10,2)"),
      new Kind(DataType.float64(), "double"),
      new Kind(DataType.date(), "date"),
      new Kind(DataType.timestamp(3), "datetime(3)"),
      new Kind(DataType.bytes(16), "varbinary(16)")};

  @Property(tries = 200)
  void debeziumRowsReadForAPredictedShapeAreWhatAFreshDecoderReads(@ForAll long seed) {
    check(seed, Format.DEBEZIUM_JSON);
  }

  @Property(tries = 200)
  void canalRowsReadForAPredictedShapeAreWhatAFreshDecoderReads(@ForAll long seed) {
    check(seed, Format.CANAL_JSON);
  }

  private static void check(long seed, Format format) {
    JsonTextGenerator json = new JsonTextGenerator(seed);
    List<Table> tables = List.of(Table.random(json, "t1"), Table.random(json, "t2"));
    FormatOptions options = FormatOptions.defaults().withKnownSchemas(id -> {
      for (Table table : tables) {
        if (table.schema.id().equals(id)) {
          return table.schema;
        }
      }
      return null;
    });
    ChangeDecoder warm = format.decoder(options);
    for (int i = 0; i < 200; i++) {
      Table table = tables.get(json.chance(99) ? i / 50 % 2 : (i / 50 + 1) % 2);
      String op = json.pick("INSERT", "UPDATE", "UPDATE", "DELETE");
      byte[] key = format == Format.DEBEZIUM_JSON ? json.bytes("{\"id\":1}") : null;
      String text = format == Format.DEBEZIUM_JSON ? debezium(json, table, op) : canal(json, table, op);
      byte[] message = json.chance(99) ? text.getBytes(StandardCharsets.UTF_8) : json.bytes(text);
      String fresh = outcome(format.decoder(options), key, message);
      assertThat(outcome(warm, key, message)).as(new String(message, StandardCharsets.UTF_8)).isEqualTo(fresh);
    }
  }

  /**
   * The decoded changes as text (every value with its class), or the error; not the shape's
   * version, which counts the shapes this decoder has seen.
   */
  private static String outcome(ChangeDecoder decoder, byte[] key, byte[] message) {
    try {
      StringBuilder out = new StringBuilder();
      for (Decoded decoded : decoder.decode(key, message)) {
        if (decoded instanceof DecodedRow row) {
          out.append(row.table()).append(' ').append(row.op()).append(' ')
              .append(row.schema() == null ? null : row.schema().columns()).append(' ')
              .append(row.columns()).append(row.primaryKey()).append(" before ").append(values(row.before()))
              .append(" after ").append(values(row.after())).append(' ').append(row.metadata()).append('\n');
        } else {
          out.append(decoded).append('\n');
        }
      }
      return out.toString();
    } catch (FormatException e) {
      return "error at " + e.field() + " @" + e.offset() + ": " + e.getMessage();
    }
  }

  private static String values(Object[] row) {
    if (row == null) {
      return "null";
    }
    List<String> out = new ArrayList<>();
    for (Object value : row) {
      out.add(value == null ? "NULL" : value.getClass().getSimpleName() + ":"
          + (value instanceof byte[] bytes ? Arrays.toString(bytes) : value));
    }
    return out.toString();
  }

  private static String debezium(JsonTextGenerator json, Table table, String op) {
    List<String> fields = new ArrayList<>();
    boolean before = op.equals("DELETE") || (op.equals("UPDATE") && json.chance(90));
    fields.add(json.field("before", before ? row(json, table, false) : "null"));
    fields.add(json.field("after", op.equals("DELETE") ? "null" : row(json, table, false)));
    fields.add(json.field("source", "{\"connector\":\"mysql\",\"ts_ms\":1732000000000,\"db\":\"shop\",\"table\":"
        + JsonTextGenerator.quote(table.schema.id().name()) + ",\"gtid\":\"0-1-" + json.pick(1, 2) + "\"}"));
    fields.add(json.field("op", JsonTextGenerator.quote(switch (op) {
      case "INSERT" -> "c";
      case "UPDATE" -> "u";
      default -> "d";
    })));
    fields.add(json.field("ts_ms", "1795333216324"));
    return json.object(fields, json.chance(5));
  }

  private static String canal(JsonTextGenerator json, Table table, String op) {
    List<String> fields = new ArrayList<>();
    fields.add(json.field("data", "[" + row(json, table, true) + (json.chance(10) ? "," + row(json, table, true) : "")
        + "]"));
    fields.add(json.field("database", "\"shop\""));
    fields.add(json.field("table", JsonTextGenerator.quote(table.schema.id().name())));
    if (table.typesInCanal != json.chance(1)) {
      Map<String, String> types = new LinkedHashMap<>();
      for (int i = 0; i < table.kinds.size(); i++) {
        types.put(table.schema.columns().get(i).name(), table.kinds.get(i).mysqlType);
      }
      List<String> typeFields = new ArrayList<>();
      types.forEach((name, type) -> typeFields.add(JsonTextGenerator.quote(escaped(name)) + ":"
          + JsonTextGenerator.quote(type)));
      fields.add(json.field("mysqlType", "{" + String.join(",", typeFields) + "}"));
    }
    if (op.equals("UPDATE")) {
      fields.add(json.field("old", "[" + oldRow(json, table) + "]"));
    }
    fields.add(json.field("pkNames", "[\"id\"]"));
    fields.add(json.field("type", JsonTextGenerator.quote(op)));
    fields.add(json.field("isDdl", "false"));
    fields.add(json.field("es", "1732000000000"));
    fields.add(json.field("ts", "1795333216296"));
    return json.object(fields, json.chance(5));
  }

  /** A row of the table: mostly every column in order with a fitting value. */
  private static String row(JsonTextGenerator json, Table table, boolean canal) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < table.kinds.size(); i++) {
      if (i > 0 && json.chance(1)) {
        continue;
      }
      fields.add(json.field(escaped(table.schema.columns().get(i).name()), value(json, table.kinds.get(i), canal)));
    }
    if (json.chance(1)) {
      fields.add(json.field(json.pick("extra", "id", "k"), "\"1\""));
    }
    return json.object(fields, json.chance(2));
  }

  /** Canal's old row: some non-key columns. */
  private static String oldRow(JsonTextGenerator json, Table table) {
    List<String> fields = new ArrayList<>();
    for (int i = 1; i < table.kinds.size(); i++) {
      if (json.chance(50)) {
        fields.add(json.field(escaped(table.schema.columns().get(i).name()), value(json, table.kinds.get(i), true)));
      }
    }
    if (json.chance(5)) {
      fields.add(json.field(json.pick("extra", "k", "id"), "\"2\""));
    }
    return json.object(fields, json.chance(10));
  }

  private static String escaped(String name) {
    return name.replace("\"", "\\\"");
  }

  private static String value(JsonTextGenerator json, Kind kind, boolean canal) {
    if (json.chance(2)) {
      return json.pick("null", JsonTextGenerator.quote(PLACEHOLDER), json.scalar(), json.number(), "\"007\"", "\"-0\"",
          "\"+5\"", "\" 5\"", "\"\"", "true", "[1]", "{\"a\":1}");
    }
    boolean edge = json.chance(5);
    String text = switch (kind.type.kind()) {
      case INT8 -> edge ? json.pick("128", "-129", "-128", "127") : json.pick("0", "1", "42", "-1", "-100");
      case INT16 -> edge ? json.pick("32768", "-32769", "32767", "-32768") : json.pick("0", "300", "-2", "1234");
      case INT32 -> edge ? json.pick("2147483648", "-2147483649", "2147483647", "-2147483648")
          : json.pick("0", "100002", "12", "-7");
      case INT64 -> edge ? json.pick("999999999999999999", "-999999999999999999", "1000000000000000000",
          "9223372036854775807", "9223372036854775808") : json.pick("100002", "1732000000000", "0", "-5");
      case DECIMAL -> json.pick("12.50", "0.01", "-3", "123456789.99");
      case FLOAT64 -> json.pick("1.5", "-0.0", "2e10", "7");
      case DATE -> canal ? json.pick("2024-02-29", "0000-00-00") : json.pick("19782", "0");
      case TIMESTAMP -> canal ? json.pick("2024-02-29 10:11:12.345", "0000-00-00 00:00:00") : json.pick(
          "1732000000000", "0");
      case BYTES -> canal ? json.pick("abc", "", "\\u00ff") : json.pick("AAEC", "", "3q2+7w==", "not base64!");
      default -> null;
    };
    if (text == null) {
      return json.string(kind.type.kind() == DataType.Kind.ENUM ? json.pick("a", "b") : json.text(), json.chance(20));
    }
    boolean quoted = canal ? json.chance(97) : kind.type.kind() == DataType.Kind.DECIMAL || json.chance(5);
    return quoted ? JsonTextGenerator.quote(text) : text;
  }

  /**
   * A table of random column kinds, keyed by {@code id}, whose Canal messages mostly carry {@code
   * mysqlType} or mostly do not (the decoder then takes the known schema).
   */
  private record Table(TableSchema schema, List<Kind> kinds, boolean typesInCanal) {
    static Table random(JsonTextGenerator json, String name) {
      List<Column> columns = new ArrayList<>();
      List<Kind> kinds = new ArrayList<>();
      columns.add(new Column("id", DataType.int64(), false, "bigint(20)"));
      kinds.add(KINDS[3]);
      int count = json.pick(1, 2, 3, 4, 5);
      for (int i = 0; i < count; i++) {
        String column = json.chance(4) ? "a\"b" + i : NAMES[1 + i];
        Kind kind = json.pick(KINDS);
        columns.add(new Column(column, kind.type, true, kind.mysqlType));
        kinds.add(kind);
      }
      return new Table(new TableSchema(new TableId("shop", name), columns, List.of("id"), 1), kinds, json.chance(90));
    }
  }
}
