package io.tributary.bench.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The limit of decoding: Jackson's bare tokenizer walking the key and value {@link DecodeBenchmark}
 * decodes ({@code JsonParser.nextToken}, nothing read), which any decoder built on Jackson does at
 * least; events/s on one thread. Not measured for messages with the schema envelope: Tributary's
 * decoder does not tokenize a schema it has read before, so the walk bounds nothing there.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenizerBenchmark {
  /** Which messages: {@link NarrowRows#parse}. */
  @Param({"canal-json/update", "canal-json/insert", "debezium-json/update", "debezium-json/insert"})
  public String message;

  private final JsonFactory factory = new JsonFactory();
  private byte[][] keys;
  private byte[][] values;
  private int next;

  /** Encodes the messages. */
  @Setup
  public void encodeMessages() {
    NarrowRows.Encoded encoded = NarrowRows.parse(message).encoded(DecodeBenchmark.MESSAGES);
    keys = encoded.keys();
    values = encoded.values();
  }

  /** Walks the tokens of the next key and value. */
  @Benchmark
  public void tokens(Blackhole consumer) throws IOException {
    int i = next++ & (DecodeBenchmark.MESSAGES - 1);
    if (keys[i] != null) {
      walk(keys[i], consumer);
    }
    walk(values[i], consumer);
  }

  private void walk(byte[] json, Blackhole consumer) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      while (parser.nextToken() != null) {
        consumer.consume(parser.currentTokenId());
      }
    }
  }
}
