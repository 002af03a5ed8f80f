package io.tributary.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * The web endpoints {@link FunctionsIT}'s pipeline talks to, on a local port:
 *
 * <ul>
 *   <li>{@code /alerts}, the web hook of the example {@code BigOrderAlert}: records each POST.
 *   <li>{@code /fn}, an HTTP function taking canal-json batches: drops the rows whose status is
 *       'spam' (a message left without rows is dropped whole) and upper-cases the status of the
 *       others. It answers 503 to the first request of every Idempotency-Key it has not seen, so
 *       every batch the engine sends first is retried.
 * </ul>
 */
final class OrderEndpoints implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One POST to {@code /alerts}. */
  record Alert(String idempotencyKey, JsonNode body) {}

  /** One POST to {@code /fn}: its headers of interest, its body, and how many messages it held. */
  record FunctionRequest(String idempotencyKey, String function, String format, String body, int messages, int status) {}

  private final HttpServer server;
  private final List<Alert> alerts = new ArrayList<>();
  private final List<FunctionRequest> functionRequests = new ArrayList<>();
  private final Set<String> seenKeys = new HashSet<>();

  OrderEndpoints() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/alerts", this::alert);
    server.createContext("/fn", this::function);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  String url(String path) {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
  }

  synchronized List<Alert> alerts() {
    return List.copyOf(alerts);
  }

  synchronized List<FunctionRequest> functionRequests() {
    return List.copyOf(functionRequests);
  }

  private void alert(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    synchronized (this) {
      alerts.add(new Alert(exchange.getRequestHeaders().getFirst("Idempotency-Key"), JSON.readTree(body)));
    }
    respond(exchange, 200, "{}");
  }

  private void function(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    ArrayNode messages = (ArrayNode) JSON.readTree(body);
    boolean firstOfKey;
    synchronized (this) {
      firstOfKey = key != null && seenKeys.add(key);
      functionRequests.add(new FunctionRequest(key, exchange.getRequestHeaders().getFirst("X-Tributary-Function"),
          exchange.getRequestHeaders().getFirst("X-Tributary-Format"), body, messages.size(), firstOfKey ? 503 : 200));
    }
    if (firstOfKey) {
      respond(exchange, 503, "busy, try again");
    } else {
      respond(exchange, 200, JSON.writeValueAsString(withoutSpam(messages)));
    }
  }

  /** The messages without spam rows, every other row's status upper-cased. */
  private static ArrayNode withoutSpam(ArrayNode messages) {
    ArrayNode answer = JSON.createArrayNode();
    for (JsonNode message : messages) {
      ArrayNode data = (ArrayNode) message.get("data");
      JsonNode old = message.get("old");
      ArrayNode keptData = JSON.createArrayNode();
      ArrayNode keptOld = JSON.createArrayNode();
      for (int i = 0; i < data.size(); i++) {
        ObjectNode row = (ObjectNode) data.get(i);
        if ("spam".equals(row.path("status").asText())) {
          continue;
        }
        if (row.hasNonNull("status")) {
          row.put("status", row.get("status").asText().toUpperCase(Locale.ROOT));
        }
        keptData.add(row);
        if (old != null && old.isArray()) {
          keptOld.add(old.get(i));
        }
      }
      if (!keptData.isEmpty()) {
        ObjectNode kept = ((ObjectNode) message).set("data", keptData);
        if (old != null && old.isArray()) {
          kept.set("old", keptOld);
        }
        answer.add(kept);
      }
    }
    return answer;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
