package io.tributary.runtime;

import io.tributary.api.option.Option;
import java.time.Duration;
import java.util.List;

/**
 * Options of the {@code pipeline:} block and the keys every {@code sinks[]} entry has whatever its
 * type. Connector-specific keys are declared by each factory.
 */
public final class PipelineOptions {
  private PipelineOptions() {}

  public static final Option<String> NAME =
      Option.string("name", "The pipeline's name: names its state directory, its rows in sink offset tables and its threads.")
          .asRequired();
  public static final Option<Integer> PARALLELISM =
      Option.integer("parallelism", "Apply lanes per sink; events hash to a lane by (target table, primary key), so per-key order holds.")
          .withDefault(4);
  public static final Option<String> STATE_DIR =
      Option.string("state-dir", "Directory for offsets, snapshot progress and dead letters. Default ./state/<name>.");
  public static final Option<Duration> CHECKPOINT_INTERVAL =
      Option.duration("checkpoint-interval", "How often every lane commits its position and the pipeline records its resume point.")
          .withDefault(Duration.ofSeconds(1));
  public static final Option<Integer> BATCH_SIZE =
      Option.integer("batch-size", "Most changes a lane folds into one target transaction.").withDefault(20_000);
  public static final Option<Duration> BATCH_LINGER =
      Option.duration("batch-linger", "How long a lane whose queue ran dry waits for more changes before it writes a small batch: fewer, larger"
          + " target transactions under load for at most this much added latency; 0 writes at once.")
          .withDefault(Duration.ofMillis(10));
  public static final Option<Integer> QUEUE_SIZE =
      Option.integer("queue-size", "Events buffered per lane before the source is slowed down (backpressure).").withDefault(16_384);
  public static final Option<Long> MAX_DEAD_LETTERS =
      Option.longInteger("max-dead-letters", "The pipeline stops once this many rows have gone to the dead-letter store; 0 means no limit.")
          .withDefault(0L);

  public static final List<Option<?>> ALL =
      List.of(NAME, PARALLELISM, STATE_DIR, CHECKPOINT_INTERVAL, BATCH_SIZE, BATCH_LINGER, QUEUE_SIZE, MAX_DEAD_LETTERS);

  // Keys of every sinks[] entry, handled by the runtime.
  public static final Option<String> SINK_NAME =
      Option.string("name", "The sink's name, unique in the pipeline.").asRequired();
  public static final Option<String> SINK_TYPE =
      Option.string("type", "The sink type (see the list of sinks).").asRequired();
  public static final Option<String> SINK_TABLES =
      Option.string("tables", "Regex over the source \"database.table\": which tables this sink receives. Default: all.")
          .withDefault(".*");
  public static final Option<String> SINK_ON_REJECT =
      Option.choice("on-reject", List.of("dead-letter", "stop"),
              "What to do with a row the target refuses: record it in the state directory's dead-letter file and go on, or stop the pipeline.")
          .withDefault("dead-letter");

  public static final List<Option<?>> SINK_COMMON = List.of(SINK_NAME, SINK_TYPE, SINK_TABLES, SINK_ON_REJECT);

  /** The key of the source block naming its type. */
  public static final Option<String> SOURCE_TYPE =
      Option.string("type", "The source type (see the list of sources).").asRequired();
}
