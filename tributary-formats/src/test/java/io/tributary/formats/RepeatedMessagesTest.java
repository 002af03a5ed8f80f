package io.tributary.formats;

import static io.tributary.formats.EventAssertions.assertSameRow;
import static io.tributary.formats.EventAssertions.assertSameShape;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A decoder that has read earlier messages — and keeps their table names, types, keys and envelope
 * schemas — decodes a message exactly as a fresh decoder does, whatever came before: streams of
 * events of tables whose shapes change (shapes often share a table), in every format configuration.
 */
class RepeatedMessagesTest {

  @Provide
  Arbitrary<List<ChangeEvent>> streams() {
    Arbitrary<List<TableSchema>> shapes = Generators.schemas().list().ofMinSize(1).ofMaxSize(3);
    return shapes.flatMap(tables -> Arbitraries.of(tables).flatMap(schema -> Generators.events(schema, true))
        .list().ofMinSize(2).ofMaxSize(12));
  }

  @Property(tries = 150)
  void canalJson(@ForAll("streams") List<ChangeEvent> stream) {
    decodeLikeAFreshDecoder(Format.CANAL_JSON, false, stream);
  }

  @Property(tries = 150)
  void debeziumJsonWithKnownSchemas(@ForAll("streams") List<ChangeEvent> stream) {
    decodeLikeAFreshDecoder(Format.DEBEZIUM_JSON, false, stream);
  }

  @Property(tries = 150)
  void debeziumJsonWithEnvelope(@ForAll("streams") List<ChangeEvent> stream) {
    decodeLikeAFreshDecoder(Format.DEBEZIUM_JSON, true, stream);
  }

  private static void decodeLikeAFreshDecoder(Format format, boolean envelope, List<ChangeEvent> stream) {
    AtomicReference<TableSchema> current = new AtomicReference<>();
    FormatOptions options = Messages.FIXED.withSchemaEnvelope(envelope).withKnownSchemas(table -> current.get());
    ChangeEncoder encoder = format.encoder(options);
    ChangeDecoder warm = format.decoder(options);
    List<TableSchema> seen = new ArrayList<>();
    for (ChangeEvent event : stream) {
      current.set(event.schema());
      byte[] key = encoder.encodeKey(event);
      byte[] value = encoder.encode(event);
      DecodedRow fresh = (DecodedRow) format.decoder(options).decode(key, value).get(0);
      DecodedRow row = (DecodedRow) warm.decode(key, value).get(0);

      assertThat(row.table()).isEqualTo(fresh.table());
      assertThat(row.op()).isEqualTo(fresh.op());
      assertThat(row.columns()).isEqualTo(fresh.columns());
      assertThat(row.primaryKey()).isEqualTo(fresh.primaryKey());
      assertSameShape(fresh.schema(), row.schema(), true);
      assertSameRow(fresh.before(), row.before(), "before of " + event);
      assertSameRow(fresh.after(), row.after(), "after of " + event);
      assertThat(row.metadata()).isEqualTo(fresh.metadata());
      seen.add(row.schema());
    }
    assertThat(seen).isNotEmpty();
  }
}
