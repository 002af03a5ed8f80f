package io.tributary.bench.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.event.ChangeEvent;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.Decoded;
import io.tributary.formats.DecodedRow;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
 * Decoding narrow-row messages written by Tributary's own encoder, events/s on one thread; each
 * call decodes the next of {@value #MESSAGES} messages of different rows. Debezium-JSON messages
 * are decoded with their key (the decoder takes the primary key from it, as a Kafka consumer has
 * it); Canal-JSON's decoder ignores keys. The peer parses the same bytes into Jackson's tree ({@code
 * ObjectMapper.readTree}), untyped. The limit is {@link TokenizerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {
  static final int MESSAGES = 64;

  /** Which messages: {@link NarrowRows#parse}. */
  @Param({"canal-json/update", "canal-json/insert", "debezium-json/update", "debezium-json/insert",
      "debezium-json+envelope/update", "debezium-json+envelope/insert"})
  public String message;

  private final ObjectMapper mapper = new ObjectMapper();
  private ChangeDecoder decoder;
  private byte[][] keys;
  private byte[][] values;
  private int next;

  /** Encodes the messages and checks that decoding gives each event's row back. */
  @Setup
  public void encodeMessages() {
    NarrowRows rows = NarrowRows.parse(message);
    NarrowRows.Encoded encoded = rows.encoded(MESSAGES);
    keys = encoded.keys();
    values = encoded.values();
    decoder = rows.format().decoder(rows.options());
    for (int i = 0; i < MESSAGES; i++) {
      ChangeEvent event = encoded.events()[i];
      DecodedRow row = (DecodedRow) decoder.decode(keys[i], values[i]).get(0);
      if (!row.typed() || row.op() != event.op() || !Arrays.equals(row.after(), event.after())) {
        throw new IllegalStateException(message + " does not decode to the event it was encoded from");
      }
    }
  }

  /** Tributary's decoder: typed rows. */
  @Benchmark
  public List<Decoded> tributary() {
    int i = next++ & (MESSAGES - 1);
    return decoder.decode(keys[i], values[i]);
  }

  /** The peer: Jackson's tree of the same key and value. */
  @Benchmark
  public void jackson(Blackhole consumer) throws IOException {
    int i = next++ & (MESSAGES - 1);
    if (keys[i] != null) {
      consumer.consume(mapper.readTree(keys[i]));
    }
    consumer.consume(mapper.readTree(values[i]));
  }
}
