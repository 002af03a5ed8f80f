package io.tributary.bench.formats;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.event.ChangeEvent;
import io.tributary.formats.ChangeEncoder;
import io.tributary.formats.Format;
import java.io.IOException;
import java.util.Map;
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
 * Encoding narrow-row change events, events/s on one thread; each call encodes the next of {@value
 * #EVENTS} events of different rows. Debezium-JSON writes the message key too (a Kafka producer
 * needs both); Canal-JSON the value only. The peer serialises maps holding the same JSON ({@code
 * ObjectMapper.writeValueAsBytes}), built once from Tributary's own output, so it does no
 * conversion of typed values at all.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncodeBenchmark {
  private static final int EVENTS = 64;
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** Which messages: {@link NarrowRows#parse}. */
  @Param({"canal-json/update", "canal-json/insert", "debezium-json/update", "debezium-json/insert"})
  public String message;

  private final ObjectMapper mapper = new ObjectMapper();
  private ChangeEncoder encoder;
  private ChangeEvent[] events;
  private boolean withKey;
  private Object[] keyMaps;
  private Object[] valueMaps;
  private int next;

  /** Builds the events, and the peer's maps from one encoding of each. */
  @Setup
  public void buildEvents() throws IOException {
    NarrowRows rows = NarrowRows.parse(message);
    encoder = rows.format().encoder(rows.options());
    events = rows.events(EVENTS);
    withKey = rows.format() == Format.DEBEZIUM_JSON;
    keyMaps = new Object[EVENTS];
    valueMaps = new Object[EVENTS];
    for (int i = 0; i < EVENTS; i++) {
      valueMaps[i] = mapper.readValue(encoder.encode(events[i]), MAP);
      keyMaps[i] = withKey ? mapper.readValue(encoder.encodeKey(events[i]), MAP) : null;
    }
  }

  /** Tributary's encoder. */
  @Benchmark
  public void tributary(Blackhole consumer) {
    ChangeEvent event = events[next++ & (EVENTS - 1)];
    if (withKey) {
      consumer.consume(encoder.encodeKey(event));
    }
    consumer.consume(encoder.encode(event));
  }

  /** The peer: Jackson serialising equivalent maps. */
  @Benchmark
  public void jackson(Blackhole consumer) throws IOException {
    int i = next++ & (EVENTS - 1);
    if (withKey) {
      consumer.consume(mapper.writeValueAsBytes(keyMaps[i]));
    }
    consumer.consume(mapper.writeValueAsBytes(valueMaps[i]));
  }
}
