package io.tributary.connector.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.option.Config;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.source.Source;
import io.tributary.testkit.CollectingSourceContext;
import io.tributary.testkit.KafkaBroker;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class KafkaSourceIT {
  private static final KafkaBroker BROKER = KafkaBroker.shared();
  private static final TableSchema ORDERS = new TableSchema(new TableId("shop", "orders"), List.of(
      new Column("id", DataType.int64(), false), new Column("note", DataType.string(40), true),
      new Column("amount", DataType.decimal(10, 2), true), new Column("day", DataType.date(), true)), List.of("id"), 1);

  private String prefix = "src" + System.nanoTime();

  /** Writes {@code count} inserts and an update of each through Tributary's own Kafka sink. */
  private List<ChangeEvent> written(String format, boolean envelope, int count) {
    Sink sink = new KafkaSinkFactory().create("out", Config.of("bootstrap-servers", BROKER.bootstrapServers(),
        "topic", prefix + ".{database}.{table}", "format", format, "debezium.include-schema", Boolean.toString(envelope),
        "positions-topic", prefix + ".positions", "topic-partitions", "3"));
    sink.open(new SinkContext("writer", "out", 1, (t, d, r, reason) -> { throw new AssertionError(reason); }));
    sink.ensureTable(ORDERS);
    List<ChangeEvent> events = new ArrayList<>();
    for (long id = 1; id <= count; id++) {
      events.add(new ChangeEvent(Operation.INSERT, ORDERS, null,
          new Object[] {id, "n" + id, new BigDecimal("1.25"), java.time.LocalDate.of(2026, 1, 1)}, new TestPosition(id), 0L, null));
    }
    for (long id = 1; id <= count; id++) {
      events.add(new ChangeEvent(Operation.UPDATE, ORDERS, events.get((int) id - 1).after(),
          new Object[] {id, "u" + id, new BigDecimal("2.50"), null}, new TestPosition(count + id), 0L, null));
    }
    try (SinkWriter w = sink.openWriter(0)) {
      w.write(new SinkBatch(0, List.of(), events, new TestPosition(2L * count)));
    }
    sink.close();
    return events;
  }

  private Source source(String format, String startup, String... extra) {
    List<String> kv = new ArrayList<>(List.of("bootstrap-servers", BROKER.bootstrapServers(), "topic-pattern",
        prefix + "\\.shop\\..*", "format", format, "group-id", prefix + "-group", "startup-mode", startup));
    kv.addAll(List.of(extra));
    return new KafkaSourceFactory().create(Config.of(kv.toArray(String[]::new)), "reader");
  }

  /** Runs {@code source} from {@code resume} until {@code count} events arrived (plus {@code settle} ms), then stops it. */
  private static CollectingSourceContext collect(Source source, KafkaPosition resume, int count, long settleMillis)
      throws Exception {
    CollectingSourceContext context = new CollectingSourceContext("reader");
    Thread t = running(source, context, resume);
    context.awaitEvents(count, Duration.ofSeconds(60));
    Thread.sleep(settleMillis);
    source.stop();
    t.join();
    return context;
  }

  private static Thread running(Source source, CollectingSourceContext context, KafkaPosition resume) {
    Thread t = new Thread(() -> {
      try {
        source.run(context, resume);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    t.start();
    return t;
  }

  @Test
  void typedMessagesOfBothFormatsArriveAsTheEventsThatWereWritten() throws Exception {
    for (String format : List.of("canal-json", "debezium-json")) {
      prefix = "src" + System.nanoTime();
      List<ChangeEvent> sent = written(format, true, 20);
      Source source = source(format, "earliest");
      assertThat(source.discover()).isEmpty();
      List<ChangeEvent> got = collect(source, null, 40, 0).events();
      assertThat(got).hasSize(40);
      for (ChangeEvent e : got) {
        long id = (Long) e.after()[0];
        ChangeEvent expected = sent.stream().filter(s -> s.op() == e.op() && s.after()[0].equals(id)).findFirst().orElseThrow();
        assertThat(e.after()).as(format).containsExactly(expected.after());
        assertThat(e.schema().primaryKey()).containsExactly("id");
      }
    }
  }

  @Test
  void resumingFromAPositionDeliversExactlyWhatCameAfterIt() throws Exception {
    written("debezium-json", true, 50);
    List<ChangeEvent> all = collect(source("debezium-json", "earliest"), null, 100, 0).events();
    KafkaPosition resume = KafkaPosition.decode(all.get(37).position().encode());
    List<ChangeEvent> after = collect(source("debezium-json", "earliest"), resume, 62, 500).events(); // nothing more may come
    assertThat(after).hasSize(62);
    assertThat(key(after)).containsExactlyInAnyOrderElementsOf(key(all.subList(38, 100)));
  }

  @Test
  void groupOffsetsAreCommittedOnlyForWhatTheSinksConfirmed() throws Exception {
    written("canal-json", false, 10);
    Source source = source("canal-json", "group-offsets");
    CollectingSourceContext context = new CollectingSourceContext("reader");
    Thread t = running(source, context, null);
    List<ChangeEvent> got = context.awaitEvents(20, Duration.ofSeconds(60));
    source.committed(got.get(19).position());
    Thread.sleep(1000);
    source.stop();
    t.join();
    KafkaPosition confirmed = (KafkaPosition) got.get(19).position();
    try (Admin admin = BROKER.admin()) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(prefix + "-group").partitionsToOffsetAndMetadata().get();
      Map<String, Long> committed = new java.util.HashMap<>();
      offsets.forEach((tp, o) -> committed.put(tp.topic() + "/" + tp.partition(), o.offset()));
      Map<String, Long> expected = new java.util.HashMap<>();
      confirmed.progress().forEach((k, p) -> expected.put(k, p.offset()));
      assertThat(committed).isEqualTo(expected);
    }
  }

  @Test
  void untypedDebeziumMessagesTakeTheirKeyFromTheOptionAndValuesAsText() throws Exception {
    String topic = prefix + ".shop.plain";
    BROKER.createTopic(topic, 1);
    Properties p = new Properties();
    p.put("bootstrap.servers", BROKER.bootstrapServers());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      var unused = producer.send(new ProducerRecord<>(topic, null, bytes("{\"before\":null,\"after\":{\"id\":7,\"price\":10.50,\"ok\":true},"
          + "\"source\":{\"db\":\"shop\",\"table\":\"plain\"},\"op\":\"c\",\"ts_ms\":1}"))).get();
      producer.send(new ProducerRecord<>(topic, null, bytes("not json"))).get();
    }
    Source source = source("debezium-json", "earliest", "primary-keys.shop.plain", "id");
    CollectingSourceContext context = new CollectingSourceContext("reader");
    List<Throwable> failure = new ArrayList<>();
    Thread t = new Thread(() -> {
      try {
        source.run(context, null);
      } catch (Throwable e) {
        failure.add(e);
      }
    });
    t.start();
    List<ChangeEvent> got = context.awaitEvents(1, Duration.ofSeconds(60));
    t.join(60_000);
    assertThat(got.get(0).after()).containsExactly("7", "10.50", "true");
    assertThat(got.get(0).schema().primaryKey()).containsExactly("id");
    assertThat(failure).singleElement().isInstanceOf(TributaryException.class).extracting(Throwable::getMessage).asString()
        .contains(topic + " partition 0 offset 1").contains("cannot be read");
  }

  @Test
  void positionTextRoundTripsAndOrdersByPartitionProgress() {
    KafkaPosition a = KafkaPosition.decode("kafka:t/0=5&t/1=7.2");
    assertThat(a.encode()).isEqualTo("kafka:t/0=5&t/1=7.2");
    assertThat(a.compareTo(KafkaPosition.decode("kafka:t/0=5&t/1=8"))).isNegative();
    assertThat(a.compareTo(KafkaPosition.decode("kafka:t/0=5&t/1=7.2"))).isZero();
    assertThatThrownBy(() -> KafkaPosition.decode("kafka:t=5")).hasMessageContaining("topic/partition=offset");
  }

  private static List<Long> key(List<ChangeEvent> events) {
    return events.stream().map(e -> ((Long) e.after()[0]) * 10 + (e.op() == Operation.UPDATE ? 1 : 0)).toList();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
