package io.tributary.runtime.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.runtime.TestPosition;
import io.tributary.runtime.function.FakeHttpFunction.Reply;
import io.tributary.runtime.function.FakeHttpFunction.Request;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP functions through {@link Functions}, against a local endpoint that misbehaves on purpose. */
class HttpFunctionTest {
  private static final TableSchema ORDERS = new TableSchema(new TableId("shop", "orders"),
      List.of(new Column("id", DataType.int64(), false), new Column("amount", DataType.decimal(10, 2), true),
          new Column("status", DataType.string(32), true)),
      List.of("id"), 1);

  /** A position in a test log. */
  record DeadLetter(String function, ChangeEvent event, int attempts, String error) {}

  private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
  private final FunctionCounters counters = new FunctionCounters();
  private FakeHttpFunction server;

  @BeforeEach
  void startServer() throws IOException {
    server = new FakeHttpFunction();
  }

  @AfterEach
  void stopServer() {
    server.close();
    assertThat(server.errors()).as("assertions inside the fake endpoint").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"canal-json", "debezium-json"})
  void noContentPassesTheBatchUnchanged(String format) throws Exception {
    List<ChangeEvent> events = orders(1, 5);

    List<ChangeEvent> out = run(http(format, 100, 1, 1, Duration.ofSeconds(5), 0), events);

    assertThat(out).containsExactlyElementsOf(events);
    assertThat(server.requests()).singleElement().satisfies(r -> {
      assertThat(r.format()).isEqualTo(format);
      assertThat(r.authorization()).isEqualTo("Bearer secret");
      assertThat(rows(r)).extracting(row -> row.get("id").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L);
    });
    assertThat(counters.eventsIn()).isEqualTo(5);
    assertThat(counters.eventsOut()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"canal-json", "debezium-json"})
  void aChangedBodyReplacesTheBatchWithTypedEventsAtItsLastPosition(String format) throws Exception {
    server.behave(r -> Reply.json(upperCaseStatus(r.body())));
    List<ChangeEvent> events = orders(11, 4);

    List<ChangeEvent> out = run(http(format, 100, 1, 1, Duration.ofSeconds(5), 0), events);

    assertThat(out).hasSize(4);
    for (int i = 0; i < out.size(); i++) {
      ChangeEvent e = out.get(i);
      assertThat(e.schema()).isSameAs(ORDERS);
      assertThat(e.op()).isEqualTo(Operation.INSERT);
      assertThat(e.position()).isEqualTo(new TestPosition(14));
      assertThat(e.after()).containsExactly(11L + i, new BigDecimal((11 + i) + ".50"), "NEW-" + (11 + i));
      assertThat(e.after()[0]).isInstanceOf(Long.class);
    }
    assertThat(counters.eventsOut()).isEqualTo(4);
  }

  @Test
  void anEmptyArrayDropsTheBatch() throws Exception {
    server.behave(r -> Reply.text(200, "[]"));

    List<ChangeEvent> out = run(http("canal-json", 100, 1, 1, Duration.ofSeconds(5), 0), orders(1, 3));

    assertThat(out).isEmpty();
    assertThat(counters.eventsIn()).isEqualTo(3);
    assertThat(counters.eventsOut()).isZero();
    assertThat(deadLetters).isEmpty();
  }

  @Test
  void serverErrorsAreRetriedWithTheSameIdempotencyKey() throws Exception {
    server.behave(r -> r.number() <= 2 ? Reply.status(500) : Reply.noContent());
    List<ChangeEvent> events = orders(7, 3);

    List<ChangeEvent> out = run(http("debezium-json", 100, 1, 1, Duration.ofSeconds(5), 3), events);

    assertThat(out).containsExactlyElementsOf(events);
    assertThat(server.requests()).hasSize(3)
        .allSatisfy(r -> assertThat(r.idempotencyKey()).matches("7\\.\\.9#3-[0-9a-f]{8}")
            .isEqualTo(server.requests().get(0).idempotencyKey()))
        .allSatisfy(r -> assertThat(r.body()).isEqualTo(server.requests().get(0).body()));
    assertThat(counters.failures()).isEqualTo(2);
    assertThat(counters.timeouts()).isZero();
    assertThat(deadLetters).isEmpty();
  }

  @Test
  void aRequestPastTheTimeoutIsRetried() throws Exception {
    server.behave(r -> r.number() == 1 ? Reply.noContent().after(1_500) : Reply.noContent());
    List<ChangeEvent> events = orders(1, 3);

    List<ChangeEvent> out = run(http("canal-json", 100, 1, 1, Duration.ofMillis(300), 2), events);

    assertThat(out).containsExactlyElementsOf(events);
    assertThat(server.requests()).hasSize(2);
    assertThat(counters.timeouts()).isEqualTo(1);
    assertThat(counters.failures()).isEqualTo(1);
    assertThat(deadLetters).isEmpty();
  }

  @Test
  void aClientErrorDeadLettersTheBatchAtOnce() throws Exception {
    server.behave(r -> rows(r).get(0).get("id").asLong() == 1 ? Reply.status(400) : Reply.noContent());
    List<ChangeEvent> first = orders(1, 3);
    List<ChangeEvent> later = orders(4, 2);
    FunctionDefinition d = http("canal-json", 100, 1, 1, Duration.ofSeconds(5), 3);

    List<ChangeEvent> out = new ArrayList<>();
    try (Functions functions = start(d)) {
      functions.apply(first, later.size(), (e, sink) -> out.add(e));
      functions.apply(later, 0, (e, sink) -> out.add(e));
    }

    assertThat(server.requests()).hasSize(2);
    assertThat(deadLetters).extracting(DeadLetter::event).containsExactlyElementsOf(first);
    assertThat(deadLetters).allSatisfy(dl -> {
      assertThat(dl.function()).isEqualTo("enrich");
      assertThat(dl.attempts()).isEqualTo(1);
      assertThat(dl.error()).contains("400");
    });
    assertThat(out).containsExactlyElementsOf(later);
    assertThat(counters.deadLetters()).isEqualTo(3);
  }

  @Test
  void unavailableAfterTheLastRetryDeadLettersAndGoesOn() throws Exception {
    server.behave(r -> Reply.status(503));
    List<ChangeEvent> events = orders(1, 4);

    List<ChangeEvent> out = run(http("debezium-json", 100, 1, 1, Duration.ofSeconds(5), 2), events);

    assertThat(out).isEmpty();
    assertThat(server.requests()).hasSize(3);
    assertThat(deadLetters).extracting(DeadLetter::event).containsExactlyElementsOf(events);
    assertThat(deadLetters).allSatisfy(dl -> {
      assertThat(dl.attempts()).isEqualTo(3);
      assertThat(dl.error()).contains("503").contains("scripted 503");
    });
    assertThat(counters.failures()).isEqualTo(3);
  }

  @Test
  void batchesAreCutAtTheBatchSize() throws Exception {
    List<ChangeEvent> events = orders(1, 250);

    List<ChangeEvent> out = run(http("canal-json", 100, 1, 1, Duration.ofSeconds(5), 0), events);

    assertThat(out).containsExactlyElementsOf(events);
    List<Request> requests = server.requests();
    assertThat(requests).extracting(r -> rows(r).size()).containsExactly(100, 100, 50);
    List<Long> sent = requests.stream().flatMap(r -> rows(r).stream()).map(row -> row.get("id").asLong()).toList();
    assertThat(sent).containsExactlyElementsOf(LongStream.rangeClosed(1, 250).boxed().toList());
    assertThat(requests).extracting(r -> r.idempotencyKey().substring(0, r.idempotencyKey().indexOf('-')))
        .containsExactly("1..100#100", "101..200#100", "201..250#50");
  }

  @Test
  void instancesRunInParallelAndKeepEachKeysOrder() throws Exception {
    Map<Long, List<Integer>> sequences = new HashMap<>();
    server.behave(r -> {
      synchronized (sequences) {
        for (JsonNode row : rows(r)) {
          sequences.computeIfAbsent(row.get("id").asLong(), k -> new ArrayList<>())
              .add(new BigDecimal(row.get("amount").asText()).intValueExact());
        }
      }
      return Reply.noContent().after(5);
    });
    List<ChangeEvent> events = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      events.add(update(i + 1, i % 30, i / 30));
    }

    List<ChangeEvent> out = run(http("canal-json", 5, 3, 3, Duration.ofSeconds(5), 0), events);

    assertThat(out).containsExactlyElementsOf(events);
    assertThat(server.maxInFlight()).isBetween(2, 3);
    assertThat(sequences).hasSize(30).allSatisfy((key, seq) ->
        assertThat(seq).as("key %d", key).isEqualTo(IntStream.range(0, 20).boxed().toList()));
    assertThat(counters.peakInstances()).isEqualTo(3);
  }

  @Test
  void aBodyThatIsNotJsonIsRetriedThenDeadLettered() throws Exception {
    server.behave(r -> Reply.text(200, "<html>oops</html>"));
    List<ChangeEvent> events = orders(1, 2);

    List<ChangeEvent> out = run(http("canal-json", 100, 1, 1, Duration.ofSeconds(5), 1), events);

    assertThat(out).isEmpty();
    assertThat(server.requests()).hasSize(2);
    assertThat(deadLetters).extracting(DeadLetter::event).containsExactlyElementsOf(events);
    assertThat(deadLetters).allSatisfy(dl -> {
      assertThat(dl.attempts()).isEqualTo(2);
      assertThat(dl.error()).contains("HTTP 200").contains("not a batch of canal-json");
    });
  }

  // ---- helpers

  private FunctionDefinition http(String format, int batchSize, int min, int max, Duration timeout, int retries) {
    FunctionCode code = new FunctionCode.Http(server.url(), format, batchSize, Map.of("Authorization", "Bearer secret"));
    return new FunctionDefinition("enrich", Pattern.compile("shop\\.orders"), code, min, max, timeout, retries,
        Duration.ofMillis(10), Duration.ofMinutes(1));
  }

  private Functions start(FunctionDefinition d) {
    return Functions.start(List.of(d), "test", Set.of("target"),
        (function, event, attempts, error, cause) -> deadLetters.add(new DeadLetter(function, event, attempts, error)),
        name -> counters);
  }

  private List<ChangeEvent> run(FunctionDefinition d, List<ChangeEvent> events) throws InterruptedException {
    List<ChangeEvent> out = new ArrayList<>();
    try (Functions functions = start(d)) {
      functions.apply(events, 0, (e, sink) -> {
        assertThat(sink).isNull();
        out.add(e);
      });
    }
    return out;
  }

  /** Inserts of ids {@code from}, from+1, ... at the same offsets, amount "id.50", status "new-id". */
  private static List<ChangeEvent> orders(long from, int count) {
    List<ChangeEvent> events = new ArrayList<>();
    for (long id = from; id < from + count; id++) {
      Object[] row = {id, new BigDecimal(id + ".50"), "new-" + id};
      events.add(new ChangeEvent(Operation.INSERT, ORDERS, null, row, new TestPosition(id), 1_700_000_000_000L + id, null));
    }
    return events;
  }

  /** An update of {@code key} whose amount is the key's sequence number. */
  private static ChangeEvent update(long offset, long key, int sequence) {
    Object[] before = {key, new BigDecimal(sequence - 1).setScale(2), "paid"};
    Object[] after = {key, new BigDecimal(sequence).setScale(2), "paid"};
    return new ChangeEvent(Operation.UPDATE, ORDERS, before, after, new TestPosition(offset), 1_700_000_000_000L, "tx" + offset);
  }

  /** The rows a request carried: Canal's {@code data} entries, or Debezium's {@code after} images. */
  private static List<JsonNode> rows(Request r) {
    List<JsonNode> rows = new ArrayList<>();
    for (JsonNode message : r.body()) {
      if ("debezium-json".equals(r.format())) {
        rows.add(message.get("after"));
      } else {
        message.get("data").forEach(rows::add);
      }
    }
    return rows;
  }

  /** The batch with every row's status upper-cased, in either format. */
  private static JsonNode upperCaseStatus(JsonNode batch) {
    ArrayNode copy = batch.deepCopy();
    for (JsonNode message : copy) {
      List<JsonNode> images = new ArrayList<>();
      message.path("data").forEach(images::add);
      if (message.has("after")) {
        images.add(message.get("after"));
      }
      for (JsonNode image : images) {
        ((ObjectNode) image).put("status", image.get("status").asText().toUpperCase(Locale.ROOT));
      }
    }
    return copy;
  }

}
