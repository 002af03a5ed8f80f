package io.tributary.connector.duckdb;

import io.tributary.api.option.Option;
import java.util.List;

/** The options of the {@code duckdb} sink, declared once; the reference docs are generated from them. */
public final class DuckDbSinkOptions {

  /** The database file. */
  public static final Option<String> PATH =
      Option.string(
              "path",
              "The DuckDB database file, created (with its folders) when missing. One process opens a file once and"
                  + " shares it between its sinks. ':memory:' keeps everything in memory and loses it on close (tests).")
          .asRequired();

  /** DuckDB's worker threads. */
  public static final Option<Integer> THREADS =
      Option.integer("threads", "Worker threads DuckDB uses (DuckDB's 'threads' setting); default: one per core.");

  /** DuckDB's memory limit. */
  public static final Option<String> MEMORY_LIMIT =
      Option.string("memory-limit", "The most memory DuckDB uses, e.g. '4GB' (DuckDB's 'memory_limit'); default: 80% of RAM.");

  /** Where DuckDB spills. */
  public static final Option<String> TEMP_DIRECTORY =
      Option.string(
          "temp-directory",
          "Where DuckDB spills work that does not fit in memory (DuckDB's 'temp_directory'); default: '<path>.tmp'.");

  /** When DuckDB checkpoints its write-ahead log. */
  public static final Option<String> CHECKPOINT_THRESHOLD =
      Option.string(
              "checkpoint-threshold",
              "Write-ahead-log size that triggers a checkpoint into the database file (DuckDB's 'checkpoint_threshold')."
                  + " Larger than DuckDB's own 16MB by default: heavy merges ran 1.3-1.6x faster with 256MB. A larger"
                  + " log makes reopening after a crash slower.")
          .withDefault("256MB");

  /** Retries of a write-write conflict. */
  public static final Option<Integer> CONFLICT_RETRIES =
      Option.integer(
              "conflict-retries",
              "How many times a lane retries a batch that hit a write-write conflict with another lane (with a short"
                  + " random backoff) before handing it back to the runtime, which retries it with a new writer.")
          .withDefault(5);

  /** Every option, in reference order. */
  public static final List<Option<?>> ALL = List.of(PATH, THREADS, MEMORY_LIMIT, TEMP_DIRECTORY, CHECKPOINT_THRESHOLD, CONFLICT_RETRIES);

  private DuckDbSinkOptions() {}
}
