package io.tributary.runtime;

import io.tributary.api.option.Config;
import io.tributary.api.sink.SinkFactory;
import io.tributary.api.source.SourceFactory;
import io.tributary.runtime.function.FunctionDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A checked, resolved pipeline: what the CLI builds from a pipeline file and the runtime runs.
 *
 * @param name the pipeline's name
 * @param parallelism lanes per sink
 * @param stateDir where offsets, snapshot progress and dead letters are kept
 * @param checkpointInterval how often lanes commit positions
 * @param batchSize most folded changes per lane transaction
 * @param batchLinger how long a lane with a dry queue waits for more changes before writing
 * @param queueSize events buffered per lane
 * @param maxDeadLetters stop after this many dead letters (0: no limit)
 * @param source the source
 * @param sinks the sinks, at least one
 * @param transforms transform rules, applied in order to every event before routing (the first
 *     whose table pattern matches wins); empty: events pass unchanged
 * @param routes table routes, applied in order to every event before the sinks see it (the first
 *     that matches wins); empty: every table keeps its name
 * @param functions user functions, run in order on every event after the transforms and the
 *     routes; empty: none
 */
public record PipelineDefinition(
    String name,
    int parallelism,
    Path stateDir,
    Duration checkpointInterval,
    int batchSize,
    Duration batchLinger,
    int queueSize,
    long maxDeadLetters,
    SourceDefinition source,
    List<SinkDefinition> sinks,
    List<TransformDefinition> transforms,
    List<TableRoute> routes,
    List<FunctionDefinition> functions) {

  public PipelineDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(batchLinger, "batchLinger");
    if (batchLinger.isNegative()) {
      throw new IllegalArgumentException("batch-linger must not be negative");
    }
    sinks = List.copyOf(sinks);
    transforms = List.copyOf(transforms);
    routes = List.copyOf(routes);
    functions = List.copyOf(functions);
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
  }

  /** A pipeline without functions. */
  public PipelineDefinition(String name, int parallelism, Path stateDir, Duration checkpointInterval, int batchSize,
      Duration batchLinger, int queueSize, long maxDeadLetters, SourceDefinition source, List<SinkDefinition> sinks,
      List<TransformDefinition> transforms, List<TableRoute> routes) {
    this(name, parallelism, stateDir, checkpointInterval, batchSize, batchLinger, queueSize, maxDeadLetters, source, sinks,
        transforms, routes, List.of());
  }

  /** A pipeline without transforms, routes and functions. */
  public PipelineDefinition(String name, int parallelism, Path stateDir, Duration checkpointInterval, int batchSize,
      Duration batchLinger, int queueSize, long maxDeadLetters, SourceDefinition source, List<SinkDefinition> sinks) {
    this(name, parallelism, stateDir, checkpointInterval, batchSize, batchLinger, queueSize, maxDeadLetters, source, sinks,
        List.of(), List.of(), List.of());
  }

  /** The source block: its factory and its options (without {@code type}). */
  public record SourceDefinition(SourceFactory factory, Config config) {}

  /**
   * One sink block.
   *
   * @param name the sink's name
   * @param factory its factory
   * @param config its options (without the common keys)
   * @param tables which tables it receives, matched against the whole "namespace.table" after routing
   * @param stopOnReject stop the pipeline instead of dead-lettering a refused row
   */
  public record SinkDefinition(
      String name, SinkFactory factory, Config config, Pattern tables, boolean stopOnReject) {}
}
