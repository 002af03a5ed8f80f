package io.tributary.formats.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The encoders' writer writes byte for byte what Jackson's generator writes for the same calls:
 * random documents of every value kind, strings of every character (control characters, quotes,
 * backslashes, every plane, paired and lone surrogates), names as strings and as serialized
 * strings, raw values, several root values in a row.
 */
class JsonBytesTest {
  /** One call on our writer. */
  private interface Ours {
    void on(JsonBytes out);
  }

  /** The same call on Jackson's generator. */
  private interface Theirs {
    void on(JsonGenerator out) throws IOException;
  }

  /** One call, as made on each writer. */
  private record Call(Ours ours, Theirs theirs) {}

  private static void add(List<Call> calls, Ours ours, Theirs theirs) {
    calls.add(new Call(ours, theirs));
  }

  /**
   * Makes the calls on both writers until one fails (Jackson refuses a lone surrogate in a
   * serialized string, and so does ours, which takes its bytes from it): both fail at the same
   * call, or neither does and they wrote the same bytes.
   */
  private static void check(List<Call> calls) throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    JsonBytes ours = new JsonBytes();
    ours.writeString("left over from a message before");
    ours.reset();
    try (JsonGenerator jackson = Json.FACTORY.createGenerator(expected)) {
      for (Call call : calls) {
        RuntimeException ourFailure = null;
        Exception theirFailure = null;
        try {
          call.ours().on(ours);
        } catch (RuntimeException e) {
          ourFailure = e;
        }
        try {
          call.theirs().on(jackson);
        } catch (RuntimeException | IOException e) {
          theirFailure = e;
        }
        assertThat(ourFailure == null).as("ours failed: %s; Jackson failed: %s", ourFailure, theirFailure)
            .isEqualTo(theirFailure == null);
        if (ourFailure != null) {
          return;
        }
      }
    }
    assertThat(ours.text()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    assertThat(ours.toByteArray()).isEqualTo(expected.toByteArray());
  }

  @Property(tries = 3000)
  void writesWhatJacksonWrites(@ForAll long seed) throws IOException {
    Random random = new Random(seed);
    JsonTextGenerator texts = new JsonTextGenerator(seed);
    List<Call> calls = new ArrayList<>();
    int roots = 1 + random.nextInt(2);
    for (int i = 0; i < roots; i++) {
      value(random, texts, calls, 0);
    }
    check(calls);
  }

  @Test
  void numbersAtTheirLimits() throws IOException {
    List<Call> calls = new ArrayList<>();
    add(calls, o -> o.writeStartArray(), j -> j.writeStartArray());
    for (long value : new long[] {0, -1, 9, 10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
        999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      add(calls, o -> o.writeNumber(value), j -> j.writeNumber(value));
    }
    for (double value : new double[] {0.0, -0.0, 1e-300, 1e300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 100.0, 1e7, 1.0e-3}) {
      add(calls, o -> {
        o.writeNumber(value);
        o.writeNumber((float) value);
      }, j -> {
        j.writeNumber(value);
        j.writeNumber((float) value);
      });
    }
    add(calls, o -> o.writeEndArray(), j -> j.writeEndArray());
    check(calls);
  }

  private static void value(Random random, JsonTextGenerator texts, List<Call> calls, int depth) {
    int kind = random.nextInt(depth > 3 ? 12 : 16);
    switch (kind) {
      case 0, 1, 2 -> {
        String text = texts.text();
        if (random.nextBoolean()) {
          add(calls, o -> o.writeString(text), j -> j.writeString(text));
        } else {
          SerializedString serialized = new SerializedString(text);
          add(calls, o -> o.writeString(serialized), j -> j.writeString(serialized));
        }
      }
      case 3 -> {
        long value = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(2000) - 1000;
        add(calls, o -> o.writeNumber(value), j -> j.writeNumber(value));
      }
      case 4 -> {
        int value = random.nextInt();
        short small = (short) value;
        if (random.nextBoolean()) {
          add(calls, o -> o.writeNumber(value), j -> j.writeNumber(value));
        } else {
          add(calls, o -> o.writeNumber(small), j -> j.writeNumber(small));
        }
      }
      case 5 -> {
        double value = switch (random.nextInt(4)) {
          case 0 -> Double.longBitsToDouble(random.nextLong());
          case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
          case 2 -> random.nextInt(1000) / 8.0;
          default -> new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0}[random.nextInt(3)];
        };
        if (random.nextBoolean()) {
          add(calls, o -> o.writeNumber(value), j -> j.writeNumber(value));
        } else {
          add(calls, o -> o.writeNumber((float) value), j -> j.writeNumber((float) value));
        }
      }
      case 6 -> {
        BigDecimal value = new BigDecimal(new BigInteger(random.nextInt(200) + 1, random), random.nextInt(60) - 30);
        if (random.nextBoolean()) {
          add(calls, o -> o.writeNumber(value), j -> j.writeNumber(value));
        } else {
          add(calls, o -> o.writeNumber(value.toPlainString()), j -> j.writeNumber(value.toPlainString()));
        }
      }
      case 7 -> {
        boolean value = random.nextBoolean();
        add(calls, o -> o.writeBoolean(value), j -> j.writeBoolean(value));
      }
      case 8 -> add(calls, JsonBytes::writeNull, JsonGenerator::writeNull);
      case 9 -> {
        byte[] bytes = new byte[random.nextInt(20)];
        random.nextBytes(bytes);
        add(calls, o -> o.writeBinary(bytes), j -> j.writeBinary(bytes));
      }
      case 10, 11 -> {
        String raw = random.nextBoolean() ? "{\"a\":[1,2,{\"é\":null}]}" : "\"x\"";
        if (random.nextBoolean()) {
          add(calls, o -> o.writeRawValue(raw), j -> j.writeRawValue(raw));
        } else {
          SerializedString serialized = new SerializedString(raw);
          add(calls, o -> o.writeRawValue(serialized), j -> j.writeRawValue(serialized));
        }
      }
      case 12, 13 -> {
        add(calls, o -> o.writeStartArray(), j -> j.writeStartArray());
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
          value(random, texts, calls, depth + 1);
        }
        add(calls, o -> o.writeEndArray(), j -> j.writeEndArray());
      }
      default -> {
        add(calls, o -> o.writeStartObject(), j -> j.writeStartObject());
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
          field(random, texts, calls, depth);
        }
        add(calls, o -> o.writeEndObject(), j -> j.writeEndObject());
      }
    }
  }

  private static void field(Random random, JsonTextGenerator texts, List<Call> calls, int depth) {
    String name = texts.text();
    switch (random.nextInt(6)) {
      case 0 -> {
        SerializedString serialized = new SerializedString(name);
        add(calls, o -> o.writeFieldName(serialized), j -> j.writeFieldName(serialized));
        value(random, texts, calls, depth + 1);
      }
      case 1 -> {
        String value = texts.text();
        add(calls, o -> o.writeStringField(name, value), j -> j.writeStringField(name, value));
      }
      case 2 -> {
        long value = random.nextLong();
        int small = (int) value;
        add(calls, o -> {
          o.writeNumberField(name, value);
          o.writeNumberField(name + "i", small);
        }, j -> {
          j.writeNumberField(name, value);
          j.writeNumberField(name + "i", small);
        });
      }
      case 3 -> add(calls, o -> {
        o.writeNullField(name);
        o.writeBooleanField(name, true);
      }, j -> {
        j.writeNullField(name);
        j.writeBooleanField(name, true);
      });
      default -> {
        add(calls, o -> o.writeFieldName(name), j -> j.writeFieldName(name));
        value(random, texts, calls, depth + 1);
      }
    }
  }
}
