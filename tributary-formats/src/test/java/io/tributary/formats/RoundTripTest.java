package io.tributary.formats;

import static io.tributary.formats.EventAssertions.assertSameEvent;
import static io.tributary.formats.EventAssertions.assertSameShape;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.canal.CanalJsonEncoder;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** decode(encode(e)) == e for every logical type, in every exact configuration of both formats. */
class RoundTripTest {

  @Provide
  Arbitrary<ChangeEvent> events() {
    return Generators.schemas().flatMap(schema -> Generators.events(schema, true));
  }

  @Provide
  Arbitrary<ChangeEvent> eventsWithoutSpecialDecimals() {
    return Generators.schemas().flatMap(schema -> Generators.events(schema, false));
  }

  private static ChangeEvent trip(FormatOptions options, Format format, ChangeEvent event) {
    ChangeEncoder encoder = format.encoder(options);
    ChangeDecoder decoder = format.decoder(options);
    List<Decoded> decoded = decoder.decode(encoder.encodeKey(event), encoder.encode(event));
    assertThat(decoded).hasSize(1);
    DecodedRow row = (DecodedRow) decoded.get(0);
    assertThat(row.table()).isEqualTo(event.schema().id());
    return row.toChangeEvent(event.position());
  }

  @Property(tries = 400)
  void canalJson(@ForAll("events") ChangeEvent event) {
    assertSameEvent(event, trip(Messages.FIXED, Format.CANAL_JSON, event), true, false);
  }

  @Property(tries = 400)
  void debeziumJsonWithEnvelope(@ForAll("events") ChangeEvent event) {
    FormatOptions options = Messages.FIXED.withSchemaEnvelope(true);
    ChangeEncoder encoder = Format.DEBEZIUM_JSON.encoder(options);
    DecodedRow row = (DecodedRow) Format.DEBEZIUM_JSON.decoder(options)
        .decode(encoder.encodeKey(event), encoder.encode(event)).get(0);

    assertSameEvent(event, row.toChangeEvent(event.position()), false, true);
    assertThat(row.metadata().position()).isEqualTo(event.position().encode());
    assertThat(row.metadata().snapshot()).isEqualTo(event.position().isSnapshot());
  }

  @Property(tries = 300)
  void debeziumJsonWithEnvelopeAndPreciseDecimals(@ForAll("eventsWithoutSpecialDecimals") ChangeEvent event) {
    FormatOptions options = Messages.FIXED.withSchemaEnvelope(true).withDecimalHandling(DecimalHandling.PRECISE);
    assertSameEvent(event, trip(options, Format.DEBEZIUM_JSON, event), false, true);
  }

  @Property(tries = 300)
  void debeziumJsonWithoutEnvelopeGivenTheSchema(@ForAll("events") ChangeEvent event) {
    FormatOptions options = Messages.FIXED.withKnownSchemas(table -> event.schema());
    assertSameEvent(event, trip(options, Format.DEBEZIUM_JSON, event), false, true);
  }

  @Property(tries = 200)
  void debeziumJsonWithoutEnvelopePreciseGivenTheSchema(@ForAll("eventsWithoutSpecialDecimals") ChangeEvent event) {
    FormatOptions options = Messages.FIXED.withKnownSchemas(table -> event.schema())
        .withDecimalHandling(DecimalHandling.PRECISE);
    assertSameEvent(event, trip(options, Format.DEBEZIUM_JSON, event), false, true);
  }

  @Provide
  Arbitrary<List<ChangeEvent>> insertBatches() {
    return Generators.schemas().flatMap(schema -> Generators.events(schema, true)
        .map(e -> new ChangeEvent(io.tributary.api.event.Operation.INSERT, schema, null,
            e.after() != null && !io.tributary.api.event.Unchanged.anyIn(e.after()) ? e.after() : e.before(),
            e.position(), 5, "tx"))
        .list().ofMinSize(1).ofMaxSize(4));
  }

  @Property(tries = 100)
  void canalMultiRowMessages(@ForAll("insertBatches") List<ChangeEvent> events) {
    CanalJsonEncoder encoder = new CanalJsonEncoder(Messages.FIXED);
    List<Decoded> decoded = Format.CANAL_JSON.decoder(Messages.FIXED).decode(encoder.encodeRows(events));

    assertThat(decoded).hasSize(events.size());
    for (int i = 0; i < events.size(); i++) {
      assertSameEvent(events.get(i), ((DecodedRow) decoded.get(i)).toChangeEvent(events.get(i).position()), true, false);
    }
  }

  @Provide
  Arbitrary<SchemaChange> schemaChanges() {
    return Generators.schemas().flatMap(schema -> net.jqwik.api.Arbitraries.of(SchemaChange.Kind.class).map(kind ->
        new SchemaChange(kind, schema.id(), kind == SchemaChange.Kind.CREATE_TABLE ? null : schema,
            kind == SchemaChange.Kind.DROP_TABLE ? null : schema, new TestPosition(3, false),
            kind == SchemaChange.Kind.TRUNCATE_TABLE ? null : "DDL " + kind)));
  }

  @Property(tries = 200)
  void schemaChangesInBothFormats(@ForAll("schemaChanges") SchemaChange change) {
    for (Format format : Format.values()) {
      for (boolean envelope : new boolean[] {false, true}) {
        FormatOptions options = Messages.FIXED.withSchemaEnvelope(envelope);
        List<Decoded> decoded = format.decoder(options).decode(format.encoder(options).encode(change));
        DecodedDdl ddl = (DecodedDdl) decoded.get(0);
        SchemaChange back = ddl.toSchemaChange(change.before(), change.position());
        assertThat(back.kind()).isEqualTo(change.kind());
        assertThat(back.table()).isEqualTo(change.table());
        assertThat(back.ddl()).isEqualTo(change.ddl());
        TableSchema shape = change.after() != null ? change.after() : change.before();
        TableSchema carried = ddl.schema();
        if (change.kind() != SchemaChange.Kind.TRUNCATE_TABLE) {
          assertSameShape(shape, carried, format == Format.DEBEZIUM_JSON);
        } else if (carried != null) {
          // Debezium's op-t event carries the columns (with the envelope) but no key: that travels in message keys
          assertSameShape(new TableSchema(shape.id(), shape.columns(), carried.primaryKey(), 1), carried,
              format == Format.DEBEZIUM_JSON);
          assertThat(back.before()).isSameAs(change.before());
        }
      }
    }
  }
}
