package io.tributary.api.function;

import io.tributary.api.event.ChangeEvent;

/**
 * User code that acts on each row change between capture and load, hosted by the runtime like a
 * serverless function: {@code handle(event, context)}.
 *
 * <p><b>What a call may do.</b> The events a call {@linkplain FunctionContext#emit(ChangeEvent)
 * emits} replace the one it was given: emit it unchanged to pass it on, emit a changed copy to
 * change it, emit nothing to drop it, emit several to fan out, {@linkplain
 * FunctionContext#emit(ChangeEvent, String) emit to a named sink} to send an event to that sink
 * only, or act (notify, audit, call a service) and emit the event to pass it on. Events are
 * immutable; build a changed one with {@link ChangeEvent#withRows} and, for new columns, a schema
 * from {@link io.tributary.api.schema.TableSchema#withColumn} built once per input schema (the
 * runtime prepares the target for every new shape, so a schema object built anew for every event
 * costs a lookup per event).
 *
 * <p><b>Order and parallelism.</b> The runtime runs between {@code min} and {@code max} instances
 * of a function, each created with the no-argument constructor, {@linkplain #open opened} once and
 * called from one thread at a time. All changes of one row (same table and primary key) go to the
 * same instance, in source order; changes of different rows may run in parallel on different
 * instances. Instances are added when the backlog grows and closed when it shrinks.
 *
 * <p><b>Failures.</b> A call that throws, or runs longer than the function's {@code timeout}, is
 * retried on the same event with growing pauses, {@code retries} times; after the last attempt the
 * event and the exception go to the function's dead-letter file and the pipeline goes on with the
 * next event (what the failed attempts emitted is discarded). A call that timed out is interrupted
 * and its instance replaced. A {@link FatalFunctionException} stops the pipeline at once instead.
 *
 * <p><b>Delivery.</b> The targets receive each emitted event exactly once, like events without
 * functions. A function's own side effects are at least once: after a crash the runtime replays
 * changes since the last checkpoint, and calls the function again for them. Make side effects
 * idempotent, for example keyed by {@link FunctionContext#position()}.
 */
public interface ChangeFunction extends AutoCloseable {

  /**
   * Called once per instance before its first event; the context is the one later calls get.
   *
   * @throws Exception to fail the start (the pipeline stops with the message)
   */
  default void open(FunctionContext context) throws Exception {}

  /**
   * Handles one change; see the class comment for what it may do.
   *
   * @param event the change, after the pipeline's transforms
   * @param context configuration, metrics, logger, the event's position, and where to emit
   * @throws Exception to have the event retried and, after the last retry, dead-lettered
   */
  void handle(ChangeEvent event, FunctionContext context) throws Exception;

  /** Called once when the instance is retired (scale-down, timeout, shutdown). */
  @Override
  default void close() throws Exception {}
}
