package io.tributary.runtime.function;

import io.tributary.api.event.ChangeEvent;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One lane of requests to an HTTP function: POSTs the partition's events in batches, one request
 * at a time (so the function's concurrency is the number of instances), and takes the response as
 * the batch's replacement. 5xx, 408, 429, timeouts, connection errors and unreadable responses are
 * retried; other 4xx go to the dead letters at once.
 */
final class HttpInstance extends Instance {
  private static final int MAX_BODY_IN_ERROR = 300;
  private final FunctionCode.Http code;
  private final HttpClient client;
  private final HttpBatchCodec codec;
  private final String pipeline;
  private Partition encodedFor;
  private int encodedAt;
  private byte[] encoded;

  HttpInstance(FunctionDefinition definition, int serial, FunctionCounters counters, FailedEvents failed,
      HttpClient client, String pipeline) {
    super(definition, serial, counters, failed);
    this.code = (FunctionCode.Http) definition.code();
    this.client = client;
    this.pipeline = pipeline;
    this.codec = new HttpBatchCodec(definition.name(), code.format());
  }

  @Override
  void open() {
    // nothing to open: the client is shared and connects on the first request
  }

  @Override
  void process(Partition p) throws InterruptedException {
    while (!isAbandoned() && !p.finished()) { // abandoned: the partition belongs to the replacement now
      int n = Math.min(code.batchSize(), p.events.size() - p.cursor);
      List<ChangeEvent> batch = p.events.subList(p.cursor, p.cursor + n);
      byte[] body;
      try {
        body = body(p, batch);
      } catch (RuntimeException e) {
        deadLetter(p, n, "cannot encode the batch as " + code.format() + ": " + e.getMessage(), e);
        continue;
      }
      post(p, n, batch, body);
    }
  }

  /** The request body; a retry sends the very same bytes (the messages' build times included). */
  private byte[] body(Partition p, List<ChangeEvent> batch) {
    if (p != encodedFor || p.cursor != encodedAt || p.attempts == 0) {
      encoded = codec.encode(batch);
      encodedFor = p;
      encodedAt = p.cursor;
    }
    return encoded;
  }

  private void post(Partition p, int n, List<ChangeEvent> batch, byte[] body) throws InterruptedException {
    HttpRequest request = request(batch, body);
    callStarted();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      if (!callEnded()) {
        return; // the supervisor timed this request out first and counted it
      }
      failedAttempt(p, n, "no response within " + definition.timeout(), e, true);
      return;
    } catch (IOException e) {
      if (!callEnded()) {
        return;
      }
      failedAttempt(p, n, "request failed: " + e, e, false);
      return;
    }
    if (!callEnded()) {
      return;
    }
    answer(p, n, batch, response);
  }

  private void answer(Partition p, int n, List<ChangeEvent> batch, HttpResponse<byte[]> response) throws InterruptedException {
    int status = response.statusCode();
    if (status == 204) {
      counters.emitted(n);
      for (ChangeEvent e : batch) { // each at its own place: the partition's events interleave with others'
        p.complete(List.of(new Output(e, null)));
      }
    } else if (status >= 200 && status < 300) {
      List<Output> replacement;
      try {
        replacement = codec.decode(response.body(), batch);
      } catch (RuntimeException e) {
        failedAttempt(p, n, "HTTP " + status + " with a body that is not a batch of " + code.format() + ": " + e.getMessage(), e, false);
        return;
      }
      counters.emitted(replacement.size());
      p.completeBatch(n, replacement);
    } else if (status >= 500 || status == 408 || status == 429) {
      failedAttempt(p, n, "HTTP " + status + excerpt(response.body()), null, false);
    } else {
      counters.failed(false);
      p.attempts++;
      String refusal = "HTTP " + status + excerpt(response.body());
      deadLetter(p, n, refusal + " (a 4xx is not retried: the function refused the batch)", null);
    }
  }

  private HttpRequest request(List<ChangeEvent> batch, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(code.url())
        .timeout(definition.timeout())
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", HttpBatchCodec.idempotencyKey(batch))
        .header("X-Tributary-Pipeline", pipeline)
        .header("X-Tributary-Function", definition.name())
        .header("X-Tributary-Format", code.format())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, String> h : code.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    return b.build();
  }

  private static String excerpt(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    String text = new String(body, 0, Math.min(body.length, MAX_BODY_IN_ERROR), StandardCharsets.UTF_8).strip();
    return ": " + text.replaceAll("\\s+", " ") + (body.length > MAX_BODY_IN_ERROR ? "…" : "");
  }

  @Override
  void closeFunction() {
    // the shared client is closed with the stage
  }
}
