package io.tributary.runtime.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.option.Config;
import io.tributary.api.schema.Column;
import io.tributary.runtime.PipelineDefinition;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import io.tributary.runtime.PipelineDefinition.SourceDefinition;
import io.tributary.runtime.Preview;
import io.tributary.runtime.TableRoute;
import io.tributary.runtime.TestPosition;
import io.tributary.runtime.TransformDefinition;
import io.tributary.runtime.blackhole.BlackholeSinkFactory;
import io.tributary.transform.TransformRule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Preview}: an event through the transforms, the routes and the functions, with the sinks it reaches. */
class PreviewTest {
  @TempDir Path dir;

  @Test
  void showsEachStepAndTheSinksWithoutWritingAnything() throws Exception {
    Path jar = FixtureJar.build(dir);
    FunctionDefinition scripted = new FunctionDefinition("scripted", Pattern.compile("mirror\\.orders"),
        new FunctionCode.Java(jar, "io.tributary.runtime.function.fixture.ScriptedFunction",
            Config.of("fanout", "2", "fail", "3", "fail-times", "99")),
        1, 1, Duration.ofSeconds(5), 0, Duration.ofMillis(1), Duration.ofSeconds(1));
    PipelineDefinition def = new PipelineDefinition("preview", 1, dir.resolve("state"), Duration.ofSeconds(1), 100,
        Duration.ZERO, 1000, 0, new SourceDefinition(null, Config.of()), List.of(
            new SinkDefinition("warehouse", new BlackholeSinkFactory(), Config.of(), Pattern.compile("mirror\\..*"), false),
            new SinkDefinition("audit", new BlackholeSinkFactory(), Config.of(), Pattern.compile("audit\\..*"), false)),
        List.of(new TransformDefinition(Pattern.compile("shop\\.orders"), TransformRule.parse("t", null, "amount > 1"),
            List.of(), null, Map.of())),
        List.of(new TableRoute(Pattern.compile("shop\\.(.*)"), "mirror.$1", null)), List.of(scripted));

    try (Preview preview = new Preview(def)) {
      Preview.Result filtered = preview.run(insert(1, "0.50"));
      assertThat(filtered.transformed()).isNull();
      assertThat(filtered.outputs()).isEmpty();

      Preview.Result fanned = preview.run(insert(2, "7.00"));
      assertThat(fanned.transformed().after()).containsExactly(2L, new BigDecimal("7.00"), 0L);
      assertThat(fanned.outputs()).extracting(o -> o.event().schema().id() + " → " + o.sinks())
          .as("the function sees the routed table; what it emits is not routed again")
          .containsExactly("mirror.orders → [warehouse]", "audit.orders → [audit]");
      assertThat(fanned.outputs().get(0).event().schema().columns()).extracting(Column::name)
          .containsExactly("id", "amount", "seq", "loader");

      Preview.Result failed = preview.run(insert(3, "7.00"));
      assertThat(failed.outputs()).isEmpty();
      assertThat(failed.failures()).singleElement().asString()
          .startsWith("function 'scripted' failed after 1 attempt: java.lang.IllegalStateException: injected failure on 3");
    }
    assertThat(dir.resolve("state")).doesNotExist();
  }

  private static ChangeEvent insert(long id, String amount) {
    return new ChangeEvent(Operation.SNAPSHOT_READ, JavaFunctionTest.ORDERS, null, new Object[] {id, new BigDecimal(amount), 0L},
        new TestPosition(id), 0, null);
  }
}
