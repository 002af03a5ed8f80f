package io.tributary.api.source;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SchemaChange;

/**
 * Where a running {@link Source} hands its output. Called only from the thread running {@code
 * Source.run}. Events are buffered and handed to the pipeline in groups; {@link #flush()} hands
 * over what is buffered (a source calls it at the end of each transaction and whenever it is about
 * to wait for more input, so latency stays low when traffic is light).
 */
public interface SourceContext {

  /** Adds one event; blocks while the pipeline is full. */
  void emit(ChangeEvent event) throws InterruptedException;

  /**
   * Hands over a schema change in order with the events; every event emitted before it is written
   * by the sinks before the change is applied to them.
   */
  void emit(SchemaChange change) throws InterruptedException;

  /** Hands buffered events to the pipeline now. */
  void flush() throws InterruptedException;

  /** The pipeline's name, for thread names, server ids and log context. */
  String pipelineName();
}
