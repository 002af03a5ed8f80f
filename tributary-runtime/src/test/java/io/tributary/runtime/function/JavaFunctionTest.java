package io.tributary.runtime.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.function.FatalFunctionException;
import io.tributary.api.option.Config;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.runtime.TestPosition;
import io.tributary.runtime.batch.RowKey;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFunctionTest {
  static final TableSchema ORDERS = new TableSchema(new TableId("shop", "orders"), List.of(
      new Column("id", DataType.int64(), false), new Column("amount", DataType.decimal(10, 2), true),
      new Column("seq", DataType.int64(), true)), List.of("id"), 1);
  static final TableSchema OTHER = new TableSchema(new TableId("shop", "customers"), List.of(
      new Column("id", DataType.int64(), false)), List.of("id"), 1);

  @TempDir Path dir;
  Path jar;
  final Map<String, FunctionCounters> counters = new ConcurrentHashMap<>();
  final List<String> deadLetters = new ArrayList<>();
  final List<Object[]> out = new ArrayList<>();
  Functions functions;

  @BeforeEach
  void packJar() throws Exception {
    jar = FixtureJar.build(dir);
  }

  @AfterEach
  void close() {
    if (functions != null) {
      functions.close();
    }
  }

  FunctionDefinition scripted(String name, int min, int max, Duration timeout, int retries, String... config) {
    return new FunctionDefinition(name, Pattern.compile("shop\\.orders"),
        new FunctionCode.Java(jar, "io.tributary.runtime.function.fixture.ScriptedFunction", Config.of(config)),
        min, max, timeout, retries, Duration.ofMillis(10), Duration.ofMillis(200));
  }

  void start(FunctionDefinition... definitions) {
    functions = Functions.start(List.of(definitions), "test", Set.of("main", "audit"),
        (f, e, attempts, error, cause) -> {
          synchronized (deadLetters) {
            deadLetters.add(f + " " + e.keyRow()[0] + " attempts=" + attempts + " " + error);
          }
        },
        name -> counters.computeIfAbsent(name, n -> new FunctionCounters()));
  }

  static ChangeEvent insert(long id, long seq, long position) {
    return new ChangeEvent(Operation.INSERT, ORDERS, null, new Object[] {id, new BigDecimal("1.50"), seq},
        new TestPosition(position), 1000 + position, "tx" + position);
  }

  List<ChangeEvent> orders(int n, int keys) {
    List<ChangeEvent> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(insert(i % keys, i / keys, i));
    }
    return events;
  }

  void apply(List<ChangeEvent> events) throws InterruptedException {
    functions.apply(events, 0, (e, sink) -> out.add(new Object[] {e, sink}));
  }

  ChangeEvent event(int i) {
    return (ChangeEvent) out.get(i)[0];
  }

  @Test
  void eventsPassChangedDroppedFannedOutAndSentToANamedSinkInSourceOrder() throws Exception {
    start(scripted("f", 1, 1, Duration.ofSeconds(5), 0, "drop", "2", "fanout", "3", "to-audit-sink", "4"));
    List<ChangeEvent> in = new ArrayList<>(orders(6, 6));
    in.add(3, new ChangeEvent(Operation.INSERT, OTHER, null, new Object[] {9L}, new TestPosition(100), 0, null));
    apply(in);

    assertThat(out).extracting(o -> ((ChangeEvent) o[0]).schema().id() + "#" + ((ChangeEvent) o[0]).keyRow()[0] + ">" + o[1])
        .containsExactly("shop.orders#0>null", "shop.orders#1>null", "shop.orders#2>null".replace("#2>null", "#9>null")
            .replace("orders#9", "customers#9"), "shop.orders#3>null", "audit.orders#3>null", "shop.orders#4>null",
            "shop.orders#4>audit", "shop.orders#5>null");
    ChangeEvent changed = event(0);
    assertThat(changed.schema().columns()).extracting(Column::name).containsExactly("id", "amount", "seq", "loader");
    assertThat(changed.after()[3]).isEqualTo("function-f");
    assertThat(changed.position()).isEqualTo(new TestPosition(0));
    assertThat(changed.commitMillis()).isEqualTo(1000);
    assertThat(changed.transactionId()).isEqualTo("tx0");
    assertThat(event(4).position()).as("a fanned-out event carries its source's position").isEqualTo(new TestPosition(3));
    assertThat(event(1).schema()).as("one schema object per shape").isSameAs(event(0).schema());
    assertThat(counters.get("f").eventsIn()).isEqualTo(6);
    assertThat(counters.get("f").eventsOut()).isEqualTo(7);
  }

  @Test
  void aFailingCallIsRetriedAndThenPasses() throws Exception {
    start(scripted("f", 1, 1, Duration.ofSeconds(5), 3, "fail", "1", "fail-times", "2"));
    apply(orders(3, 3));
    assertThat(out).hasSize(3);
    assertThat(counters.get("f").failures()).isEqualTo(2);
    assertThat(deadLetters).isEmpty();
  }

  @Test
  void afterTheLastRetryTheEventGoesToTheDeadLettersAndTheRestFlows() throws Exception {
    start(scripted("f", 1, 1, Duration.ofSeconds(5), 1, "fail", "1", "fail-times", "99"));
    apply(orders(3, 3));
    assertThat(out).extracting(o -> ((ChangeEvent) o[0]).keyRow()[0]).containsExactly(0L, 2L);
    assertThat(deadLetters).singleElement().asString()
        .contains("f 1 attempts=2", "IllegalStateException: injected failure on 1, attempt 2");
    assertThat(counters.get("f").deadLetters()).isEqualTo(1);
  }

  @Test
  void aCallPastTheTimeoutIsInterruptedAndRetriedOnANewInstance() throws Exception {
    start(scripted("f", 1, 1, Duration.ofMillis(300), 2, "hang", "1", "hang-times", "1"));
    long start = System.nanoTime();
    apply(orders(3, 3));
    assertThat(out).hasSize(3);
    assertThat(counters.get("f").timeouts()).isEqualTo(1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aCallThatAlwaysHangsIsDeadLetteredAfterTheLastRetry() throws Exception {
    start(scripted("f", 1, 1, Duration.ofMillis(200), 1, "hang", "0", "hang-times", "99"));
    apply(orders(2, 2));
    assertThat(out).extracting(o -> ((ChangeEvent) o[0]).keyRow()[0]).containsExactly(1L);
    assertThat(deadLetters).singleElement().asString().contains("f 0 attempts=2", "timed out after PT0.2S");
    assertThat(counters.get("f").timeouts()).isEqualTo(2);
  }

  @Test
  void aFatalErrorStopsInsteadOfRetrying() {
    start(scripted("f", 1, 1, Duration.ofSeconds(5), 5, "fatal", "1"));
    assertThatThrownBy(() -> apply(orders(3, 3))).isInstanceOf(FatalFunctionException.class)
        .hasMessageContaining("event 1 must never happen");
    assertThat(counters.get("f").failures()).isZero();
  }

  @Test
  void severalInstancesKeepEachKeysOrderAndTheOutputInSourceOrder() throws Exception {
    start(scripted("f", 4, 4, Duration.ofSeconds(5), 0, "sleep-ms", "1"));
    List<ChangeEvent> in = orders(800, 37);
    apply(in);
    assertThat(out).hasSize(800);
    for (int i = 0; i < 800; i++) {
      assertThat(event(i).position()).isEqualTo(in.get(i).position());
    }
    assertThat(counters.get("f").value("order-violations")).isZero();
    assertThat(counters.get("f").instances()).isEqualTo(4);
  }

  @Test
  void anUpdateThatChangesTheKeyComesAfterTheOldKeysChangesAndBeforeTheNewKeys() throws Exception {
    start(scripted("f", 4, 4, Duration.ofSeconds(5), 0, "slow", "5"));
    List<ChangeEvent> in = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      in.add(insert(i, 0, i));
    }
    long newKey = 1000;
    while (slot(newKey) == slot(5)) { // on another instance than the old key, which is slow
      newKey++;
    }
    Object[] before = {5L, new BigDecimal("1.50"), 1L};
    Object[] after = {newKey, new BigDecimal("1.50"), 2L};
    in.add(new ChangeEvent(Operation.UPDATE, ORDERS, before, after, new TestPosition(40), 0, null));
    in.add(insert(5, 3, 41)); // the old key again, after the change
    in.add(new ChangeEvent(Operation.UPDATE, ORDERS, after, new Object[] {newKey, new BigDecimal("2.00"), 4L},
        new TestPosition(42), 0, null));
    apply(in);
    assertThat(out).hasSize(43);
    assertThat(counters.get("f").value("order-violations")).as("each key's changes handled in order").isZero();
  }

  /** The instance of 4 a key of ORDERS goes to, as FunctionStage hashes it. */
  private static int slot(long id) {
    int hash = 31 * ORDERS.id().hashCode() + RowKey.hashOf(new Object[] {id}, new int[] {0});
    return Math.floorMod(hash, 4);
  }

  @Test
  void instancesGrowWithTheBacklogAndShrinkWhenItIsGone() throws Exception {
    start(scripted("f", 1, 4, Duration.ofSeconds(5), 0, "sleep-ms", "5"));
    apply(orders(1200, 200));
    FunctionCounters c = counters.get("f");
    assertThat(c.peakInstances()).isEqualTo(4);
    assertThat(c.value("order-violations")).isZero();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (c.instances() > 1 && System.nanoTime() < deadline) {
      functions.idle();
      Thread.sleep(20);
    }
    assertThat(c.instances()).isEqualTo(1);
    assertThat(out).hasSize(1200);
  }

  @Test
  void aSourceFarBehindAddsInstancesThoughLittleWaitsInThePipeline() throws Exception {
    start(scripted("f", 1, 4, Duration.ofSeconds(5), 0, "sleep-ms", "5"));
    apply(committedAgo(64, 0));
    assertThat(counters.get("f").peakInstances()).as("caught up: one instance does").isEqualTo(1);
    apply(committedAgo(64, 30_000));
    assertThat(counters.get("f").peakInstances()).as("30 s behind at 5 ms per change").isEqualTo(4);
  }

  private static List<ChangeEvent> committedAgo(int n, long millis) {
    List<ChangeEvent> events = new ArrayList<>();
    long commit = System.currentTimeMillis() - millis;
    for (int i = 0; i < n; i++) {
      events.add(new ChangeEvent(Operation.INSERT, ORDERS, null, new Object[] {(long) i, new BigDecimal("1.00"), 0L},
          new TestPosition(i), commit, null));
    }
    return events;
  }

  @Test
  void chainedFunctionsSeeWhatTheOneBeforeEmitted() throws Exception {
    start(scripted("first", 1, 1, Duration.ofSeconds(5), 0, "drop", "1"),
        new FunctionDefinition("second", Pattern.compile("shop\\..*"),
            new FunctionCode.Java(jar, "io.tributary.runtime.function.fixture.ScriptedFunction", Config.of("drop", "2")),
            1, 1, Duration.ofSeconds(5), 0, Duration.ofMillis(10), Duration.ofSeconds(1)));
    apply(orders(4, 4));
    assertThat(out).extracting(o -> ((ChangeEvent) o[0]).keyRow()[0]).containsExactly(0L, 3L);
    assertThat(counters.get("second").eventsIn()).isEqualTo(3);
  }

  @Test
  void aJarBundlingItsOwnCopyOfTheApiStillLoads() throws Exception {
    jar = FixtureJar.build(dir.resolve("fat").toFile().mkdirs() ? dir.resolve("fat") : dir,
        io.tributary.api.function.ChangeFunction.class, io.tributary.api.function.FunctionContext.class);
    start(scripted("f", 1, 1, Duration.ofSeconds(5), 0));
    apply(orders(2, 2));
    assertThat(out).hasSize(2);
  }

  @Test
  void loadingErrorsNameTheFunctionAndWhatToFix() {
    Map<String, String> none = new HashMap<>();
    assertThatThrownBy(() -> JavaFunctionClass.load("f", new FunctionCode.Java(dir.resolve("missing.jar"), "x.Y", Config.of())))
        .isInstanceOf(ConfigException.class).hasMessageContaining("function 'f': jar").hasMessageContaining("does not exist");
    assertThatThrownBy(() -> JavaFunctionClass.load("f", new FunctionCode.Java(jar, "x.Missing", new Config(none))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("class x.Missing is not in");
    assertThatThrownBy(() -> JavaFunctionClass.load("f",
        new FunctionCode.Java(jar, "io.tributary.runtime.function.fixture.NotAFunction", Config.of())))
        .isInstanceOf(ConfigException.class).hasMessageContaining("does not implement io.tributary.api.function.ChangeFunction");
  }
}
