package io.tributary.examples.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.function.ChangeFunction;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The built function JAR, loaded as the runtime loads it: in a class loader whose parent shares
 * only {@code io.tributary.api.*} and {@code org.slf4j.*} (and the JDK) with the test, so Jackson
 * must come from the JAR itself.
 */
class FunctionJarIT {
  private static final Path JAR =
      Path.of(
          System.getProperty(
              "function.jar", "target/tributary-example-functions-0.1.0-SNAPSHOT.jar"));

  /** Shares the API and slf4j with the application; everything else only from the JDK. */
  private static final class SharedApiOnly extends ClassLoader {
    private final ClassLoader application = FunctionJarIT.class.getClassLoader();

    SharedApiOnly() {
      super("shared-api-only", ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("io.tributary.api.") || name.startsWith("org.slf4j.")) {
        return application.loadClass(name);
      }
      return super.loadClass(name, resolve);
    }
  }

  @Test
  void jarBundlesJacksonButNotTheApi() throws Exception {
    assertThat(JAR).exists();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getEntry("io/tributary/examples/functions/Enrich.class")).isNotNull();
      assertThat(jar.getEntry("com/fasterxml/jackson/databind/ObjectMapper.class")).isNotNull();
      assertThat(jar.getEntry("io/tributary/api/function/ChangeFunction.class")).isNull();
      assertThat(jar.stream().map(e -> e.getName())).noneMatch(n -> n.startsWith("org/slf4j/"));
    }
  }

  @Test
  void bigOrderAlertRunsFromItsOwnClassLoader() throws Exception {
    try (URLClassLoader loader =
            new URLClassLoader(new URL[] {JAR.toUri().toURL()}, new SharedApiOnly());
        AlertReceiver receiver = new AlertReceiver()) {
      Class<?> type = loader.loadClass(BigOrderAlert.class.getName());
      assertThat(type.getClassLoader()).isSameAs(loader);
      assertThat(loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper").getClassLoader())
          .isSameAs(loader);
      assertThat(loader.loadClass(ChangeFunction.class.getName())).isSameAs(ChangeFunction.class);

      ChangeFunction function = (ChangeFunction) type.getDeclaredConstructor().newInstance();
      RecordingContext context = new RecordingContext("url", receiver.url(), "min-amount", "1000");
      function.open(context);
      context.handle(function, Orders.insert(42, "1500.00"));
      function.close();

      assertThat(receiver.received)
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.body())
                      .contains("\"table\":\"shop.orders\"", "\"id\":42", "\"amount\":1500.00"));
      assertThat(context.emitted).hasSize(1);
    }
  }
}
