package io.tributary.api.sink;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableSchema;
import java.util.Map;

/**
 * One target: creates tables, applies schema changes and opens one {@link SinkWriter} per lane.
 *
 * <p>Exactly once: each writer commits its lane's source position in the same transaction as the
 * data (an offsets table keyed by pipeline, sink and lane, or the target's own equivalent). On
 * start the runtime reads {@link #committedPositions()} and never hands a lane an event at or
 * before what the lane committed.
 *
 * <p>Lifecycle and threads: {@link #open}, then any number of {@link #ensureTable}, {@link
 * #applySchemaChange} and {@link #openWriter} calls from the runtime's dispatcher thread (never
 * concurrently with each other), then {@link #close()}. Writers are used each by one lane thread.
 */
public interface Sink extends AutoCloseable {

  /** Connects and creates the offsets store when missing. */
  void open(SinkContext context);

  /**
   * The positions each lane committed, as {@link io.tributary.api.event.SourcePosition#encode()}
   * text, keyed by lane; empty when this pipeline never committed here.
   */
  Map<Integer, String> committedPositions();

  /**
   * Makes sure the target table for {@code schema} exists with every column of the schema:
   * creates it when missing, adds missing columns; uses an existing table as it is otherwise.
   * Idempotent. Called before the first batch with this table or shape.
   */
  void ensureTable(TableSchema schema);

  /**
   * Applies a schema change after every lane has written everything before it. Idempotent: a
   * change replayed after a restart must find the target already changed and do nothing.
   */
  void applySchemaChange(SchemaChange change);

  /** Opens the writer of one lane (its own connection). */
  SinkWriter openWriter(int lane);

  @Override
  void close();
}
