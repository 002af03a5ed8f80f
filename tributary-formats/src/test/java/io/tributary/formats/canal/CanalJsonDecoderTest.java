package io.tributary.formats.canal;

import static io.tributary.formats.Messages.lines;
import static io.tributary.formats.Messages.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Decoded;
import io.tributary.formats.DecodedDdl;
import io.tributary.formats.DecodedRow;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import io.tributary.formats.TestPosition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanalJsonDecoderTest {
  private final ChangeDecoder decoder = Format.CANAL_JSON.decoder(FormatOptions.defaults());

  private static DecodedRow row(List<Decoded> decoded, int i) {
    return (DecodedRow) decoded.get(i);
  }

  @Test
  void aMultiRowInsertIsOneRowPerDataEntryWithTypesFromMysqlType() {
    List<Decoded> decoded = decoder.decode(resource("canal/insert-multirow.json"));

    assertThat(decoded).hasSize(2);
    DecodedRow first = row(decoded, 0);
    assertThat(first.op()).isEqualTo(Operation.INSERT);
    assertThat(first.table()).isEqualTo(new TableId("shop", "orders"));
    assertThat(first.primaryKey()).containsExactly("id");
    assertThat(first.before()).isNull();
    assertThat(first.after("id")).isEqualTo(new BigDecimal("18446744073709551615"));
    assertThat(first.after("sku")).isEqualTo("A-1");
    assertThat(first.after("qty")).isEqualTo(3);
    assertThat(first.after("price")).isEqualTo(new BigDecimal("1234.50"));
    assertThat(first.after("placed_at")).isEqualTo(LocalDateTime.parse("2024-02-29T13:45:06.780"));
    assertThat(first.after("paid_at")).isEqualTo(Instant.parse("2024-02-29T12:45:06.123456Z"));
    assertThat(first.after("note")).isEqualTo("first line\nsecond \"line\"");
    assertThat((byte[]) first.after("flags")).containsExactly(5);
    assertThat(first.after("kind")).isEqualTo("b");
    assertThat(first.after("tags")).isEqualTo("x,y");
    assertThat(first.after("doc")).isEqualTo("{\"k\": [1, 2]}");
    assertThat((byte[]) first.after("raw")).containsExactly(0xCA, 0xFE, 0x00);
    assertThat(first.after("day")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(first.after("at")).isEqualTo(LocalTime.of(13, 45, 6));
    assertThat(first.after("yr")).isEqualTo((short) 2024);
    assertThat(first.after("tiny")).isEqualTo((byte) 1);
    assertThat(first.after("ratio")).isEqualTo(0.5f);
    assertThat(first.after("weight")).isEqualTo(2.25d);
    assertThat(first.metadata().commitMillis()).isEqualTo(1709214306000L);
    assertThat(first.metadata().emitMillis()).isEqualTo(1709214306500L);
    assertThat(first.metadata().transactionId()).isEqualTo("0-1-42");
    assertThat(first.metadata().batchId()).isEqualTo(17);
    assertThat(first.metadata().position()).isNull();
  }

  @Test
  void theSecondRowKeepsNullsZeroDatesAndSpecialFloats() {
    DecodedRow second = row(decoder.decode(resource("canal/insert-multirow.json")), 1);

    assertThat(second.after("paid_at")).isNull();
    assertThat(second.after("note")).isNull();
    assertThat(second.after("price")).isEqualTo(new BigDecimal("-0.05"));
    assertThat(second.after("day")).as("MySQL's zero date reads as NULL").isNull();
    assertThat(second.after("tags")).isEqualTo("");
    assertThat((byte[]) second.after("raw")).isEmpty();
    assertThat(second.after("ratio")).isEqualTo(-1.0e-5f);
    assertThat((Double) second.after("weight")).isNaN();
  }

  @Test
  void theShapeComesFromMysqlTypeWithTheTextAsSourceTypeAndTheKeyNotNull() {
    TableSchema schema = row(decoder.decode(resource("canal/insert-multirow.json")), 0).schema();

    assertThat(schema.columns().get(0)).isEqualTo(new Column("id", DataType.decimal(20, 0), false, "bigint(20) unsigned"));
    assertThat(schema.columns().get(1)).isEqualTo(new Column("sku", DataType.string(32), true, "varchar(32)"));
    assertThat(schema.columns().get(8).type()).isEqualTo(DataType.enumOf(List.of("a", "b")));
    assertThat(schema.primaryKey()).containsExactly("id");
    assertThat(schema.version()).isEqualTo(1);
  }

  @Test
  void oldHoldsOnlyChangedColumnsAndANullThereMeansThePreviousValueWasNull() {
    List<Decoded> decoded = decoder.decode(resource("canal/update-old-partial.json"));

    DecodedRow lamp = row(decoded, 0);
    assertThat(lamp.op()).isEqualTo(Operation.UPDATE);
    assertThat(lamp.after()).containsExactly(1, "lamp", "red", 4);
    assertThat(lamp.before()).containsExactly(1, "lamp", null, 5);
    DecodedRow desk = row(decoded, 1);
    assertThat(desk.after()).containsExactly(2, "desk", null, 0);
    assertThat(desk.before()).as("old[1] pairs with data[1]").containsExactly(2, "desk", "blue", 0);
  }

  @Test
  void aDeleteCarriesTheDeletedRowInData() {
    DecodedRow delete = row(decoder.decode(resource("canal/delete.json")), 0);

    assertThat(delete.op()).isEqualTo(Operation.DELETE);
    assertThat(delete.after()).isNull();
    assertThat(delete.before()).containsExactly(2, "desk", null, 0);
    ChangeEvent event = delete.toChangeEvent(new TestPosition(9, false));
    assertThat(event.commitMillis()).isEqualTo(1709300001000L);
    assertThat(event.schema().primaryKey()).containsExactly("id");
  }

  @Test
  void aDdlMessageIsASchemaChangeOfItsTable() {
    DecodedDdl ddl = (DecodedDdl) decoder.decode(resource("canal/ddl-alter.json")).get(0);

    assertThat(ddl.table()).isEqualTo(new TableId("shop", "products"));
    assertThat(ddl.kind()).isEqualTo(SchemaChange.Kind.ALTER_TABLE);
    assertThat(ddl.type()).isEqualTo("ALTER");
    assertThat(ddl.sql()).isEqualTo("ALTER TABLE `products` ADD COLUMN `weight` decimal(6,3) NULL");
    assertThat(ddl.schema()).as("real Canal DDL messages carry no types").isNull();
    assertThatThrownBy(() -> ddl.toSchemaChange(null, new TestPosition(1, false)))
        .isInstanceOf(FormatException.class).hasMessageContaining("new shape is unknown");
  }

  @Test
  void othersDdlTypesAreKeptButNotModelled() {
    DecodedDdl rename = (DecodedDdl) decoder.decode("{\"data\":null,\"database\":\"shop\",\"isDdl\":true,"
        + "\"type\":\"RENAME\",\"sql\":\"RENAME TABLE a TO b\",\"table\":\"a\"}").get(0);

    assertThat(rename.kind()).isNull();
    assertThat(rename.type()).isEqualTo("RENAME");
    assertThatThrownBy(() -> rename.toSchemaChange(null, new TestPosition(1, false)))
        .isInstanceOf(FormatException.class).hasMessageContaining("RENAME");
  }

  @Test
  void flinkCdcsDialectIsReadUntypedWithTheFullBeforeImageFromOld() {
    List<String> messages = lines("canal/flink-dialect.jsonl");

    DecodedRow insert = row(decoder.decode(messages.get(0)), 0);
    assertThat(insert.typed()).isFalse();
    assertThat(insert.after()).containsExactly(1L, "lamp", new BigDecimal("19.90"), List.of("a", "b"), "{\"w\":1}");
    DecodedRow update = row(decoder.decode(messages.get(1)), 0);
    assertThat(update.before()[2]).isEqualTo(new BigDecimal("19.90"));
    assertThat(update.after()[2]).isEqualTo(new BigDecimal("17.50"));
    DecodedRow delete = row(decoder.decode(messages.get(2)), 0);
    assertThat(delete.before()).containsExactly(1L, "lamp", new BigDecimal("17.50"), null, null);
  }

  @Test
  void knownSchemasTypeFlinkCdcsDialect() {
    TableSchema products = new TableSchema(new TableId("shop", "products"), List.of(
        new Column("id", DataType.int32(), false), new Column("name", DataType.string(40), true),
        new Column("price", DataType.decimal(6, 2), true), new Column("tags", DataType.arrayOf(DataType.string(-1)), true),
        new Column("spec", DataType.json(), true)), List.of("id"), 3);
    ChangeDecoder typed = Format.CANAL_JSON.decoder(FormatOptions.defaults().withKnownSchemas(
        table -> table.equals(products.id()) ? products : null));

    DecodedRow update = row(typed.decode(lines("canal/flink-dialect.jsonl").get(1)), 0);

    assertThat(update.schema()).isSameAs(products);
    assertThat(update.before()).containsExactly(1, "lamp", new BigDecimal("19.90"), List.of("a", "b"), "{\"w\":1}");
    assertThat(update.after()[2]).isEqualTo(new BigDecimal("17.50"));
  }

  @Test
  void anUpdateRowWithoutANonKeyColumnMarksItUnchanged() {
    DecodedRow update = row(decoder.decode("{\"data\":[{\"id\":\"1\"}],\"database\":\"d\",\"table\":\"t\","
        + "\"type\":\"UPDATE\",\"isDdl\":false,\"mysqlType\":{\"id\":\"int\",\"body\":\"text\"},\"pkNames\":[\"id\"],"
        + "\"old\":[{\"body\":\"was\"}]}"), 0);

    assertThat(update.after()).containsExactly(1, Unchanged.VALUE);
    assertThat(update.before()).containsExactly(1, "was");
  }

  @Test
  void aShapeChangeRaisesTheVersion() {
    String v1 = "{\"data\":[{\"id\":\"1\"}],\"database\":\"d\",\"table\":\"t\",\"type\":\"INSERT\","
        + "\"mysqlType\":{\"id\":\"int\"},\"pkNames\":[\"id\"]}";
    String v2 = "{\"data\":[{\"id\":\"1\",\"x\":\"2\"}],\"database\":\"d\",\"table\":\"t\",\"type\":\"INSERT\","
        + "\"mysqlType\":{\"id\":\"int\",\"x\":\"int\"},\"pkNames\":[\"id\"]}";

    TableSchema first = row(decoder.decode(v1), 0).schema();
    assertThat(row(decoder.decode(v1), 0).schema()).isSameAs(first);
    assertThat(row(decoder.decode(v2), 0).schema().version()).isEqualTo(2);
  }
}
