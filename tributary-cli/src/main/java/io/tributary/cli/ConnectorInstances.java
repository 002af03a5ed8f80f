package io.tributary.cli;

import io.tributary.api.ConfigException;
import io.tributary.api.sink.Sink;
import io.tributary.api.source.Source;
import io.tributary.cli.file.LoadedPipeline;
import io.tributary.cli.file.Problem;
import io.tributary.runtime.PipelineDefinition;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source and sinks of a pipeline created by their factories, unconnected. Creating them is
 * where connectors check their options; a {@link ConfigException} from any factory is mapped to
 * the line of its key, and all of them are reported together.
 */
final class ConnectorInstances implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectorInstances.class);
  private final Source source;
  private final List<Sink> sinks;
  private final Set<AutoCloseable> closed = Collections.newSetFromMap(new IdentityHashMap<>());

  private ConnectorInstances(Source source, List<Sink> sinks) {
    this.source = source;
    this.sinks = List.copyOf(sinks);
  }

  /**
   * Creates the source and every sink.
   *
   * @throws io.tributary.cli.file.PipelineFileException when factories refuse options
   */
  static ConnectorInstances create(LoadedPipeline loaded) {
    PipelineDefinition definition = loaded.definition();
    List<Problem> problems = new ArrayList<>();
    Source source = null;
    List<Sink> sinks = new ArrayList<>();
    try {
      try {
        source = definition.source().factory().create(definition.source().config(), definition.name());
      } catch (ConfigException e) {
        problems.add(loaded.sourceProblem(e));
      }
      for (int i = 0; i < definition.sinks().size(); i++) {
        SinkDefinition sink = definition.sinks().get(i);
        try {
          sinks.add(sink.factory().create(sink.name(), sink.config()));
        } catch (ConfigException e) {
          problems.add(loaded.sinkProblem(i, e));
        }
      }
    } catch (RuntimeException e) {
      new ConnectorInstances(source, sinks).close();
      throw e;
    }
    ConnectorInstances created = new ConnectorInstances(source, sinks);
    if (!problems.isEmpty()) {
      created.close();
      throw loaded.exception(problems);
    }
    return created;
  }

  Source source() {
    return source;
  }

  /** The sinks, in the order of the file. */
  List<Sink> sinks() {
    return sinks;
  }

  /** Closes one connector now, once; failures are logged, not thrown. */
  void close(AutoCloseable connector) {
    if (connector == null || !closed.add(connector)) {
      return;
    }
    try {
      connector.close();
    } catch (Exception e) {
      LOG.debug("closing {} failed: {}", connector.getClass().getSimpleName(), e.toString(), e);
    }
  }

  @Override
  public void close() {
    close(source);
    sinks.forEach(this::close);
  }
}
