package io.tributary.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tributary.runtime.Connectors;
import io.tributary.runtime.PipelineDefinition;
import io.tributary.runtime.function.FunctionCode;
import io.tributary.runtime.function.FunctionDefinition;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code functions:} block: what reaches the runtime, and every mistake reported at its line. */
class FunctionBlocksTest {
  private static final String CLASS = "io.tributary.cli.file.fixture.PassThrough";
  @TempDir Path dir;
  private final PipelineFileLoader loader = new PipelineFileLoader(Connectors.discover(), name -> null);
  private String file;

  @BeforeEach
  void packFunctionJar() throws Exception {
    String entry = CLASS.replace('.', '/') + ".class";
    Path classes = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
    try (OutputStream out = Files.newOutputStream(dir.resolve("fn.jar")); JarOutputStream jar = new JarOutputStream(out)) {
      jar.putNextEntry(new JarEntry(entry));
      jar.write(Files.readAllBytes(classes.resolve(entry)));
      jar.closeEntry();
    }
    file = dir.resolve("p.yaml").toString();
  }

  private static String valid(String functions) {
    return PipelineFileLoaderTest.VALID.replace("${DB_PASSWORD}", "pw") + "functions:\n" + functions;
  }

  private List<String> problems(String yaml) {
    return catchThrowableOfType(PipelineFileException.class, () -> loader.load(file, yaml)).problems().stream()
        .map(p -> p.format(file).replace(file, "p.yaml")).toList();
  }

  @Test
  void javaAndHttpFunctionsReachTheDefinition() {
    PipelineDefinition d = loader.load(file, valid("""
          - name: enrich
            tables: shop\\.orders
            jar: fn.jar
            class: %s
            config: { url: "http://x", min-amount: 1000 }
            instances: { min: 2, max: 8 }
            timeout: 5s
            retries: 1
          - name: alert
            tables: shop\\..*
            http: http://127.0.0.1:9000/hook
            batch-size: 50
            headers: { Authorization: Bearer t }
        """.formatted(CLASS))).definition();
    assertThat(d.functions()).hasSize(2);
    FunctionDefinition enrich = d.functions().get(0);
    FunctionCode.Java code = (FunctionCode.Java) enrich.code();
    assertThat(code.jar()).as("relative to the pipeline file").isEqualTo(dir.resolve("fn.jar"));
    assertThat(code.className()).isEqualTo(CLASS);
    assertThat(code.config().asMap()).isEqualTo(Map.of("url", "http://x", "min-amount", "1000"));
    assertThat(List.of(enrich.minInstances(), enrich.maxInstances(), enrich.retries())).containsExactly(2, 8, 1);
    assertThat(enrich.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(enrich.handles("shop.orders")).isTrue();
    assertThat(enrich.handles("shop.orders_2")).isFalse();
    FunctionDefinition alert = d.functions().get(1);
    assertThat(alert.code()).isEqualTo(new FunctionCode.Http(URI.create("http://127.0.0.1:9000/hook"), "canal-json", 50,
        Map.of("Authorization", "Bearer t")));
    assertThat(List.of(alert.minInstances(), alert.maxInstances(), alert.retries())).as("concurrency 4 by default")
        .containsExactly(1, 4, 3);
    assertThat(alert.retryBackoff()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void aClassMissingFromTheJarIsReportedAtItsLine() {
    assertThat(problems(valid("""
          - name: enrich
            tables: shop\\.orders
            jar: fn.jar
            class: com.example.Nope
        """))).singleElement().asString()
        .startsWith("p.yaml:25:12: functions[0] (enrich): function 'enrich': class com.example.Nope is not in");
  }

  @Test
  void mistakesAreReportedTogetherAtTheirLines() {
    assertThat(problems(valid("""
          - name: a
            tables: shop\\.(
            http: http://h/x
          - name: a
            tables: x
            jar: missing.jar
            class: X
            http: http://h/y
          - name: c
            tables: x
            http: ftp://h/z
          - name: d
            tables: x
            jar: fn.jar
          - name: e
            tables: x
            http: http://h/e
            format: avro
            instances: { max: many }
        """))).containsExactly(
        "p.yaml:23:13: functions[0] (a): 'tables' is not a regular expression: Unclosed group",
        "p.yaml:25:5: functions[1] (a): say what the function runs: 'jar' and 'class' for Java code, or 'http' for an"
            + " endpoint — not both",
        "p.yaml:25:11: functions[1] (a): another function is named 'a'",
        "p.yaml:32:11: functions[2] (c): 'http' must be an http:// or https:// URL, got ftp://h/z",
        "p.yaml:33:5: functions[3] (d): a Java function needs both 'jar' and 'class'",
        "p.yaml:39:13: functions[4] (e): invalid value for 'format': 'avro' is not one of canal-json, debezium-json",
        "p.yaml:40:23: functions[4] (e): invalid value for 'instances.max': 'many' is not a whole number");
  }
}
