package io.tributary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tributary demo}, short: it runs on its own and proves at the end that the copy matches. */
class DemoIT {
  @TempDir Path dir;

  @Test
  void theDemoRunsAndItsCopyMatches() throws Exception {
    Path log = dir.resolve("demo.log");
    int code = EngineProcess.runToEnd(log, 300, "demo", "--seconds", "12", "--dir", dir.resolve("demo").toString());
    String out = Files.readString(log);
    assertThat(code).as(out).isZero();
    assertThat(out).contains("snapshot [", "streaming", "Orders by status", "Source vs target:", "tributary run")
        .doesNotContain("DIFFERENT");
    assertThat(out.lines().filter(l -> l.endsWith("match"))).hasSize(2);
    assertThat(dir.resolve("demo").resolve("pipeline.yaml")).exists();
  }
}
