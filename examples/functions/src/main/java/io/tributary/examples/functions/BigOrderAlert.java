package io.tributary.examples.functions;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tributary.api.ConfigException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.function.ChangeFunction;
import io.tributary.api.function.FunctionContext;
import io.tributary.api.option.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Acts on events: POSTs a small JSON document to a web hook for every big order, and passes every
 * event on unchanged.
 *
 * <p>An order is big when an INSERT has {@code amount >= min-amount}, or an UPDATE raises the
 * amount from below {@code min-amount} (or NULL, or not in the before image) to at least it. The
 * document is {@code {"table": "shop.orders", "id": 42, "amount": 1500.00, "position": "..."}}.
 *
 * <p>Delivery is at least once: a non-2xx answer or a network failure throws, so the runtime
 * retries the event and, after the last retry, dead-letters it; after a crash the runtime replays
 * changes since its last checkpoint. Every request carries the header {@code Idempotency-Key} (the
 * event's source position, the same on every attempt) so the receiver can drop repeats.
 *
 * <p>The JSON is written with Jackson, which this function's JAR bundles: a function runs in a
 * class loader of its own and may carry its own libraries.
 *
 * <p>Metrics: {@code alerts}, the alerts the web hook accepted.
 */
public final class BigOrderAlert implements ChangeFunction {
  private static final String AMOUNT = "amount";

  static final Option<String> URL =
      Option.string("url", "Where to POST alerts, e.g. http://127.0.0.1:9000/alerts.").asRequired();
  static final Option<BigDecimal> MIN_AMOUNT =
      Amounts.option("min-amount", "The smallest amount that makes an order big.").asRequired();
  static final Option<Duration> TIMEOUT =
      Option.duration("timeout", "How long one POST may take, connecting included.")
          .withDefault(Duration.ofSeconds(2));

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private URI url;
  private BigDecimal minAmount;
  private Duration timeout;
  private HttpClient http;

  @Override
  public void open(FunctionContext context) {
    url = parseUrl(context.config().require(URL));
    minAmount = context.config().require(MIN_AMOUNT);
    timeout = context.config().get(TIMEOUT);
    http = HttpClient.newBuilder().connectTimeout(timeout).build();
    context.logger().info("alerting {} on orders of at least {}", url, minAmount);
  }

  @Override
  public void handle(ChangeEvent event, FunctionContext context)
      throws IOException, InterruptedException {
    if (isBigOrder(event)) {
      post(alertOf(event, context), event, context);
      context.metrics().increment("alerts");
    }
    context.emit(event);
  }

  /** A big INSERT, or an UPDATE that crosses {@code min-amount} upward. */
  boolean isBigOrder(ChangeEvent event) {
    boolean bigNow = isBig(event.after(AMOUNT));
    return switch (event.op()) {
      case INSERT -> bigNow;
      case UPDATE -> bigNow && !isBig(event.before(AMOUNT));
      default -> false;
    };
  }

  private boolean isBig(Object amount) {
    return amount instanceof BigDecimal value && value.compareTo(minAmount) >= 0;
  }

  private static byte[] alertOf(ChangeEvent event, FunctionContext context) throws IOException {
    Object id = event.after("id");
    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("table", event.schema().id().toString());
    alert.put("id", id instanceof Number || id == null ? id : id.toString());
    alert.put("amount", event.after(AMOUNT));
    alert.put("position", context.position().encode());
    return JSON.writeValueAsBytes(alert);
  }

  private void post(byte[] alert, ChangeEvent event, FunctionContext context)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", context.position().encode())
            .POST(HttpRequest.BodyPublishers.ofByteArray(alert))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      String problem =
          String.format("%s could not be sent to %s: %s", describe(event, context), url, e);
      throw new IOException(problem + "; the event is retried, then dead-lettered", e);
    }
    if (response.statusCode() / 100 != 2) {
      String problem =
          String.format(
              "%s was refused by %s with HTTP %d %s",
              describe(event, context), url, response.statusCode(), abbreviate(response.body()));
      throw new IOException(problem + "; the event is retried, then dead-lettered");
    }
    context.logger().debug("{} accepted by {}", describe(event, context), url);
  }

  private static String describe(ChangeEvent event, FunctionContext context) {
    return String.format(
        "alert for %s id %s at %s",
        event.schema().id(), event.after("id"), context.position().encode());
  }

  private static String abbreviate(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }

  private static URI parseUrl(String text) {
    try {
      URI uri = URI.create(text.trim());
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("the scheme must be http or https");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          URL.key(),
          "invalid value for 'url': '" + text + "' is not an http(s) URL (" + e.getMessage() + ")");
    }
  }
}
