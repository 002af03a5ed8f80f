package io.tributary.runtime.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP function endpoint on 127.0.0.1 (ephemeral port) whose answers a test scripts with a
 * {@link Behaviour}; records every request and the most requests it had in flight at once.
 */
final class FakeHttpFunction implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** One request as the server got it: its 1-based number, headers of interest and parsed body. */
  record Request(int number, String idempotencyKey, String format, String authorization, JsonNode body) {}

  /** An answer: status, body (empty: none) and how long to wait before answering. */
  record Reply(int status, byte[] body, long delayMillis) {
    static Reply noContent() {
      return new Reply(204, new byte[0], 0);
    }

    static Reply status(int status) {
      return new Reply(status, ("{\"error\":\"scripted " + status + "\"}").getBytes(StandardCharsets.UTF_8), 0);
    }

    static Reply json(JsonNode body) {
      try {
        return new Reply(200, MAPPER.writeValueAsBytes(body), 0);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    static Reply text(int status, String body) {
      return new Reply(status, body.getBytes(StandardCharsets.UTF_8), 0);
    }

    Reply after(long millis) {
      return new Reply(status, body, millis);
    }
  }

  /** How the server answers a request. */
  @FunctionalInterface
  interface Behaviour {
    Reply answer(Request request) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final List<Request> requests = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final List<Throwable> errors = new ArrayList<>();
  private volatile Behaviour behaviour = request -> Reply.noContent();

  FakeHttpFunction() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/function", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  void behave(Behaviour b) {
    behaviour = b;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/function");
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  /** Exceptions the behaviour threw (they are answered with 599 so the test sees them here). */
  List<Throwable> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  private void handle(HttpExchange x) throws IOException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    Reply reply;
    try {
      reply = behaviour.answer(record(x));
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply = Reply.status(503);
    } catch (Exception | AssertionError e) {
      synchronized (errors) {
        errors.add(e);
      }
      reply = Reply.status(599);
    } finally {
      inFlight.decrementAndGet(); // before answering: the client's next request must not overlap this one
    }
    try (x) {
      x.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      if (reply.body().length > 0) {
        try (OutputStream out = x.getResponseBody()) {
          out.write(reply.body());
        }
      }
    } catch (IOException e) {
      // the client gave up on this request (a timeout); nothing to answer
    }
  }

  private Request record(HttpExchange x) throws IOException {
    byte[] raw = x.getRequestBody().readAllBytes();
    synchronized (requests) {
      Request r = new Request(requests.size() + 1, x.getRequestHeaders().getFirst("Idempotency-Key"),
          x.getRequestHeaders().getFirst("X-Tributary-Format"), x.getRequestHeaders().getFirst("Authorization"),
          MAPPER.readTree(raw));
      requests.add(r);
      return r;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
