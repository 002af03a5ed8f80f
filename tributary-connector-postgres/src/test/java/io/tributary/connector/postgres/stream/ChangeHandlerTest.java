package io.tributary.connector.postgres.stream;

import static io.tributary.connector.postgres.pgoutput.PgOutputBytes.begin;
import static io.tributary.connector.postgres.pgoutput.PgOutputBytes.commit;
import static io.tributary.connector.postgres.pgoutput.PgOutputBytes.message;
import static io.tributary.connector.postgres.pgoutput.PgOutputBytes.relation;
import static io.tributary.connector.postgres.stream.StreamFixtures.ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableId;
import io.tributary.connector.postgres.pgoutput.PgOutputDecoder;
import io.tributary.connector.postgres.position.Lsn;
import io.tributary.connector.postgres.position.WalPosition;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.stream.StreamFixtures.RecordingContext;
import io.tributary.connector.postgres.value.PgOid;
import java.nio.ByteBuffer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** pgoutput messages in, events with positions out: skipping on resume, TOAST, shape changes, truncates. */
class ChangeHandlerTest {
  private static final Object KEEP = new Object();
  private final RecordingContext context = new RecordingContext();
  private final AckTracker acks = new AckTracker(null);

  private ChangeHandler handler(PgTable table, WalPosition resumeAfter, UnchangedToastPolicy policy) {
    RelationBindings bindings = new RelationBindings(id -> id.namespace().equals("public"),
        StreamFixtures.lookup(table), Map.of(table.id(), table));
    return new ChangeHandler(context, bindings, new WalCursor(resumeAfter), acks, policy);
  }

  private static void feed(ChangeHandler handler, ByteBuffer... messages) throws InterruptedException {
    for (ByteBuffer m : messages) {
      handler.handle(PgOutputDecoder.decode(m));
    }
  }

  private static ByteBuffer itemsRelation(char identity) {
    return relation(10, "public", "items", identity, "id", PgOid.INT4, -1, 1, "note", PgOid.TEXT, -1, identity == 'f' ? 1 : 0);
  }

  @Test
  void rowsBecomeEventsWithTheirTransactionsPositions() throws Exception {
    ChangeHandler handler = handler(StreamFixtures.items('d'), null, UnchangedToastPolicy.refuse());
    feed(handler, itemsRelation('d'), begin(0x100, 5_000_000, 77),
        message('I').i32(10).u8('N').tuple("1", "a").buffer(),
        message('U').i32(10).u8('N').tuple("1", "b").buffer(),
        message('U').i32(10).u8('K').tuple("1", null).u8('N').tuple("2", "b").buffer(),
        message('D').i32(10).u8('K').tuple("2", null).buffer(),
        commit(0x100, 0x180, 5_000_000));
    var events = context.events();
    assertThat(events).extracting(ChangeEvent::op)
        .containsExactly(Operation.INSERT, Operation.UPDATE, Operation.UPDATE, Operation.DELETE);
    assertThat(events).extracting(ChangeEvent::position).containsExactly(
        wal(0x100, 1), wal(0x100, 2), wal(0x100, 3), wal(0x100, 4));
    assertThat(events.get(0).after()).containsExactly(1, "a");
    assertThat(events.get(1).before()).containsExactly(1, null);
    assertThat(events.get(2).before()).containsExactly(1, null);
    assertThat(events.get(2).after()).containsExactly(2, "b");
    assertThat(events.get(3).before()).containsExactly(2, null);
    assertThat(events.get(0).commitMillis()).isEqualTo(946_684_805_000L);
    assertThat(events.get(0).transactionId()).isEqualTo("77");
    assertThat(context.flushes).isEqualTo(1);
    assertThat(handler.processedEnd()).isEqualTo(new Lsn(0x180));
  }

  @Test
  void aResumedStreamSkipsWhatWasDeliveredCountingUncapturedRowsToo() throws Exception {
    ChangeHandler handler = handler(StreamFixtures.items('d'), wal(0x200, 2), UnchangedToastPolicy.refuse());
    feed(handler, itemsRelation('d'), relation(11, "other", "log", 'd', "id", PgOid.INT4, -1, 1),
        begin(0x100, 0, 1), message('I').i32(10).u8('N').tuple("1", "old").buffer(), commit(0x100, 0x110, 0),
        begin(0x200, 0, 2), message('I').i32(10).u8('N').tuple("2", "delivered").buffer(),
        message('I').i32(11).u8('N').tuple("99").buffer(),
        message('I').i32(10).u8('N').tuple("3", "new").buffer(), commit(0x200, 0x210, 0));
    assertThat(context.events()).hasSize(1);
    assertThat(context.events().get(0).after()).containsExactly(3, "new");
    assertThat(context.events().get(0).position()).isEqualTo(wal(0x200, 3));
    assertThat(handler.cursor().resumePoint()).isEqualTo(wal(0x200, 3));
  }

  @Test
  void fullIdentityTakesAnUnchangedToastValueFromTheOldRow() throws Exception {
    ChangeHandler handler = handler(StreamFixtures.items('f'), null, UnchangedToastPolicy.refuse());
    feed(handler, itemsRelation('f'), begin(0x100, 0, 1),
        message('U').i32(10).u8('O').tuple("1", "big value").u8('N').tuple("1", "~u").buffer(), commit(0x100, 0x110, 0));
    ChangeEvent update = context.events().get(0);
    assertThat(update.before()).containsExactly(1, "big value");
    assertThat(update.after()).containsExactly(1, "big value");
  }

  @Test
  void defaultIdentityAsksThePolicyForAnUnchangedToastValue() throws Exception {
    ByteBuffer[] update = {itemsRelation('d'), begin(0x100, 0, 1),
        message('U').i32(10).u8('N').tuple("1", "~u").buffer(), commit(0x100, 0x110, 0)};
    ChangeHandler marking = handler(StreamFixtures.items('d'), null, UnchangedToastPolicy.marker(KEEP));
    feed(marking, update);
    assertThat(context.events().get(0).after()).containsExactly(1, KEEP);

    ChangeHandler refusing = handler(StreamFixtures.items('d'), null, UnchangedToastPolicy.refuse());
    assertThatThrownBy(() -> feed(refusing, update)).isInstanceOf(TributaryException.class)
        .hasMessageContaining("UPDATE of public.items at transaction 0/100 row 1")
        .hasMessageContaining("column note").hasMessageContaining("REPLICA IDENTITY FULL");
  }

  @Test
  void aKeyChangingUpdateWithAnUnchangedToastValueIsRefusedWhateverThePolicy() {
    ChangeHandler marking = handler(StreamFixtures.items('d'), null, UnchangedToastPolicy.marker(KEEP));
    assertThatThrownBy(() -> feed(marking, itemsRelation('d'), begin(0x100, 0, 1),
        message('U').i32(10).u8('K').tuple("1", null).u8('N').tuple("2", "~u").buffer()))
        .isInstanceOf(TributaryException.class).hasMessageContaining("column note");
  }

  @Test
  void aChangedRelationIsAnAlterBeforeTheFirstRowInTheNewShape() throws Exception {
    ChangeHandler handler = handler(StreamFixtures.items('d'), null, UnchangedToastPolicy.refuse());
    feed(handler, itemsRelation('d'), begin(0x100, 0, 1), message('I').i32(10).u8('N').tuple("1", "a").buffer(),
        relation(10, "public", "items", 'd', "id", PgOid.INT4, -1, 1, "note", PgOid.TEXT, -1, 0, "qty", PgOid.INT4, -1, 0));
    assertThat(context.changes()).isEmpty();
    feed(handler, message('I').i32(10).u8('N').tuple("2", "b", "5").buffer(), commit(0x100, 0x110, 0));
    assertThat(context.output).hasSize(3);
    SchemaChange alter = (SchemaChange) context.output.get(1);
    assertThat(alter.kind()).isEqualTo(SchemaChange.Kind.ALTER_TABLE);
    assertThat(alter.before().columns()).hasSize(2);
    assertThat(alter.after().columns()).extracting(c -> c.name()).containsExactly("id", "note", "qty");
    assertThat(alter.after().version()).isEqualTo(2);
    assertThat(alter.position()).isEqualTo(wal(0x100, 1));
    ChangeEvent second = (ChangeEvent) context.output.get(2);
    assertThat(second.schema()).isEqualTo(alter.after());
    assertThat(second.after()).containsExactly(2, "b", 5);
    feed(handler, relation(10, "public", "items", 'd', "id", PgOid.INT4, -1, 1, "note", PgOid.TEXT, -1, 0, "qty",
        PgOid.INT4, -1, 0), begin(0x200, 0, 2), message('I').i32(10).u8('N').tuple("3", "c", "6").buffer());
    assertThat(context.changes()).hasSize(1);
  }

  @Test
  void truncateOfCapturedTablesIsASchemaChangeAtItsRow() throws Exception {
    ChangeHandler handler = handler(StreamFixtures.items('d'), null, UnchangedToastPolicy.refuse());
    feed(handler, itemsRelation('d'), relation(11, "other", "log", 'd', "id", PgOid.INT4, -1, 1), begin(0x100, 0, 1),
        message('I').i32(10).u8('N').tuple("1", "a").buffer(), message('T').i32(2).u8(0).i32(10).i32(11).buffer(),
        commit(0x100, 0x110, 0));
    assertThat(context.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(SchemaChange.Kind.TRUNCATE_TABLE);
      assertThat(c.table()).isEqualTo(ITEMS);
      assertThat(c.position()).isEqualTo(wal(0x100, 2));
      assertThat(c.after()).isEqualTo(c.before());
    });
    assertThat(acks.pendingTransactions()).isEqualTo(1);
  }

  @Test
  void aRowOfAnUnboundRelationIsAnError() {
    ChangeHandler handler = handler(StreamFixtures.items('d'), null, UnchangedToastPolicy.refuse());
    assertThatThrownBy(() -> feed(handler, begin(0x100, 0, 1), message('I').i32(10).u8('N').tuple("1", "a").buffer()))
        .hasMessageContaining("without a Relation message");
  }

  @Test
  void aValueThatCannotBeConvertedNamesTableColumnAndPosition() {
    ChangeHandler handler = handler(StreamFixtures.items('d'), null, UnchangedToastPolicy.refuse());
    assertThatThrownBy(() -> feed(handler, itemsRelation('d'), begin(0x100, 0, 1),
        message('I').i32(10).u8('N').tuple("x", "a").buffer()))
        .hasMessageContaining("INSERT of public.items at transaction 0/100 row 1").hasMessageContaining("column id");
  }

  @Test
  void aNewCapturedTableIsCreatedBeforeItsFirstRow() throws Exception {
    PgTable items = StreamFixtures.items('d');
    PgTable fresh = PgTable.of(new TableId("public", "fresh"), 'd', items.columns(), items.key(), 0, 1);
    RelationBindings bindings = new RelationBindings(id -> true, StreamFixtures.lookup(items, fresh), Map.of(ITEMS, items));
    ChangeHandler handler = new ChangeHandler(context, bindings, new WalCursor(null), acks, UnchangedToastPolicy.refuse());
    feed(handler, relation(12, "public", "fresh", 'd', "id", PgOid.INT4, -1, 1, "note", PgOid.TEXT, -1, 0),
        begin(0x100, 0, 1), message('I').i32(12).u8('N').tuple("1", "a").buffer(), commit(0x100, 0x110, 0));
    assertThat(context.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(SchemaChange.Kind.CREATE_TABLE);
      assertThat(c.before()).isNull();
      assertThat(c.after().version()).isEqualTo(1);
    });
  }

  private static WalPosition wal(long lsn, long row) {
    return new WalPosition(new Lsn(lsn), row);
  }
}
