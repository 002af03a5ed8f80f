package io.tributary.cli.fakes;

import io.tributary.api.ConfigException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkFactory;
import io.tributary.api.sink.SinkWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sink type {@code test-sink} for CLI tests. {@code open()} fails when {@code fail-open} is set;
 * the factory refuses a {@code path} ending in '/' the way a real connector refuses a bad option.
 * Counts opens and closes so tests can see validate open and close each sink once.
 */
public final class TestSinkFactory implements SinkFactory {
  public static final AtomicInteger OPENED = new AtomicInteger();
  public static final AtomicInteger CLOSED = new AtomicInteger();

  public static final Option<String> PATH = Option.string("path", "File to write.").asRequired();
  public static final Option<Integer> BATCH_ROWS = Option.integer("batch-rows", "Rows per batch.").withDefault(100);
  public static final Option<String> TOKEN = Option.string("token", "Access token.").withDefault("s3cret-default").asSecret();
  public static final Option<String> MODE =
      Option.choice("mode", List.of("append", "upsert"), "How rows are written.").withDefault("upsert");
  public static final Option<Boolean> FAIL_OPEN = Option.bool("fail-open", "Make open() fail.").withDefault(false);

  @Override
  public String identifier() {
    return "test-sink";
  }

  @Override
  public List<Option<?>> options() {
    return List.of(PATH, BATCH_ROWS, TOKEN, MODE, FAIL_OPEN);
  }

  @Override
  public Sink create(String name, Config config) {
    if (config.get(PATH).endsWith("/")) {
      throw new ConfigException("path", "'path' must name a file, not a directory");
    }
    return new FakeSink(config);
  }

  private static final class FakeSink implements Sink {
    private final Config config;

    FakeSink(Config config) {
      this.config = config;
    }

    @Override
    public void open(SinkContext context) {
      OPENED.incrementAndGet();
      if (config.get(FAIL_OPEN)) {
        throw new TributaryException("cannot open " + config.get(PATH) + ": permission denied");
      }
    }

    @Override
    public Map<Integer, String> committedPositions() {
      return Map.of();
    }

    @Override
    public void ensureTable(TableSchema schema) {}

    @Override
    public void applySchemaChange(SchemaChange change) {}

    /** A writer that keeps nothing: the test source never sends a batch. */
    @Override
    public SinkWriter openWriter(int lane) {
      return new SinkWriter() {
        @Override
        public void write(SinkBatch batch) {}

        @Override
        public String committedPosition() {
          return null;
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public void close() {
      CLOSED.incrementAndGet();
    }
  }
}
