package io.tributary.connector.duckdb;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;

/**
 * The checked options of one DuckDB sink.
 *
 * @param path the database file, or {@code :memory:}
 * @param threads DuckDB's worker threads, or null for its default
 * @param memoryLimit DuckDB's memory limit text, or null
 * @param tempDirectory where DuckDB spills, or null
 * @param checkpointThreshold DuckDB's checkpoint threshold text, or null
 * @param conflictRetries retries of a write-write conflict inside one write
 */
record DuckDbSinkConfig(
    String path, Integer threads, String memoryLimit, String tempDirectory, String checkpointThreshold, int conflictRetries) {

  static final String IN_MEMORY = ":memory:";

  static DuckDbSinkConfig from(Config config) {
    String path = config.require(DuckDbSinkOptions.PATH).trim();
    Integer threads = config.get(DuckDbSinkOptions.THREADS);
    if (threads != null && threads < 1) {
      throw new ConfigException(DuckDbSinkOptions.THREADS.key(), "'threads' must be at least 1, not " + threads);
    }
    int retries = config.get(DuckDbSinkOptions.CONFLICT_RETRIES);
    if (retries < 0) {
      throw new ConfigException(DuckDbSinkOptions.CONFLICT_RETRIES.key(), "'conflict-retries' must be 0 or more, not " + retries);
    }
    return new DuckDbSinkConfig(
        path,
        threads,
        config.get(DuckDbSinkOptions.MEMORY_LIMIT),
        config.get(DuckDbSinkOptions.TEMP_DIRECTORY),
        config.get(DuckDbSinkOptions.CHECKPOINT_THRESHOLD),
        retries);
  }

  boolean inMemory() {
    return IN_MEMORY.equals(path);
  }
}
