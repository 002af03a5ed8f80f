package io.tributary.cli.fakes;

import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkFactory;
import java.util.List;

/** A second sink type, {@code test-log} (alias {@code test-print}), whose keys differ from test-sink's. */
public final class TestLogSinkFactory implements SinkFactory {
  public static final Option<String> PREFIX = Option.string("prefix", "Printed before each row; pipes | and <tags> are escaped.");
  public static final Option<Integer> EVERY = Option.integer("every", "Print every n-th row.").withDefault(1);

  @Override
  public String identifier() {
    return "test-log";
  }

  @Override
  public List<String> aliases() {
    return List.of("test-print");
  }

  @Override
  public List<Option<?>> options() {
    return List.of(PREFIX, EVERY);
  }

  @Override
  public Sink create(String name, Config config) {
    return new TestSinkFactory().create(name, Config.of("path", "log"));
  }
}
