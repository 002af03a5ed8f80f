package io.tributary.formats.debezium;

import static io.tributary.formats.Messages.lines;
import static io.tributary.formats.Messages.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Decoded;
import io.tributary.formats.DecodedDdl;
import io.tributary.formats.DecodedRow;
import io.tributary.formats.Format;
import io.tributary.formats.FormatOptions;
import io.tributary.formats.TestPosition;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DebeziumJsonDecoderTest {
  private final ChangeDecoder decoder = Format.DEBEZIUM_JSON.decoder(FormatOptions.defaults());

  private static DecodedRow row(List<Decoded> decoded) {
    assertThat(decoded).hasSize(1);
    return (DecodedRow) decoded.get(0);
  }

  @Test
  void debeziumsDefaultEncodingsAreReadThroughTheEnvelopeSchema() {
    byte[] key = "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int64\",\"optional\":false,\"field\":\"id\"}]},\"payload\":{\"id\":42}}"
        .getBytes(StandardCharsets.UTF_8);
    DecodedRow update = row(decoder.decode(key, resource("debezium/mysql-envelope-update.json").getBytes(StandardCharsets.UTF_8)));

    assertThat(update.op()).isEqualTo(Operation.UPDATE);
    assertThat(update.table()).isEqualTo(new TableId("shop", "orders"));
    assertThat(update.primaryKey()).containsExactly("id");
    assertThat(update.before("id")).isEqualTo(42L);
    assertThat(update.before("price")).isEqualTo(new BigDecimal("1234.50"));
    assertThat(update.before("big_un")).isEqualTo(new BigDecimal("18446744073709551615"));
    assertThat(update.before("day")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(update.before("at")).isEqualTo(LocalTime.of(13, 45, 6, 250_000_000));
    assertThat(update.before("placed_at")).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 6, 789_000_000));
    assertThat(update.before("shipped_at")).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 6, 123_456_000));
    assertThat(update.before("paid_at")).isEqualTo(Instant.parse("2024-02-29T12:45:06.5Z"));
    assertThat(update.before("flag")).isEqualTo(true);
    assertThat((byte[]) update.before("mask")).as("Bits are little-endian in Debezium").containsExactly(0x02, 0x01);
    assertThat(update.before("size")).isEqualTo("small");
    assertThat(update.before("tags")).isEqualTo("x,z");
    assertThat(update.before("doc")).isEqualTo("{\"a\":1}");
    assertThat((byte[]) update.before("raw")).containsExactly(0xCA, 0xFE, 0x00);
    assertThat(update.before("tiny")).isEqualTo((short) -128);
    assertThat(update.before("yr")).isEqualTo((short) 2024);
    assertThat(update.before("ratio")).isEqualTo(0.25f);
    assertThat(update.before("weight")).isEqualTo(1.0e-7);
  }

  @Test
  void theAfterImageHoldsEdgeValues() {
    DecodedRow update = row(decoder.decode(resource("debezium/mysql-envelope-update.json")));

    assertThat(update.after("price")).isEqualTo(new BigDecimal("-0.05"));
    assertThat(update.after("big_un")).isNull();
    assertThat(update.after("day")).isEqualTo(LocalDate.of(1969, 12, 31));
    assertThat(update.after("at")).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(update.after("placed_at")).isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_000_000));
    assertThat(update.after("shipped_at")).isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000));
    assertThat(update.after("paid_at")).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
    assertThat((byte[]) update.after("mask")).containsExactly(0, 0);
    assertThat((Float) update.after("ratio")).isNaN();
    assertThat(update.after("weight")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(update.after("note")).isEqualTo("ünïcødé ✓ 😀");
  }

  @Test
  void theEnvelopeGivesTheShapeAndTheSourceTheMetadata() {
    DecodedRow update = row(decoder.decode(resource("debezium/mysql-envelope-update.json")));

    TableSchema schema = update.schema();
    assertThat(schema.columns().get(0)).isEqualTo(new Column("id", DataType.int64(), false));
    assertThat(schema.columns().get(1).type()).isEqualTo(DataType.decimal(10, 2));
    assertThat(schema.columns().get(4).type()).isEqualTo(DataType.time(6));
    assertThat(schema.columns().get(5).type()).isEqualTo(DataType.timestamp(3));
    assertThat(schema.columns().get(9).type()).isEqualTo(DataType.bits(10));
    assertThat(schema.columns().get(10).type()).isEqualTo(DataType.enumOf(List.of("small", "large")));
    assertThat(schema.columns().get(11).type()).isEqualTo(DataType.setOf(List.of("x", "y", "z")));
    assertThat(update.metadata().commitMillis()).isEqualTo(1709214306000L);
    assertThat(update.metadata().emitMillis()).isEqualTo(1709214306555L);
    assertThat(update.metadata().transactionId()).isEqualTo("3E11FA47-71CA-11E1-9E33-C80AA9429562:23");
    assertThat(update.metadata().position())
        .isEqualTo("gtid=3E11FA47-71CA-11E1-9E33-C80AA9429562:23,file=mysql-bin.000007,pos=4711,row=1");
    assertThat(update.metadata().snapshot()).isFalse();
  }

  @Test
  void postgresMessagesWithoutEnvelopeAreUntypedAndNamedBySchema() {
    List<String> messages = lines("debezium/postgres-plain.jsonl");

    DecodedRow read = row(decoder.decode(messages.get(0)));
    assertThat(read.op()).isEqualTo(Operation.SNAPSHOT_READ);
    assertThat(read.table()).isEqualTo(new TableId("public", "books"));
    assertThat(read.typed()).isFalse();
    assertThat(read.after()).containsExactly(1L, "Dune", "9.99", "1965-08-01", List.of("scifi", "classic"));
    assertThat(read.metadata().snapshot()).isTrue();
    assertThat(read.metadata().transactionId()).isEqualTo("771");
    assertThat(read.metadata().position()).isEqualTo("lsn=24023128,txId=771");
    DecodedRow update = row(decoder.decode(messages.get(2)));
    assertThat(update.op()).isEqualTo(Operation.UPDATE);
    assertThat(update.before()).as("no before image without REPLICA IDENTITY FULL").isNull();
    DecodedRow delete = row(decoder.decode(messages.get(3)));
    assertThat(delete.before()).containsExactly(2L, null, null, null, null);
    assertThat(delete.after()).isNull();
  }

  @Test
  void knownSchemasTypeMessagesWithoutEnvelope() {
    TableSchema books = new TableSchema(new TableId("public", "books"), List.of(
        new Column("id", DataType.int32(), false), new Column("title", DataType.string(-1), true),
        new Column("price", DataType.decimal(6, 2), true), new Column("published", DataType.date(), true),
        new Column("tags", DataType.arrayOf(DataType.string(-1)), true)), List.of("id"), 1);
    ChangeDecoder typed = Format.DEBEZIUM_JSON.decoder(FormatOptions.defaults().withKnownSchemas(t -> books));
    List<String> messages = lines("debezium/postgres-plain.jsonl");

    DecodedRow read = row(typed.decode(messages.get(0)));
    assertThat(read.after()).containsExactly(1, "Dune", new BigDecimal("9.99"), LocalDate.of(1965, 8, 1),
        List.of("scifi", "classic"));
    DecodedRow update = row(typed.decode(messages.get(2)));
    ChangeEvent event = update.toChangeEvent(new TestPosition(3, false));
    assertThat(event.before()).as("a key-only before image").containsExactly(2, null, null, null, null);
    assertThat(event.transactionId()).isEqualTo("773");
  }

  @Test
  void variableScaleDecimalsArraysUuidsAndNanoTimestamps() {
    DecodedRow read = row(decoder.decode(resource("debezium/variable-scale.json")));

    assertThat(read.after("amount")).isEqualTo(new BigDecimal("3.14159265358979323846"));
    assertThat(read.schema().columns().get(1).type()).isEqualTo(DataType.decimal(0, -1));
    assertThat(read.after("scores")).isEqualTo(Arrays.asList(3, null, -4));
    assertThat(read.after("ref")).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    assertThat(read.after("due")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(read.after("seen")).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 6, 123_456_789));
    assertThat(read.metadata().snapshot()).isTrue();
    assertThat(read.table()).isEqualTo(new TableId("public", "ledger"));
  }

  @Test
  void aSchemaChangeMessageIsADdlWithTheTableShape() {
    DecodedDdl ddl = (DecodedDdl) decoder.decode(resource("debezium/schema-change.json")).get(0);

    assertThat(ddl.table()).isEqualTo(new TableId("shop", "orders"));
    assertThat(ddl.kind()).isEqualTo(SchemaChange.Kind.ALTER_TABLE);
    assertThat(ddl.sql()).startsWith("ALTER TABLE orders ADD COLUMN size");
    assertThat(ddl.schema().columns()).containsExactly(
        new Column("id", DataType.decimal(20, 0), false),
        new Column("price", DataType.decimal(10, 2), true),
        new Column("size", DataType.enumOf(List.of("small", "large")), false));
    assertThat(ddl.schema().primaryKey()).containsExactly("id");
    SchemaChange change = ddl.toSchemaChange(null, new TestPosition(4, false));
    assertThat(change.after()).isSameAs(ddl.schema());
  }

  @Test
  void aTruncateIsADdlAndATombstoneIsNothing() {
    DecodedDdl truncate = (DecodedDdl) decoder.decode("{\"before\":null,\"after\":null,\"source\":{\"db\":\"shop\","
        + "\"table\":\"orders\",\"ts_ms\":5},\"op\":\"t\",\"ts_ms\":6}").get(0);

    assertThat(truncate.kind()).isEqualTo(SchemaChange.Kind.TRUNCATE_TABLE);
    assertThat(truncate.table()).isEqualTo(new TableId("shop", "orders"));
    assertThat(decoder.decode((byte[]) null)).isEmpty();
    assertThat(decoder.decode("{\"schema\":null,\"payload\":null}")).isEmpty();
  }
}
