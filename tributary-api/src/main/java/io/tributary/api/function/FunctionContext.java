package io.tributary.api.function;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.option.Config;
import org.slf4j.Logger;

/**
 * What the runtime gives a {@link ChangeFunction} instance: one context per instance, used from
 * that instance's thread only.
 */
public interface FunctionContext {

  /** The function's name in the pipeline file. */
  String functionName();

  /** The pipeline's name. */
  String pipelineName();

  /** Which instance this is: 0 for the first, counting up as instances are added. */
  int instance();

  /** The function's {@code config:} block from the pipeline file, as text options. */
  Config config();

  /** A logger named after the function. */
  Logger logger();

  /** The function's own counters, reported with the pipeline's metrics. */
  FunctionMetrics metrics();

  /**
   * Where the event being handled is in the source; the same for every attempt at it, so it can
   * key idempotent side effects. Null outside {@link ChangeFunction#handle}.
   */
  SourcePosition position();

  /**
   * Emits an event in place of the one being handled, to every sink that takes its table (after
   * the pipeline's routes). The runtime gives it the handled event's position, commit time and
   * transaction. Emitted events keep the order of the calls.
   *
   * @throws IllegalStateException outside {@link ChangeFunction#handle}
   */
  void emit(ChangeEvent event);

  /**
   * Emits an event to the named sink only (after the pipeline's routes), for example an audit
   * table that no other sink should get.
   *
   * @param sink the name of a sink of the pipeline
   * @throws IllegalArgumentException when the pipeline has no such sink (the call is retried and
   *     the event dead-lettered like any failure)
   * @throws IllegalStateException outside {@link ChangeFunction#handle}
   */
  void emit(ChangeEvent event, String sink);
}
