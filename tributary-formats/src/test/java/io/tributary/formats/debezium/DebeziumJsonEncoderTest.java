package io.tributary.formats.debezium;

import static io.tributary.formats.Messages.FIXED;
import static io.tributary.formats.Messages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.ChangeEncoder;
import io.tributary.formats.DecimalHandling;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.TestPosition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebeziumJsonEncoderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TableSchema ORDERS = new TableSchema(new TableId("shop", "orders"), List.of(
      new Column("id", DataType.int64(), false),
      new Column("price", DataType.decimal(10, 2), true),
      new Column("day", DataType.date(), true),
      new Column("at", DataType.time(3), true),
      new Column("placed", DataType.timestamp(6), true),
      new Column("paid", DataType.timestampTz(0), true),
      new Column("mask", DataType.bits(10), true),
      new Column("flag", DataType.bits(1), true),
      new Column("raw", DataType.bytes(-1), true),
      new Column("size", DataType.enumOf(List.of("s", "l")), true)), List.of("id"), 1);
  private static final Object[] ROW = {42L, new BigDecimal("1234.50"), LocalDate.of(2024, 2, 29),
      LocalTime.of(13, 45, 6, 250_000_000), LocalDateTime.of(2024, 2, 29, 13, 45, 6, 123_456_000),
      Instant.parse("2024-02-29T12:45:06Z"), new byte[] {0x02, 0x01}, new byte[] {1}, new byte[] {(byte) 0xCA}, "l"};

  private static ChangeEvent event(Operation op, Object[] before, Object[] after) {
    return new ChangeEvent(op, ORDERS, before, after, new TestPosition(77, false), 1709214306000L, "gtid-9");
  }

  @Test
  void anInsertHasDebeziumsFieldsWithTheSourceBlockFromTheEvent() {
    ChangeEncoder encoder = Format.DEBEZIUM_JSON.encoder(FIXED);

    assertThat(text(encoder.encode(event(Operation.INSERT, null, ROW)))).isEqualTo("{\"before\":null,"
        + "\"after\":{\"id\":42,\"price\":\"1234.50\",\"day\":\"2024-02-29\",\"at\":\"13:45:06.250\","
        + "\"placed\":\"2024-02-29T13:45:06.123456\",\"paid\":\"2024-02-29T12:45:06Z\",\"mask\":\"AQI=\","
        + "\"flag\":true,\"raw\":\"yg==\",\"size\":\"l\"},"
        + "\"source\":{\"connector\":\"tributary\",\"name\":\"tributary\",\"ts_ms\":1709214306000,\"snapshot\":\"false\","
        + "\"db\":\"shop\",\"table\":\"orders\",\"tributary_position\":\"log:77\"},"
        + "\"op\":\"c\",\"ts_ms\":1709251200000,\"transaction\":{\"id\":\"gtid-9\"}}");
  }

  @Test
  void opsAndSnapshotFlags() throws Exception {
    ChangeEncoder encoder = Format.DEBEZIUM_JSON.encoder(FIXED);
    JsonNode update = JSON.readTree(encoder.encode(event(Operation.UPDATE, ROW, ROW)));
    JsonNode delete = JSON.readTree(encoder.encode(event(Operation.DELETE, ROW, null)));
    JsonNode read = JSON.readTree(encoder.encode(new ChangeEvent(Operation.SNAPSHOT_READ, ORDERS, null, ROW,
        new TestPosition(1, true), 0, null)));

    assertThat(update.get("op").asText()).isEqualTo("u");
    assertThat(update.get("before").get("id").asLong()).isEqualTo(42);
    assertThat(delete.get("op").asText()).isEqualTo("d");
    assertThat(delete.get("after").isNull()).isTrue();
    assertThat(read.get("op").asText()).isEqualTo("r");
    assertThat(read.get("source").get("snapshot").asText()).isEqualTo("true");
    assertThat(read.get("transaction").isNull()).isTrue();
  }

  @Test
  void decimalHandlingPicksTheDecimalEncoding() throws Exception {
    JsonNode precise = JSON.readTree(Format.DEBEZIUM_JSON.encoder(FIXED.withDecimalHandling(DecimalHandling.PRECISE))
        .encode(event(Operation.INSERT, null, ROW)));
    JsonNode asDouble = JSON.readTree(Format.DEBEZIUM_JSON.encoder(FIXED.withDecimalHandling(DecimalHandling.DOUBLE))
        .encode(event(Operation.INSERT, null, ROW)));

    assertThat(precise.get("after").get("price").asText()).isEqualTo("AeI6");
    assertThat(asDouble.get("after").get("price").isDouble()).isTrue();
    assertThat(asDouble.get("after").get("price").asDouble()).isEqualTo(1234.5);
    Object[] nan = ROW.clone();
    nan[1] = SpecialValue.NAN;
    assertThatThrownBy(() -> Format.DEBEZIUM_JSON.encoder(FIXED.withDecimalHandling(DecimalHandling.PRECISE))
        .encode(event(Operation.INSERT, null, nan))).isInstanceOf(FormatException.class)
        .hasMessageContaining("column price").hasMessageContaining("use decimal-handling 'string'");
  }

  @Test
  void theEnvelopeDescribesEveryFieldWithDebeziumsConventions() throws Exception {
    JsonNode message = JSON.readTree(Format.DEBEZIUM_JSON.encoder(FIXED.withSchemaEnvelope(true)
        .withDecimalHandling(DecimalHandling.PRECISE)).encode(event(Operation.INSERT, null, ROW)));

    JsonNode after = message.get("schema").get("fields").get(1);
    assertThat(after.get("field").asText()).isEqualTo("after");
    assertThat(after.get("name").asText()).isEqualTo("tributary.shop.orders.Value");
    JsonNode fields = after.get("fields");
    assertThat(fields.get(0).toString()).isEqualTo("{\"type\":\"int64\",\"optional\":false,\"parameters\":"
        + "{\"__debezium.source.column.type\":\"BIGINT\"},\"field\":\"id\"}");
    assertThat(fields.get(1).toString()).isEqualTo("{\"type\":\"bytes\",\"optional\":true,"
        + "\"name\":\"org.apache.kafka.connect.data.Decimal\",\"version\":1,\"parameters\":{\"scale\":\"2\","
        + "\"connect.decimal.precision\":\"10\",\"__debezium.source.column.type\":\"DECIMAL\","
        + "\"__debezium.source.column.length\":\"10\",\"__debezium.source.column.scale\":\"2\"},\"field\":\"price\"}");
    assertThat(fields.get(2).get("name").asText()).isEqualTo("io.debezium.time.IsoDate");
    assertThat(fields.get(3).get("name").asText()).isEqualTo("io.debezium.time.IsoTime");
    assertThat(fields.get(4).get("name").asText()).isEqualTo("io.debezium.time.IsoTimestamp");
    assertThat(fields.get(5).get("name").asText()).isEqualTo("io.debezium.time.ZonedTimestamp");
    assertThat(fields.get(6).get("name").asText()).isEqualTo("io.debezium.data.Bits");
    assertThat(fields.get(6).get("parameters").get("length").asText()).isEqualTo("10");
    assertThat(fields.get(7).get("type").asText()).isEqualTo("boolean");
    assertThat(fields.get(9).get("parameters").get("allowed").asText()).isEqualTo("s,l");
    assertThat(message.get("payload").get("op").asText()).isEqualTo("c");
  }

  @Test
  void anUnchangedColumnIsDebeziumsPlaceholder() throws Exception {
    Object[] after = ROW.clone();
    after[9] = Unchanged.VALUE;
    after[8] = Unchanged.VALUE;
    JsonNode update = JSON.readTree(Format.DEBEZIUM_JSON.encoder(FIXED).encode(event(Operation.UPDATE, ROW, after)));

    assertThat(update.get("after").get("size").asText()).isEqualTo("__debezium_unavailable_value");
    assertThat(update.get("after").get("raw").asText()).isEqualTo("X19kZWJleml1bV91bmF2YWlsYWJsZV92YWx1ZQ==");
  }

  @Test
  void keysAreTheKeyColumnsWithOrWithoutEnvelope() {
    assertThat(text(Format.DEBEZIUM_JSON.encoder(FIXED).encodeKey(event(Operation.INSERT, null, ROW))))
        .isEqualTo("{\"id\":42}");
    assertThat(text(Format.DEBEZIUM_JSON.encoder(FIXED.withSchemaEnvelope(true)).encodeKey(event(Operation.INSERT, null, ROW))))
        .isEqualTo("{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int64\",\"optional\":false,"
            + "\"parameters\":{\"__debezium.source.column.type\":\"BIGINT\"},\"field\":\"id\"}],\"optional\":false,"
            + "\"name\":\"tributary.shop.orders.Key\"},\"payload\":{\"id\":42}}");
  }

  @Test
  void schemaChangesAreSchemaChangeMessagesAndTruncatesOpT() throws Exception {
    ChangeEncoder encoder = Format.DEBEZIUM_JSON.encoder(FIXED);
    JsonNode create = JSON.readTree(encoder.encode(new SchemaChange(SchemaChange.Kind.CREATE_TABLE, ORDERS.id(), null,
        ORDERS, new TestPosition(3, false), "CREATE TABLE orders (...)")));
    JsonNode truncate = JSON.readTree(encoder.encode(new SchemaChange(SchemaChange.Kind.TRUNCATE_TABLE, ORDERS.id(),
        ORDERS, ORDERS, new TestPosition(4, false), null)));

    assertThat(create.get("databaseName").asText()).isEqualTo("shop");
    assertThat(create.get("ddl").asText()).isEqualTo("CREATE TABLE orders (...)");
    JsonNode change = create.get("tableChanges").get(0);
    assertThat(change.get("type").asText()).isEqualTo("CREATE");
    assertThat(change.get("id").asText()).isEqualTo("\"shop\".\"orders\"");
    assertThat(change.get("table").get("primaryKeyColumnNames").toString()).isEqualTo("[\"id\"]");
    assertThat(change.get("table").get("columns").get(1).toString()).isEqualTo("{\"name\":\"price\",\"jdbcType\":3,"
        + "\"typeName\":\"DECIMAL\",\"typeExpression\":\"decimal(10,2)\",\"length\":10,\"scale\":2,\"position\":2,"
        + "\"optional\":true,\"enumValues\":[]}");
    assertThat(truncate.get("op").asText()).isEqualTo("t");
    assertThat(truncate.get("source").get("table").asText()).isEqualTo("orders");
  }
}
