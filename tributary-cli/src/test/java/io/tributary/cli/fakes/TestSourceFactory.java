package io.tributary.cli.fakes;

import io.tributary.api.ConfigException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceContext;
import io.tributary.api.source.SourceFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A source type {@code test-source} for CLI tests, registered through META-INF/services. Its
 * {@code discover()} reports {@code table-count} tables, or fails when {@code fail-discover} is
 * set; {@code run()} emits nothing and returns when stopped; its factory refuses {@code tables:
 * none} the way a real connector refuses a bad option.
 */
public final class TestSourceFactory implements SourceFactory {
  public static final Option<String> HOSTNAME = Option.string("hostname", "Host to connect to.").asRequired();
  public static final Option<Integer> PORT = Option.integer("port", "Port.").withDefault(3306);
  public static final Option<String> USERNAME = Option.string("username", "User.").withDefault("cdc");
  public static final Option<String> PASSWORD = Option.string("password", "Password.").asSecret();
  public static final Option<String> TABLES = Option.string("tables", "Tables to capture (regex).");
  public static final Option<Duration> POLL_INTERVAL =
      Option.duration("poll-interval", "How often to poll.").withDefault(Duration.ofSeconds(1));
  public static final Option<Boolean> FAIL_DISCOVER =
      Option.bool("fail-discover", "Make discover() fail like an unreachable server.").withDefault(false);
  public static final Option<String> SSL_MODE =
      Option.choice("ssl.mode", List.of("disable", "require"), "TLS, written nested as ssl: {mode: ...}.").withDefault("disable");
  public static final Option<Integer> TABLE_COUNT = Option.integer("table-count", "Tables discover() reports.").withDefault(2);

  @Override
  public String identifier() {
    return "test-source";
  }

  @Override
  public List<String> aliases() {
    return List.of("test-src");
  }

  @Override
  public List<Option<?>> options() {
    return List.of(HOSTNAME, PORT, USERNAME, PASSWORD, TABLES, POLL_INTERVAL, FAIL_DISCOVER, SSL_MODE, TABLE_COUNT);
  }

  @Override
  public Source create(Config config, String pipelineName) {
    if ("none".equals(config.get(TABLES))) {
      throw new ConfigException("tables", "'tables' matches nothing; name at least one database");
    }
    return new FakeSource(config);
  }

  @Override
  public SourcePosition decodePosition(String encoded) {
    throw new UnsupportedOperationException("the test source has no positions");
  }

  private static final class FakeSource implements Source {
    private final Config config;
    private final CountDownLatch stopped = new CountDownLatch(1);

    FakeSource(Config config) {
      this.config = config;
    }

    @Override
    public List<TableSchema> discover() {
      if (config.get(FAIL_DISCOVER)) {
        throw new TributaryException("cannot connect to " + config.get(HOSTNAME) + ":" + config.get(PORT) + ": connection refused");
      }
      List<TableSchema> tables = new ArrayList<>();
      for (int i = 0; i < config.get(TABLE_COUNT); i++) {
        List<Column> columns = List.of(
            new Column("id", DataType.int64(), false), new Column("name", DataType.string(40), true),
            new Column("at", DataType.timestamp(6), true));
        tables.add(new TableSchema(new TableId("shop", "t" + i), columns, i % 2 == 0 ? List.of("id") : List.of(), 1));
      }
      return tables;
    }

    /** Captures nothing: blocks until stopped, like a source waiting on a quiet database. */
    @Override
    public void run(SourceContext context, SourcePosition resumeFrom) throws InterruptedException {
      stopped.await();
    }

    @Override
    public void stop() {
      stopped.countDown();
    }

    @Override
    public void close() {}
  }
}
