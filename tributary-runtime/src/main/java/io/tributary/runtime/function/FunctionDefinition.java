package io.tributary.runtime.function;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the pipeline file's {@code functions:} list, checked.
 *
 * @param name the function's name, unique in the pipeline (names its dead-letter file and metrics)
 * @param tables which tables it handles, matched against the whole "namespace.table" of the event
 *     after the transforms and the routes (as sinks' {@code tables} are); other events pass it
 *     unchanged
 * @param code what runs: a Java class from a JAR, or an HTTP endpoint
 * @param minInstances instances kept even when idle, at least 1
 * @param maxInstances most parallel instances (for HTTP: most requests in flight)
 * @param timeout longest a call (Java) or a request (HTTP) may take before it counts as failed
 * @param retries attempts after the first before an event goes to the dead letters
 * @param retryBackoff the pause before the first retry; each next pause doubles, up to 30 s
 * @param scaleDownAfter how long the backlog must stay low before one instance is retired
 */
public record FunctionDefinition(
    String name,
    Pattern tables,
    FunctionCode code,
    int minInstances,
    int maxInstances,
    Duration timeout,
    int retries,
    Duration retryBackoff,
    Duration scaleDownAfter) {

  public FunctionDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(scaleDownAfter, "scaleDownAfter");
    if (minInstances < 1 || maxInstances < minInstances) {
      throw new IllegalArgumentException("function '" + name + "': instances need 1 <= min <= max, got min "
          + minInstances + ", max " + maxInstances);
    }
    if (retries < 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("function '" + name + "': retries must be >= 0 and timeout positive");
    }
  }

  /** Whether events of this table go through the function. */
  public boolean handles(String table) {
    return tables.matcher(table).matches();
  }
}
