package io.tributary.runtime.function;

import io.tributary.api.option.Config;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** What a function runs: a {@link Java} class or an {@link Http} endpoint. */
public sealed interface FunctionCode {

  /**
   * A class implementing {@link io.tributary.api.function.ChangeFunction}, loaded from its own JAR
   * in its own class loader.
   *
   * @param jar the JAR file
   * @param className the class's binary name
   * @param config the function's {@code config:} block, handed to it as text options
   */
  record Java(Path jar, String className, Config config) implements FunctionCode {
    public Java {
      Objects.requireNonNull(jar, "jar");
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(config, "config");
    }
  }

  /**
   * An endpoint that takes batches of changes as a JSON array of messages and answers with the
   * batch that replaces them.
   *
   * @param url where batches are POSTed
   * @param format the message format: {@code canal-json} or {@code debezium-json}
   * @param batchSize most events per request
   * @param headers extra request headers (authorization, for example)
   */
  record Http(URI url, String format, int batchSize, Map<String, String> headers) implements FunctionCode {
    public Http {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(format, "format");
      headers = Map.copyOf(headers);
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch-size must be at least 1");
      }
    }
  }
}
