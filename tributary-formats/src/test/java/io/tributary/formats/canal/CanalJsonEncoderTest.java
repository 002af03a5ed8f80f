package io.tributary.formats.canal;

import static io.tributary.formats.Messages.FIXED;
import static io.tributary.formats.Messages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.TestPosition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanalJsonEncoderTest {
  private static final TableSchema PRODUCTS = new TableSchema(new TableId("shop", "products"), List.of(
      new Column("id", DataType.int32(), false, "int(11)"),
      new Column("name", DataType.string(40), true),
      new Column("color", DataType.string(10), true),
      new Column("stock", DataType.int32(), true)), List.of("id"), 1);

  private final CanalJsonEncoder encoder = new CanalJsonEncoder(FIXED);

  private static ChangeEvent event(Operation op, Object[] before, Object[] after) {
    return new ChangeEvent(op, PRODUCTS, before, after, new TestPosition(5, false), 1709300000000L, "0-1-9");
  }

  @Test
  void anInsertIsOneDataRowWithEveryFieldInCanalsOrder() {
    String json = text(encoder.encode(event(Operation.INSERT, null, new Object[] {1, "lamp", null, 4})));

    assertThat(json).isEqualTo("{\"data\":[{\"id\":\"1\",\"name\":\"lamp\",\"color\":null,\"stock\":\"4\"}],"
        + "\"database\":\"shop\",\"es\":1709300000000,\"gtid\":\"0-1-9\",\"id\":1,\"isDdl\":false,"
        + "\"mysqlType\":{\"id\":\"int(11)\",\"name\":\"varchar(40)\",\"color\":\"varchar(10)\",\"stock\":\"int\"},"
        + "\"old\":null,\"pkNames\":[\"id\"],\"sql\":\"\",\"sqlType\":{\"id\":4,\"name\":12,\"color\":12,\"stock\":4},"
        + "\"table\":\"products\",\"ts\":1709251200000,\"type\":\"INSERT\"}");
  }

  @Test
  void anUpdatesOldHoldsThePreviousValuesOfChangedColumnsOnlyIncludingNull() {
    String json = text(encoder.encode(event(Operation.UPDATE, new Object[] {1, "lamp", null, 5},
        new Object[] {1, "lamp", "red", 4})));

    assertThat(json).contains("\"data\":[{\"id\":\"1\",\"name\":\"lamp\",\"color\":\"red\",\"stock\":\"4\"}]")
        .contains("\"old\":[{\"color\":null,\"stock\":\"5\"}]")
        .contains("\"type\":\"UPDATE\"");
  }

  @Test
  void aDeleteWritesTheDeletedRowAsData() {
    String json = text(encoder.encode(event(Operation.DELETE, new Object[] {2, "desk", null, 0}, null)));

    assertThat(json).contains("\"data\":[{\"id\":\"2\",\"name\":\"desk\",\"color\":null,\"stock\":\"0\"}]")
        .contains("\"old\":null").contains("\"type\":\"DELETE\"");
  }

  @Test
  void snapshotRowsAreInserts() {
    ChangeEvent read = new ChangeEvent(Operation.SNAPSHOT_READ, PRODUCTS, null, new Object[] {1, "a", "b", 2},
        new TestPosition(1, true), 0, null);

    assertThat(text(encoder.encode(read))).contains("\"type\":\"INSERT\"").contains("\"es\":0").contains("\"gtid\":null");
  }

  @Test
  void anUnchangedColumnIsLeftOutOfDataAndItsOldValueKept() {
    String json = text(encoder.encode(event(Operation.UPDATE, new Object[] {1, "lamp", "blue", 5},
        new Object[] {1, "lamp", Unchanged.VALUE, 6})));

    assertThat(json).contains("\"data\":[{\"id\":\"1\",\"name\":\"lamp\",\"stock\":\"6\"}]")
        .contains("\"old\":[{\"color\":\"blue\",\"stock\":\"5\"}]");
  }

  @Test
  void severalRowsOfOneChangeShareAMessageAndIdsCount() {
    byte[] message = encoder.encodeRows(List.of(event(Operation.INSERT, null, new Object[] {1, "a", null, 1}),
        event(Operation.INSERT, null, new Object[] {2, "b", null, 2})));

    assertThat(text(message)).contains("\"data\":[{\"id\":\"1\",\"name\":\"a\",\"color\":null,\"stock\":\"1\"},"
        + "{\"id\":\"2\",\"name\":\"b\",\"color\":null,\"stock\":\"2\"}]").contains("\"id\":1,");
    assertThat(text(encoder.encode(event(Operation.INSERT, null, new Object[] {3, "c", null, 3})))).contains("\"id\":2,");
    assertThatThrownBy(() -> encoder.encodeRows(List.of(event(Operation.INSERT, null, new Object[] {1, "a", null, 1}),
        event(Operation.DELETE, new Object[] {2, "b", null, 2}, null)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSchemaChangeIsADdlMessageWithTheNewShape() {
    SchemaChange alter = new SchemaChange(SchemaChange.Kind.ALTER_TABLE, PRODUCTS.id(), null, PRODUCTS,
        new TestPosition(6, false), "ALTER TABLE products ADD stock int");

    assertThat(text(encoder.encode(alter))).isEqualTo("{\"data\":null,\"database\":\"shop\",\"es\":1709251200000,"
        + "\"gtid\":null,\"id\":1,\"isDdl\":true,"
        + "\"mysqlType\":{\"id\":\"int(11)\",\"name\":\"varchar(40)\",\"color\":\"varchar(10)\",\"stock\":\"int\"},"
        + "\"old\":null,\"pkNames\":[\"id\"],\"sql\":\"ALTER TABLE products ADD stock int\","
        + "\"sqlType\":{\"id\":4,\"name\":12,\"color\":12,\"stock\":4},\"table\":\"products\",\"ts\":1709251200000,"
        + "\"type\":\"ALTER\"}");
    SchemaChange drop = new SchemaChange(SchemaChange.Kind.DROP_TABLE, PRODUCTS.id(), PRODUCTS, null,
        new TestPosition(7, false), null);
    assertThat(text(encoder.encode(drop))).contains("\"type\":\"ERASE\"").contains("\"sql\":\"\"");
  }

  @Test
  void theKeyIsAJsonObjectOfKeyValues() {
    assertThat(text(encoder.encodeKey(event(Operation.INSERT, null, new Object[] {7, "a", null, 1}))))
        .isEqualTo("{\"id\":7}");
    TableSchema keyless = new TableSchema(new TableId("s", "log"), List.of(new Column("m", DataType.string(-1), true)),
        List.of(), 1);
    assertThat(encoder.encodeKey(new ChangeEvent(Operation.INSERT, keyless, null, new Object[] {"x"},
        new TestPosition(1, false), 0, null))).isNull();
  }

  @Test
  void everyLogicalTypeHasMySqlsText() {
    CanalValueText text = new CanalValueText(ZoneId.of("UTC"));

    assertThat(text.text(DataType.bool(), true)).isEqualTo("1");
    assertThat(text.text(DataType.decimal(10, 3), new BigDecimal("1E+2").setScale(3))).isEqualTo("100.000");
    assertThat(text.text(DataType.decimal(10, 2), SpecialValue.NAN)).isEqualTo("NaN");
    assertThat(text.text(DataType.float32(), 0.1f)).isEqualTo("0.1");
    assertThat(text.text(DataType.float64(), Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThat(text.text(DataType.bytes(-1), new byte[] {(byte) 0xCA, 0x00})).isEqualTo("\u00ca\u0000");
    assertThat(text.text(DataType.bits(12), new byte[] {0x01, 0x02})).isEqualTo("258");
    assertThat(text.text(DataType.date(), LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
    assertThat(text.text(DataType.time(3), LocalTime.of(1, 2, 3, 400_000_000))).isEqualTo("01:02:03.400");
    assertThat(text.text(DataType.time(6), SpecialValue.END_OF_DAY)).isEqualTo("24:00:00");
    assertThat(text.text(DataType.timestamp(0), LocalDateTime.of(2024, 1, 2, 3, 4, 5))).isEqualTo("2024-01-02 03:04:05");
    assertThat(text.text(DataType.timestamp(2), LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000)))
        .as("never cut a value: more digits than the column declares").isEqualTo("2024-01-02 03:04:05.123456");
    assertThat(text.text(DataType.timestampTz(6), Instant.parse("2024-01-02T03:04:05.000001Z")))
        .isEqualTo("2024-01-02 03:04:05.000001");
    assertThat(text.text(DataType.uuid(), UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
        .isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    assertThat(text.text(DataType.arrayOf(DataType.decimal(5, 2)), java.util.Arrays.asList(new BigDecimal("1.50"), null)))
        .isEqualTo("[\"1.50\",null]");
    assertThat(new CanalValueText(ZoneId.of("Asia/Shanghai")).text(DataType.timestampTz(0), Instant.parse("2024-01-02T00:00:00Z")))
        .isEqualTo("2024-01-02 08:00:00");
  }

  @Test
  void aValueOfTheWrongClassNamesTableColumnAndPosition() {
    assertThatThrownBy(() -> encoder.encode(event(Operation.INSERT, null, new Object[] {1, "a", null, 4L})))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("column stock (INT32) of the INSERT of shop.products at log:5")
        .hasMessageContaining("java.lang.Long");
    assertThat(text(encoder.encode(event(Operation.INSERT, null, new Object[] {1, "a", null, 4}))))
        .as("the encoder recovers after a failed event").startsWith("{\"data\":[{\"id\":\"1\"");
  }

  @Test
  void theFactoryMakesThisEncoder() {
    assertThat(Format.CANAL_JSON.encoder(FIXED)).isInstanceOf(CanalJsonEncoder.class);
  }
}
