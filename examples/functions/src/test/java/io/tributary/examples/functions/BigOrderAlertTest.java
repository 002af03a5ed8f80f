package io.tributary.examples.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.ConfigException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BigOrderAlertTest {
  private AlertReceiver receiver;
  private RecordingContext context;
  private BigOrderAlert alert;

  @BeforeEach
  void start() throws IOException {
    receiver = new AlertReceiver();
    context = new RecordingContext("url", receiver.url(), "min-amount", "1000");
    alert = new BigOrderAlert();
    alert.open(context);
  }

  @AfterEach
  void stop() throws Exception {
    alert.close();
    receiver.close();
  }

  @Test
  void postsTheBigInsertAsJson() throws Exception {
    ChangeEvent big = Orders.insert(42, "1500.00");
    context.handle(alert, big);

    assertThat(receiver.received)
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.method()).isEqualTo("POST");
              assertThat(request.path()).isEqualTo("/alerts");
              assertThat(request.contentType()).isEqualTo("application/json");
              JsonNode json = new ObjectMapper().readTree(request.body());
              assertThat(json.get("table").asText()).isEqualTo("shop.orders");
              assertThat(json.get("id").asLong()).isEqualTo(42);
              assertThat(json.get("amount").decimalValue()).isEqualByComparingTo("1500.00");
              assertThat(json.get("position").asText()).isEqualTo(big.position().encode());
              assertThat(json.size()).isEqualTo(4);
            });
    assertThat(context.metrics().value("alerts")).isEqualTo(1);
  }

  @Test
  void sendsThePositionAsIdempotencyKeyOnEveryAttempt() throws Exception {
    ChangeEvent big = Orders.insert(42, "1000.00");
    context.handle(alert, big);
    context.handle(alert, big);

    String key = big.position().encode();
    assertThat(key)
        .isEqualTo("mysql-bin.000001:" + ((Orders.TestPosition) big.position()).offset());
    assertThat(receiver.received)
        .extracting(AlertReceiver.Received::idempotencyKey)
        .containsExactly(key, key);
  }

  @Test
  void postsExactlyForBigInsertsAndUpwardCrossings() throws Exception {
    context.handle(alert, Orders.insert(1, "999.99")); // small insert
    context.handle(alert, Orders.insert(2, "1000.00")); // big insert: alert
    context.handle(alert, Orders.snapshotRead(3, "5000.00")); // initial copy: no alert
    context.handle(alert, Orders.update(4, "10.00", "2000.00")); // crosses upward: alert
    context.handle(alert, Orders.update(5, null, "2000.00")); // from NULL: alert
    context.handle(alert, Orders.update(6, "2000.00", "3000.00")); // already big: no alert
    context.handle(alert, Orders.update(7, "2000.00", "10.00")); // crosses downward: no alert
    context.handle(alert, Orders.delete(8, "9000.00")); // delete: no alert
    context.handle(alert, Orders.insert(9, null)); // NULL amount: no alert

    assertThat(receiver.received)
        .extracting(r -> new ObjectMapper().readTree(r.body()).get("id").asLong())
        .containsExactly(2L, 4L, 5L);
    assertThat(context.metrics().value("alerts")).isEqualTo(3);
  }

  @Test
  void passesEveryEventOnUnchanged() throws Exception {
    ChangeEvent small = Orders.insert(1, "5.00");
    ChangeEvent big = Orders.insert(2, "5000.00");
    ChangeEvent delete = Orders.delete(3, "5.00");
    ChangeEvent customer =
        new ChangeEvent(
            Operation.INSERT,
            Orders.CUSTOMERS,
            null,
            new Object[] {1L, "Ada"},
            Orders.nextPosition(),
            0,
            null);
    for (ChangeEvent event : new ChangeEvent[] {small, big, delete, customer}) {
      context.handle(alert, event);
    }

    assertThat(context.emitted).containsExactly(small, big, delete, customer);
    assertThat(context.emitted.get(1)).isSameAs(big);
  }

  @Test
  void throwsOnANon2xxAnswerAndEmitsNothing() {
    receiver.status = 500;
    ChangeEvent big = Orders.insert(42, "1500.00");

    assertThatThrownBy(() -> context.handle(alert, big))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("shop.orders id 42")
        .hasMessageContaining(big.position().encode());
    assertThat(context.emitted).isEmpty();
    assertThat(context.metrics().value("alerts")).isZero();
  }

  @Test
  void throwsWhenTheReceiverIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    RecordingContext unreachable =
        new RecordingContext(
            "url",
            "http://127.0.0.1:" + closedPort + "/alerts",
            "min-amount",
            "1000",
            "timeout",
            "500ms");
    BigOrderAlert lost = new BigOrderAlert();
    lost.open(unreachable);

    assertThatThrownBy(() -> unreachable.handle(lost, Orders.insert(1, "1000")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("could not be sent to http://127.0.0.1:" + closedPort);
    assertThat(unreachable.emitted).isEmpty();
  }

  @Test
  void missingMinAmountFailsOpenNamingTheKey() {
    RecordingContext noMinimum = new RecordingContext("url", receiver.url());
    assertThatThrownBy(() -> new BigOrderAlert().open(noMinimum))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("min-amount")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("min-amount"));
  }

  @Test
  void missingUrlFailsOpenNamingTheKey() {
    RecordingContext noUrl = new RecordingContext("min-amount", "1000");
    assertThatThrownBy(() -> new BigOrderAlert().open(noUrl))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'url'")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("url"));
  }

  @Test
  void aUrlThatIsNotHttpFailsOpen() {
    RecordingContext ftp = new RecordingContext("url", "ftp://example.com/x", "min-amount", "1000");
    assertThatThrownBy(() -> new BigOrderAlert().open(ftp))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not an http(s) URL");
  }

  @Test
  void amountsAreComparedByValueNotScale() {
    assertThat(alert.isBigOrder(Orders.insert(1, "1000"))).isTrue();
    assertThat(alert.isBigOrder(Orders.insert(1, "1000.000"))).isTrue();
    assertThat(alert.isBigOrder(Orders.insert(1, "999.999"))).isFalse();
  }
}
