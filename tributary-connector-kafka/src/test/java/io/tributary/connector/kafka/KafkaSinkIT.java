package io.tributary.connector.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.option.Config;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkWriter;
import io.tributary.formats.Decoded;
import io.tributary.formats.DecodedDdl;
import io.tributary.formats.DecodedRow;
import io.tributary.formats.Format;
import io.tributary.formats.FormatOptions;
import io.tributary.testkit.KafkaBroker;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class KafkaSinkIT {
  private static final KafkaBroker BROKER = KafkaBroker.shared();
  private static final AtomicInteger RUN = new AtomicInteger();
  private static final TableSchema ORDERS = new TableSchema(new TableId("shop", "orders"), List.of(
      new Column("id", DataType.int64(), false), new Column("note", DataType.string(40), true),
      new Column("amount", DataType.decimal(10, 2), true)), List.of("id"), 1);
  private static final TableSchema LOG = new TableSchema(new TableId("shop", "audit log"), List.of(
      new Column("line", DataType.string(-1), true)), List.of(), 1);

  private final List<String> rejected = new ArrayList<>();
  private String prefix = "it" + RUN.incrementAndGet() + "-" + System.nanoTime();

  private Sink sink(String format, int lanes) {
    Sink sink = new KafkaSinkFactory().create("events", Config.of("bootstrap-servers", BROKER.bootstrapServers(),
        "topic", prefix + ".{database}.{table}", "format", format, "positions-topic", prefix + ".positions",
        "schema-change-topic", prefix + ".ddl", "topic-partitions", "3"));
    sink.open(new SinkContext("shop-sync", "events", lanes,
        (table, delete, row, reason) -> rejected.add(table.id() + ": " + reason)));
    return sink;
  }

  private static ChangeEvent insert(long id, String note, long offset) {
    return new ChangeEvent(Operation.INSERT, ORDERS, null, new Object[] {id, note, new BigDecimal("1.50")},
        new TestPosition(offset), 1_700_000_000_000L, null);
  }

  private static ChangeEvent update(long id, String before, String after, long offset) {
    return new ChangeEvent(Operation.UPDATE, ORDERS, new Object[] {id, before, new BigDecimal("1.50")},
        new Object[] {id, after, new BigDecimal("2.25")}, new TestPosition(offset), 1_700_000_000_000L, null);
  }

  private static ChangeEvent delete(long id, long offset) {
    return new ChangeEvent(Operation.DELETE, ORDERS, new Object[] {id, "x", null}, null, new TestPosition(offset),
        1_700_000_000_000L, null);
  }

  private static SinkBatch batch(int lane, long position, ChangeEvent... events) {
    return new SinkBatch(lane, List.of(), List.of(events), new TestPosition(position));
  }

  private List<DecodedRow> rows(String format, String topic) {
    var decoder = Format.of(format).decoder(FormatOptions.defaults().withKnownSchemas(t -> t.equals(ORDERS.id()) ? ORDERS : null));
    List<DecodedRow> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : BROKER.readCommitted(topic)) {
      for (Decoded d : decoder.decode(r.key(), r.value())) {
        if (d instanceof DecodedRow row) {
          out.add(row);
        }
      }
    }
    return out;
  }

  @Test
  void eachBatchCommitsItsMessagesAndPositionTogetherInEitherFormat() {
    for (String format : List.of("debezium-json", "canal-json")) {
      prefix = "it" + RUN.incrementAndGet() + "-" + System.nanoTime();
      Sink sink = sink(format, 2);
      sink.ensureTable(ORDERS);
      try (SinkWriter lane0 = sink.openWriter(0)) {
        assertThat(lane0.committedPosition()).isNull();
        lane0.write(batch(0, 3, insert(1, "first", 1), update(1, "first", "second", 2), delete(1, 3)));
        lane0.write(batch(0, 5, insert(2, "kept", 4), insert(3, "also kept", 5)));
        assertThat(lane0.committedPosition()).isEqualTo("5");
      }
      List<DecodedRow> rows = rows(format, prefix + ".shop.orders");
      assertThat(rows).extracting(DecodedRow::op).as(format)
          .containsExactlyInAnyOrder(Operation.INSERT, Operation.UPDATE, Operation.DELETE, Operation.INSERT, Operation.INSERT);
      // one key, one partition, in order
      assertThat(rows.stream().filter(r -> Long.valueOf(1).equals((r.after() != null ? r.after() : r.before())[0])).map(DecodedRow::op).toList())
          .containsExactly(Operation.INSERT, Operation.UPDATE, Operation.DELETE);
      DecodedRow updated = rows.stream().filter(r -> r.op() == Operation.UPDATE).findFirst().orElseThrow();
      assertThat(updated.after()).containsExactly(1L, "second", new BigDecimal("2.25"));
      assertThat(updated.before()[1]).isEqualTo("first");
      assertThat(sink.committedPositions()).isEqualTo(Map.of(0, "5"));
      sink.close();
    }
    assertThat(rejected).isEmpty();
  }

  @Test
  void aTransactionACrashedProcessLeftOpenIsAbortedAndNeverSeen() throws Exception {
    Sink first = sink("debezium-json", 1);
    first.ensureTable(ORDERS);
    try (SinkWriter lane0 = first.openWriter(0)) {
      lane0.write(batch(0, 1, insert(10, "committed", 1)));
    }
    first.close();
    // the crashed process: its lane producer began a transaction, sent a message and a position, and died
    Properties p = new Properties();
    p.put("bootstrap.servers", BROKER.bootstrapServers());
    p.put("transactional.id", "tributary-shop-sync-events-0");
    KafkaProducer<byte[], byte[]> zombie = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    zombie.initTransactions();
    zombie.beginTransaction();
    var unused = zombie.send(new ProducerRecord<>(prefix + ".shop.orders", bytes("{\"id\":11}"), bytes("{\"op\":\"c\"}")));
    unused = zombie.send(new ProducerRecord<>(prefix + ".positions", 0, bytes("[\"shop-sync\",\"events\",0]"), bytes("2")));
    zombie.flush();

    Sink restarted = sink("debezium-json", 1); // fences the zombie: its transaction is aborted
    assertThat(restarted.committedPositions()).isEqualTo(Map.of(0, "1"));
    assertThatThrownBy(zombie::commitTransaction).isInstanceOf(org.apache.kafka.common.KafkaException.class);
    zombie.close();
    try (SinkWriter lane0 = restarted.openWriter(0)) {
      lane0.write(batch(0, 2, insert(11, "rewritten", 2)));
    }
    assertThat(rows("debezium-json", prefix + ".shop.orders")).extracting(r -> r.after()[1])
        .containsExactlyInAnyOrder("committed", "rewritten");
    restarted.close();
  }

  @Test
  void withTombstonesADeleteIsFollowedByItsKeyWithoutValue() {
    Sink sink = new KafkaSinkFactory().create("events", Config.of("bootstrap-servers", BROKER.bootstrapServers(),
        "topic", prefix + ".{table}", "positions-topic", prefix + ".positions", "tombstones", "true", "topic-partitions", "1"));
    sink.open(new SinkContext("shop-sync", "events", 1, (table, delete, row, reason) -> rejected.add(reason)));
    sink.ensureTable(ORDERS);
    try (SinkWriter lane0 = sink.openWriter(0)) {
      lane0.write(batch(0, 2, insert(5, "x", 1), delete(5, 2)));
    }
    List<ConsumerRecord<byte[], byte[]>> records = BROKER.readCommitted(prefix + ".orders");
    assertThat(records).hasSize(3);
    assertThat(new String(records.get(2).key(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":5}");
    assertThat(records.get(2).value()).isNull();
    sink.close();
  }

  @Test
  void aSecondWriterOfTheSameLaneFencesTheFirst() {
    Sink sink = sink("canal-json", 1);
    sink.ensureTable(ORDERS);
    SinkWriter older = sink.openWriter(0);
    try (SinkWriter newer = sink.openWriter(0)) {
      newer.write(batch(0, 1, insert(20, "newer", 1)));
      assertThatThrownBy(() -> older.write(batch(0, 1, insert(20, "older", 1))))
          .isInstanceOf(TributaryException.class).hasMessageContaining("transactional.id took over");
    } finally {
      older.close();
    }
    assertThat(rows("canal-json", prefix + ".shop.orders")).extracting(r -> r.after()[1]).containsExactly("newer");
    sink.close();
  }

  @Test
  void aSchemaChangeIsWrittenOnceToEveryPartitionEvenWhenReplayed() {
    SchemaChange alter = new SchemaChange(SchemaChange.Kind.ALTER_TABLE, ORDERS.id(), ORDERS, ORDERS.withVersion(2),
        new TestPosition(7), "ALTER TABLE orders ADD COLUMN x int");
    Sink sink = sink("canal-json", 1);
    sink.ensureTable(ORDERS);
    sink.applySchemaChange(alter);
    sink.applySchemaChange(alter);
    sink.close();
    Sink restarted = sink("canal-json", 1);
    restarted.applySchemaChange(alter);
    restarted.close();
    var decoder = Format.of("canal-json").decoder(FormatOptions.defaults());
    List<ConsumerRecord<byte[], byte[]>> records = BROKER.readCommitted(prefix + ".shop.orders");
    assertThat(records).extracting(ConsumerRecord::partition).containsExactly(0, 1, 2);
    for (ConsumerRecord<byte[], byte[]> r : records) {
      assertThat(decoder.decode(r.value())).singleElement().isInstanceOfSatisfying(DecodedDdl.class,
          ddl -> assertThat(ddl.sql()).isEqualTo("ALTER TABLE orders ADD COLUMN x int"));
    }
  }

  @Test
  void rowsOfATableWithoutKeyKeepTheirOrderInOnePartitionAndBadValuesAreDeadLettered() {
    Sink sink = sink("debezium-json", 1);
    sink.ensureTable(LOG);
    sink.ensureTable(ORDERS);
    List<ChangeEvent> events = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      events.add(new ChangeEvent(Operation.INSERT, LOG, null, new Object[] {"line " + i}, new TestPosition(i), 0L, null));
    }
    // a value of the wrong Java class for its column cannot be written: dead letter, the rest commits
    events.add(new ChangeEvent(Operation.INSERT, ORDERS, null, new Object[] {99L, 12345, null}, new TestPosition(50), 0L, null));
    try (SinkWriter lane0 = sink.openWriter(0)) {
      lane0.write(new SinkBatch(0, List.of(), events, new TestPosition(50)));
    }
    List<ConsumerRecord<byte[], byte[]>> records = BROKER.readCommitted(prefix + ".shop.audit_log");
    assertThat(records).hasSize(50).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
    assertThat(rows("debezium-json", prefix + ".shop.audit_log")).extracting(r -> r.after()[0])
        .containsExactlyElementsOf(events.subList(0, 50).stream().map(e -> e.after()[0]).toList());
    assertThat(rejected).singleElement().asString().startsWith("shop.orders: ").contains("note");
    assertThat(BROKER.readCommitted(prefix + ".shop.orders")).isEmpty();
    sink.close();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
